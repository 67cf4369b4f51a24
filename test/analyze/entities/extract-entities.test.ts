import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResolvedEntity } from '../../../src/core/model.js';
import { extractEntities } from '../../../src/analyze/entities/extract-entities.js';
import { tokenize } from '../../../src/analyze/text/tokenize.js';
import { AliasTable } from '../../../src/analyze/entities/alias-table.js';

function idOf(entities: ResolvedEntity[], mention: string): string | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === mention))?.id;
}

function assertOffsets(text: string, entities: ResolvedEntity[]): void {
  for (const e of entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text, `${e.id} offsets`);
}

describe('extractEntities', () => {
  it('takes no name from a capitalised run of thousands of letters (a broken or hostile title)', () => {
    const text = `${'A'.repeat(3000)}\n\nThe flood reached Valencia on Tuesday, officials in Valencia said.`;
    const entities = extractEntities(text, 'en', tokenize(text, 'en'));
    assertOffsets(text, entities);
    assert.ok(entities.every((entity) => entity.canonical.length < 100), JSON.stringify(entities.map((entity) => entity.canonical.length)));
  });

  it('finds Latin-script persons, places and organisations and attaches surnames to the full name', () => {
    const text = 'Kazakh leader visits Moscow\n\nPresident Kassym-Jomart Tokayev met Vladimir Putin in Moscow. Tokayev said Kazakhstan would stay in the CSTO. Putin agreed.';
    const entities = extractEntities(text, 'en', []);
    assertOffsets(text, entities);
    assert.equal(idOf(entities, 'Tokayev'), idOf(entities, 'Kassym-Jomart Tokayev'));
    assert.equal(idOf(entities, 'Putin'), idOf(entities, 'Vladimir Putin'));
    assert.notEqual(idOf(entities, 'Putin'), idOf(entities, 'Tokayev'));
    assert.equal(idOf(entities, 'Kazakhstan'), 'loc:KZ');
    assert.equal(idOf(entities, 'Moscow'), 'loc:RU-moscow');
    assert.equal(idOf(entities, 'CSTO'), 'org:csto');
    assert.equal(entities.find((e) => e.id === 'loc:RU-moscow')?.country, 'RU');
    assert.equal(entities.find((e) => e.id === idOf(entities, 'Tokayev'))?.type, 'person');
  });

  it('reads a Turkish name without the case suffix written after its apostrophe, and a Turkish title as no part of it', () => {
    const text = "Tokayev: güvenlik\n\nKazakistan Cumhurbaşkanı Kasım-Cömert Tokayev, Rusya'daki seferberlik hakkında konuştu. Tokayev'in açıklaması Türkistan'da yapıldı; Kazakistan'a 98 bin kişi geldi.";
    const entities = extractEntities(text, 'tr', []);
    assertOffsets(text, entities);
    assert.equal(idOf(entities, 'Rusya'), 'loc:RU');
    assert.equal(idOf(entities, 'Türkistan'), 'loc:KZ-turkestan');
    assert.equal(idOf(entities, 'Kazakistan'), 'loc:KZ');
    assert.equal(entities.find((e) => e.id === 'loc:KZ')?.mentions.length, 2);
    const tokayev = entities.find((e) => e.mentions.some((m) => m.text === 'Kasım-Cömert Tokayev'));
    assert.deepEqual(tokayev?.mentions.map((m) => m.text).sort(), ['Kasım-Cömert Tokayev', 'Tokayev', 'Tokayev']);
    assert.equal(tokayev?.id, idOf(extractEntities('Visit\n\nKassym-Jomart Tokayev spoke.', 'en', []), 'Kassym-Jomart Tokayev'));
    // Elsewhere an apostrophe followed by lower case stays inside the name.
    assert.ok(extractEntities("News\n\nThe Jama'at party met.", 'en', []).some((e) => e.canonical.includes("Jama'at")));
  });

  it('gives the same person the same id in independently analysed articles in different scripts', () => {
    const en = extractEntities('Visit\n\nKassym-Jomart Tokayev spoke on Monday.', 'en', []);
    const fr = extractEntities('Visite\n\nLe président K. Tokayev a parlé.', 'fr', []);
    const ru = extractEntities('Визит\n\nПрезидент Касым-Жомарт Токаев выступил. Токаев добавил, что ...', 'ru', []);
    const ar = extractEntities('زيارة\n\nقال الرئيس قاسم جومارت توكاييف إن ... وأكد توكاجيف أن', 'ar', []);
    const id = idOf(en, 'Kassym-Jomart Tokayev');
    assert.ok(id?.startsWith('per:'));
    assert.equal(idOf(fr, 'K. Tokayev'), id);
    assert.equal(idOf(ru, 'Касым-Жомарт Токаев'), id);
    assert.equal(idOf(ru, 'Токаев'), id);
    assert.equal(idOf(ar, 'قاسم جومارت توكاييف'), id);
    assert.equal(idOf(ar, 'توكاجيف'), id);
  });

  it('keeps apart namesakes sharing a surname, and persons sharing only a first name', () => {
    const text = 'Bush family\n\nGeorge Bush and Laura Bush arrived with George Clooney. Later George Bush left.';
    const entities = extractEntities(text, 'en', []);
    const george = idOf(entities, 'George Bush');
    const laura = idOf(entities, 'Laura Bush');
    const clooney = idOf(entities, 'George Clooney');
    assert.ok(george && laura && clooney);
    assert.notEqual(george, laura);
    assert.notEqual(george, clooney);
    assert.equal(entities.filter((e) => e.id === george).length, 1);
    assert.equal(entities.find((e) => e.id === george)!.mentions.length, 2);
  });

  it('maps demonyms to their country in several languages', () => {
    const cases: Array<[string, string, string]> = [
      ['Les Russes fuient.\n\nDes milliers de Russes arrivent.', 'fr', 'Russes'],
      ['Người Nga\n\nHàng nghìn người Nga đã tới.', 'vi', 'người Nga'],
      ['الروس\n\nوصل الروس إلى الحدود.', 'ar', 'الروس'],
      ['Flucht\n\nViele russische Männer fliehen.', 'de', 'russische'],
      ['Бегство\n\nМногие русские уезжают.', 'ru', 'русские'],
    ];
    for (const [text, lang, mention] of cases) {
      const entities = extractEntities(text, lang, []);
      assertOffsets(text, entities);
      assert.equal(idOf(entities, mention), 'loc:RU', `${lang}: ${mention}`);
    }
  });

  it('finds Arabic names with clitics and the article stripped', () => {
    const text = 'كازاخستان وروسيا\n\nقالت كازاخستان إنها ستحافظ على علاقاتها بروسيا، ووصل الروس إلى أستانا. وتحدثت منظمة معاهدة الأمن الجماعي.';
    const entities = extractEntities(text, 'ar', []);
    assertOffsets(text, entities);
    assert.equal(idOf(entities, 'وروسيا'), 'loc:RU');
    assert.equal(idOf(entities, 'بروسيا'), 'loc:RU');
    assert.equal(idOf(entities, 'كازاخستان'), 'loc:KZ');
    assert.equal(idOf(entities, 'أستانا'), 'loc:KZ-astana');
    assert.equal(idOf(entities, 'منظمة معاهدة الأمن الجماعي'), 'org:csto');
  });

  it('finds Arabic names that start with a common given name, without a title, and no institution after a verb of saying', () => {
    const text = 'حمادة صدقي يرد على فرج عامر\n\nقال محمد صلاح إن الفريق جاهز، ورحب حسن نصر بالقرار. وأعلنت وزارة الصحة أن عبد الفتاح السيسي زار المستشفى. شوقي يكشف التفاصيل، وفتحي والنادي اتفقا.';
    const entities = extractEntities(text, 'ar', []);
    assertOffsets(text, entities);
    const persons = entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => m.text));
    for (const name of ['حمادة صدقي', 'فرج عامر', 'محمد صلاح', 'حسن نصر', 'عبد الفتاح']) assert.ok(persons.includes(name), `${name} in ${persons.join(', ')}`);
    assert.ok(!persons.some((name) => name.includes('وزارة') || name.includes('يكشف') || name.includes('والنادي')), persons.join(', '));
    // `على` (on) folds to the given name `علي` (Ali): it starts no name.
    assert.ok(!persons.some((name) => name.startsWith('على')), persons.join(', '));
  });

  it('finds Chinese names inside unspaced text', () => {
    const text = '北约与俄罗斯\n\n北约秘书长说，俄罗斯和哈萨克斯坦的关系很重要。';
    const entities = extractEntities(text, 'zh', []);
    assertOffsets(text, entities);
    assert.equal(idOf(entities, '北约'), 'org:nato');
    assert.equal(idOf(entities, '俄罗斯'), 'loc:RU');
    assert.equal(idOf(entities, '哈萨克斯坦'), 'loc:KZ');
  });

  it('finds dotted foreign person names in Chinese and gives them the id of the Latin spelling', () => {
    const text = '托卡耶夫欢迎俄罗斯人\n\n哈萨克斯坦总统卡瑟姆-卓马尔特·托卡耶夫表示，俄罗斯人可以留下。托卡耶夫说，哈萨克斯坦将保护他们。';
    const entities = extractEntities(text, 'zh', []);
    assertOffsets(text, entities);
    const id = idOf(entities, '卡瑟姆-卓马尔特·托卡耶夫');
    assert.ok(id?.startsWith('per:'));
    assert.equal(idOf(entities, '托卡耶夫'), id);
    assert.equal(entities.find((e) => e.id === id)!.mentions.length, 3);
    assert.equal(id, idOf(extractEntities('Visit\n\nKassym-Jomart Tokayev spoke.', 'en', []), 'Kassym-Jomart Tokayev'));
  });

  it('finds Chinese names after a title and their later mentions', () => {
    const text = '普京会见托卡耶夫\n\n俄罗斯总统普京说，哈萨克斯坦总统托卡耶夫表示欢迎。普京还说……';
    const entities = extractEntities(text, 'zh', []);
    assertOffsets(text, entities);
    const putin = entities.find((e) => e.mentions.some((m) => m.text === '普京'));
    assert.equal(putin?.type, 'person');
    assert.equal(putin?.mentions.length, 3);
    assert.notEqual(putin?.id, idOf(entities, '托卡耶夫'));
    assert.equal(idOf(entities, '俄罗斯'), 'loc:RU');
  });

  it('finds a Chinese name after a title when a time word or another verb follows it', () => {
    const text = '托卡耶夫：哈萨克斯坦将保障俄罗斯人的安全\n\n哈萨克斯坦总统托卡耶夫周二表示，该国将照顾他们。托卡耶夫在阿斯塔纳会面。俄罗斯总统普京上周宣布部分动员。吉尔吉斯斯坦总统扎帕罗夫当天下午飞抵奥什。';
    const entities = extractEntities(text, 'zh', []);
    assertOffsets(text, entities);
    const tokayev = entities.find((e) => e.mentions.some((m) => m.text === '托卡耶夫'));
    assert.equal(tokayev?.type, 'person');
    assert.equal(tokayev?.mentions.length, 3);
    assert.equal(tokayev?.id, idOf(extractEntities('Visit\n\nKassym-Jomart Tokayev spoke.', 'en', []), 'Kassym-Jomart Tokayev'));
    for (const name of ['普京', '扎帕罗夫']) assert.equal(entities.find((e) => e.mentions.some((m) => m.text === name))?.type, 'person', name);
  });

  it('takes no Vietnamese name from a capitalised syllable that starts a sentence or an institution written in lower case', () => {
    const text = 'Động đất ở Kyrgyzstan\n\nHầu hết người dân đã rời nhà. Chúng tôi đã đến Osh. Bộ Quốc phòng Nga và Cục tình báo cho biết. Putin cho biết ông Hùng đã đến Hà Nội.';
    const entities = extractEntities(text, 'vi', []);
    assertOffsets(text, entities);
    const names = entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const common of ['Động', 'Hầu', 'Chúng', 'Quốc', 'Cục']) assert.ok(!names.includes(common), `${common} in ${names.join(', ')}`);
    assert.equal(idOf(entities, 'Kyrgyzstan'), 'loc:KG');
    assert.equal(idOf(entities, 'Nga'), 'loc:RU');
    // Tones tell the stop word nói (say) from the nội of Hà Nội.
    for (const name of ['Osh', 'Putin', 'Hùng', 'Hà Nội']) assert.ok(names.includes(name), `${name} missing from ${names.join(', ')}`);
  });

  it('knows cities in the news that have no time zone of their own, in every script, short Russian names declined', () => {
    const ids = (text: string, lang: string) => new Set(extractEntities(text, lang, []).map((e) => e.id));
    for (const [text, lang] of [
      ['Talks\n\nThe talks in Geneva ended. Geneva hosts the UN, on Lake Geneva.', 'en'],
      ['Переговоры\n\nПереговоры в Женеве завершились. Женева принимает ООН.', 'ru'],
      ['محادثات\n\nانتهت المحادثات في جنيف.', 'ar'],
      ['会谈\n\n日内瓦会谈结束。', 'zh'],
    ] as const) assert.ok(ids(text, lang).has('loc:CH-geneva'), `${lang}: ${[...ids(text, lang)].join(', ')}`);
    // A feature named after the city is a place of its own.
    assert.ok(extractEntities('Ferry\n\nA ferry crosses Lake Geneva daily.', 'en', []).some((e) => e.canonical === 'Lake Geneva' && e.type === 'place'));
    const osh = extractEntities('Землетрясение\n\nЗемлетрясение произошло под Ошем. Жители Оша и Ош.', 'ru', []);
    assert.deepEqual(osh.find((e) => e.id === 'loc:KG-osh')?.mentions.map((m) => m.text).sort(), ['Ош', 'Оша', 'Ошем']);
    assert.equal(idOf(extractEntities('Du lịch\n\nTuyến xe buýt tại Hà Nội đi vào hoạt động.', 'vi', []), 'Hà Nội'), 'loc:VN-hanoi');
  });

  it('finds Greek, Hebrew, Korean and Cyrillic names, inflected forms included', () => {
    const el = extractEntities('Ρωσία\n\nΗ Ρωσία και το ΝΑΤΟ συζητούν. Ο Αλέξης Τσίπρας είπε ότι η Ρωσία θα απαντήσει.', 'el', []);
    assert.equal(idOf(el, 'Ρωσία'), 'loc:RU');
    assert.equal(idOf(el, 'ΝΑΤΟ'), 'org:nato');
    assert.equal(el.find((e) => e.mentions.some((m) => m.text === 'Αλέξης Τσίπρας'))?.type, 'person');
    const he = extractEntities('רוסיה\n\nראש הממשלה בנימין נתניהו נפגש עם נשיא רוסיה.', 'he', []);
    assert.equal(idOf(he, 'רוסיה'), 'loc:RU');
    assert.equal(he.find((e) => e.mentions.some((m) => m.text === 'בנימין נתניהו'))?.type, 'person');
    const ko = extractEntities('러시아\n\n러시아는 카자흐스탄과 협력한다. 러시아의 입장은 ...', 'ko', []);
    assert.equal(idOf(ko, '러시아'), 'loc:RU');
    assert.equal(idOf(ko, '카자흐스탄'), 'loc:KZ');
    const ru = extractEntities('Визит\n\nПрезидент Казахстана посетил Россию и встретился с представителями России.', 'ru', []);
    assert.equal(idOf(ru, 'Казахстана'), 'loc:KZ');
    assert.equal(idOf(ru, 'Россию'), 'loc:RU');
    assert.equal(idOf(ru, 'России'), 'loc:RU');
  });

  it('attaches an acronym defined in parentheses to its long form', () => {
    const known = extractEntities('OTSC\n\nL’Organisation du Traité de sécurité collective (OTSC) a envoyé des troupes.', 'fr', []);
    assert.equal(idOf(known, 'Organisation du Traité de sécurité collective'), 'org:csto');
    assert.equal(idOf(known, 'OTSC'), 'org:csto');
    const text = 'Report\n\nThe Global Energy Monitor (GEM) published a report. GEM said coal use fell.';
    const unknown = extractEntities(text, 'en', []);
    const id = idOf(unknown, 'Global Energy Monitor');
    assert.ok(id);
    assert.equal(idOf(unknown, 'GEM'), id);
    assert.equal(unknown.find((e) => e.id === id)!.mentions.length, 3);
  });

  it('does not take sentence-initial common words, months or weekdays for names', () => {
    const text = 'Talks resume\n\nTalks resumed on Tuesday in Geneva. However the talks stalled in September.';
    const entities = extractEntities(text, 'en', []);
    const mentions = entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const word of ['Talks', 'Tuesday', 'However', 'September']) assert.ok(!mentions.includes(word), `${word} taken for a name`);
    assert.ok(mentions.includes('Geneva'));
  });

  it('merges names recorded in an alias table', () => {
    const aliases = new AliasTable();
    aliases.add('Bobby Ray Inman', 'Admiral Inman');
    const text = 'Profile\n\nBobby Ray Inman spoke. Zorbo Quux replied.';
    const without = extractEntities(text, 'en', []);
    assert.ok(idOf(without, 'Bobby Ray Inman'));
    aliases.add('Bobby Ray Inman', 'Zorbo Quux');
    const merged = extractEntities(text, 'en', [], { aliases });
    assert.equal(idOf(merged, 'Zorbo Quux'), idOf(merged, 'Bobby Ray Inman'));
    assert.notEqual(idOf(without, 'Zorbo Quux'), idOf(without, 'Bobby Ray Inman'));
  });

  it('returns nothing for empty text and copes with an unknown script', () => {
    assert.deepEqual(extractEntities('', 'en', []), []);
    assert.deepEqual(extractEntities('  \n\n ', 'fr', []), []);
    const text = 'ꯃꯅꯤꯄꯨꯔ ꯑꯃꯁꯨꯡ\n\nꯃꯅꯤꯄꯨꯔ ꯑꯁꯤ ꯃꯐꯝ ꯑꯃꯅꯤ 𖩃𖩄 ⵜⴰⵎⴰⵣⵉⵖⵜ';
    const entities = extractEntities(text, 'mni', []);
    assert.ok(Array.isArray(entities));
    assertOffsets(text, entities);
  });
});

