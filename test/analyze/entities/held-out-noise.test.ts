import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResolvedEntity } from '../../../src/core/model.js';
import { extractEntities } from '../../../src/analyze/entities/extract-entities.js';

// Texts written for these tests (CC0): Russian and Vietnamese are not in the dev set, so ordinary words taken for
// names there go unnoticed by the dev benchmarks.

function mentions(entities: ResolvedEntity[]): string[] {
  return entities.flatMap((e) => e.mentions.map((m) => m.text));
}

function entityOf(entities: ResolvedEntity[], mention: string): ResolvedEntity | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === mention));
}

describe('entity noise in Russian', () => {
  it('takes no name from a capitalised word that opens a sentence or a line, page chrome included', () => {
    const text = 'Пожар на складе\n\nВчера вечером в Новосибирске загорелся склад. Многие соседи вышли на улицу. Пожарные потушили огонь к утру. Подробности выясняют следователи.\n\nПросмотров: 3 512\nКомментариев: 7';
    const entities = extractEntities(text, 'ru', []);
    const found = mentions(entities);
    for (const common of ['Пожар', 'Вчера', 'Многие', 'Пожарные', 'Подробности', 'Просмотров', 'Комментариев']) assert.ok(!found.includes(common), `${common} in ${found.join(', ')}`);
    assert.ok(found.includes('Новосибирске'), found.join(', '));
  });

  it('keeps names that open a sentence when the article, a quote or a verb vouches for them', () => {
    const text = 'Переговоры\n\nСергей Лавров прилетел в Анкару. Ранее Лавров говорил о зерне. Аналитики Газпрома ждут решения. Глава МИД Сергей Лавров встретится с коллегой. «Зенит» выиграл. Песков прокомментировал встречу.';
    const entities = extractEntities(text, 'ru', []);
    const found = mentions(entities);
    const lavrov = entityOf(entities, 'Сергей Лавров');
    assert.equal(lavrov?.type, 'person');
    assert.equal(entityOf(entities, 'Лавров')?.id, lavrov?.id);
    for (const name of ['Газпрома', 'Зенит', 'Песков', 'МИД']) assert.ok(found.includes(name), `${name} missing from ${found.join(', ')}`);
    assert.equal(entityOf(entities, 'Песков')?.type, 'person');
    for (const common of ['Ранее Лавров', 'Аналитики Газпрома', 'Аналитики', 'Ранее']) assert.ok(!found.includes(common), `${common} in ${found.join(', ')}`);
    assert.ok(!found.some((m) => m.includes('МИД Сергей')), found.join(', '));
  });

  it('cuts a plural or a hyphenated title off a name at a sentence start, keeps particles inside a name, and takes no quoted company for a person', () => {
    const text = 'Биржа\n\nЭксперты Сбербанка ждут роста. Вице-премьер Дмитрий Патрушев провёл совещание в Санкт-Петербурге. Президент Бразилии Луис Инасиу Лула да Силва прилетел. Новый глава «Роснефти» выступил.';
    const entities = extractEntities(text, 'ru', []);
    const found = mentions(entities);
    for (const wrong of ['Эксперты Сбербанка', 'Вице-премьер Дмитрий Патрушев', 'Луис Инасиу Лула', 'Силва']) assert.ok(!found.includes(wrong), `${wrong} in ${found.join(', ')}`);
    assert.equal(entityOf(entities, 'Дмитрий Патрушев')?.type, 'person');
    assert.equal(entityOf(entities, 'Луис Инасиу Лула да Силва')?.type, 'person');
    assert.ok(found.includes('Сбербанка'), found.join(', '));
    assert.notEqual(entityOf(entities, 'Роснефти')?.type, 'person');
    // A hyphenated name declined as one word.
    assert.equal(entityOf(entities, 'Санкт-Петербурге')?.id, 'loc:RU-stpetersburg');
  });

  it('finds Moscow and Russia in the nominative (stopwords-iso lists them as stop words)', () => {
    const text = 'Визит\n\nЭксперты считают, что Москва готова к диалогу, а Россия ждёт ответа.';
    const entities = extractEntities(text, 'ru', []);
    assert.equal(entityOf(entities, 'Москва')?.id, 'loc:RU-moscow');
    assert.equal(entityOf(entities, 'Россия')?.id, 'loc:RU');
  });
});

