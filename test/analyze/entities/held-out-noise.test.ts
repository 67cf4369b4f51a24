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

  it('finds Moscow and Russia in the nominative (stopwords-iso lists them as stop words)', () => {
    const text = 'Визит\n\nЭксперты считают, что Москва готова к диалогу, а Россия ждёт ответа.';
    const entities = extractEntities(text, 'ru', []);
    assert.equal(entityOf(entities, 'Москва')?.id, 'loc:RU-moscow');
    assert.equal(entityOf(entities, 'Россия')?.id, 'loc:RU');
  });
});