describe('extractEntities in German', () => {
  it('does not take every capitalised noun for a name, but keeps names', () => {
    const text = 'Regierung in Berlin\n\nDie Regierung hat am Dienstag mit Olaf Scholz über die Polizei gesprochen. Scholz sagte, Russland und die NATO müssten reden.';
    const entities = extractEntities(text, 'de', []);
    const mentions = entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const noun of ['Regierung', 'Polizei', 'Dienstag']) assert.ok(!mentions.includes(noun), `${noun} taken for a name`);
    const scholz = entities.find((e) => e.mentions.some((m) => m.text === 'Olaf Scholz'));
    assert.ok(scholz?.mentions.some((m) => m.text === 'Scholz'));
    assert.ok(entities.some((e) => e.id === 'loc:RU'));
    assert.ok(entities.some((e) => e.id === 'org:nato'));
    assert.ok(entities.some((e) => e.id === 'loc:DE-berlin'));
  });
});

describe('extractEntities on title-case headlines', () => {
  it('keeps only headline names that the body confirms', () => {
    const text = 'Kazakhstan Vows To Ensure Safety Of Fleeing Russians, Says Tokayev\n\nPresident Kassym-Jomart Tokayev said Kazakhstan would help.';
    const entities = extractEntities(text, 'en', []);
    const mentions = entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const noise of ['Vows', 'Ensure Safety', 'Fleeing', 'Says']) assert.ok(!mentions.includes(noise), `${noise} taken for a name`);
    assert.equal(idOf(entities, 'Tokayev'), idOf(entities, 'Kassym-Jomart Tokayev'));
    assert.equal(idOf(entities, 'Russians'), 'loc:RU');
  });
});

describe('hostile names', () => {
  it('resolves names that are also Object.prototype keys', () => {
    const text = 'El presidente Constructor García firmó el contrato. Constructor dijo que Hasownproperty Tostring estaba en Madrid.';
    const entities = extractEntities(text, 'es', tokenize(text, 'es'));
    assert.ok(entities.some((entity) => entity.mentions.some((mention) => mention.text.includes('Constructor'))));
  });
});