describe('entity noise in Vietnamese', () => {
  it('knows provinces and cities, and makes a place of a name after a place word', () => {
    const text = 'Lũ quét ở Lào Cai\n\nMưa lớn gây lũ quét tại huyện Bát Xát, tỉnh Lào Cai. Nhiều hộ dân ở xã Mường Hum phải sơ tán. Đoàn công tác từ thành phố Đà Nẵng và Nghệ An đã đến hỗ trợ, đi tuyến Nhổn - ga Hà Nội.';
    const entities = extractEntities(text, 'vi', []);
    assert.equal(entityOf(entities, 'Lào Cai')?.id, 'loc:VN-laocai');
    assert.equal(entityOf(entities, 'Lào Cai')?.mentions.length, 2);
    assert.equal(entityOf(entities, 'Đà Nẵng')?.id, 'loc:VN-danang');
    assert.equal(entityOf(entities, 'Nghệ An')?.id, 'loc:VN-nghean');
    for (const place of ['Bát Xát', 'Mường Hum']) assert.equal(entityOf(entities, place)?.type, 'place', place);
    assert.ok(mentions(entities).includes('Nhổn'), mentions(entities).join(', '));
    // A Russian article names the city too.
    assert.equal(entityOf(extractEntities('Туризм\n\nТуристы летят в Дананг.', 'ru', []), 'Дананг')?.id, 'loc:VN-danang');
  });

  it('keeps a name whose syllable is also a stop word or a weekday, and takes no name from an institution written on in lower case', () => {
    const text = 'Họp báo\n\nThủ tướng Phạm Minh Chính làm việc tại quận Thanh Xuân. Người dân ở huyện Hải Lăng vui mừng. Sở Y tế và Bộ Ngoại giao cho biết.';
    const entities = extractEntities(text, 'vi', []);
    const found = mentions(entities);
    assert.equal(entityOf(entities, 'Phạm Minh Chính')?.type, 'person', found.join(', '));
    assert.equal(entityOf(entities, 'Thanh Xuân')?.type, 'place', found.join(', '));
    assert.equal(entityOf(entities, 'Hải Lăng')?.type, 'place', found.join(', '));
    for (const head of ['Sở Y', 'Bộ Ngoại', 'Phạm Minh', 'Xuân']) assert.ok(!found.includes(head), `${head} in ${found.join(', ')}`);
  });

  it('reads a one-syllable country inside a longer name as part of it, and a title-like syllable as a name inside a sentence', () => {
    const text = 'Bóng đá\n\nTrận đấu diễn ra trên sân Mỹ Đình. Ông Nguyễn Đức Chung và bà Phạm Thu Hằng đã tới xem cùng đại sứ Mỹ.';
    const entities = extractEntities(text, 'vi', []);
    const found = mentions(entities);
    assert.ok(found.includes('Mỹ Đình'), found.join(', '));
    assert.notEqual(entityOf(entities, 'Mỹ Đình')?.id, 'loc:US');
    assert.equal(entityOf(entities, 'Nguyễn Đức Chung')?.type, 'person', found.join(', '));
    assert.equal(entityOf(entities, 'Phạm Thu Hằng')?.type, 'person', found.join(', '));
    assert.ok(!entities.some((e) => e.id === 'loc:DE'), found.join(', '));
    // A country on its own is still one.
    assert.equal(entityOf(entities, 'Mỹ')?.id, 'loc:US');
  });

  it('splits names at a spaced dash and takes a syllable opening a sentence before a foreign name for a common word', () => {
    const text = 'Giao thông\n\nCao tốc Cam Lộ - La Sơn đã thông xe. Hiện Toyota có hai nhà máy. Tuyến Bắc - Nam dài 2.000 km.';
    const entities = extractEntities(text, 'vi', []);
    const found = mentions(entities);
    for (const name of ['Cam Lộ', 'La Sơn', 'Toyota']) assert.ok(found.includes(name), `${name} missing from ${found.join(', ')}`);
    for (const wrong of ['Cam Lộ - La Sơn', 'Hiện Toyota', 'Bắc - Nam']) assert.ok(!found.includes(wrong), `${wrong} in ${found.join(', ')}`);
  });

  it('tells names that fold alike apart by their tones: Nhà Trắng (the White House) and Nha Trang (the city)', () => {
    const entities = extractEntities('Du lịch\n\nNhà Trắng cho biết đoàn sẽ đến Nha Trang, tỉnh Khánh Hoà.', 'vi', []);
    assert.equal(entityOf(entities, 'Nhà Trắng')?.id, 'org:whitehouse');
    assert.equal(entityOf(entities, 'Nha Trang')?.id, 'loc:VN-nhatrang');
    // Either place of the tone mark (hoà, hòa) is the same name.
    assert.equal(entityOf(entities, 'Khánh Hoà')?.id, 'loc:VN-khanhhoa');
  });
});
