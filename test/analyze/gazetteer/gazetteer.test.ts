import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arabicVariants, foldName } from '../../../src/analyze/gazetteer/fold.js';
import { lookupName, placeOfWord } from '../../../src/analyze/gazetteer/gazetteer.js';

const ids = (name: string, lang: string) => lookupName(name, lang).map((e) => e.id);

describe('gazetteer', () => {
  it('folds case, diacritics, Arabic letter variants and punctuation', () => {
    assert.equal(foldName('Fédération  de Russie'), 'federation de russie');
    assert.equal(foldName('أستانا'), foldName('استانا'));
    assert.equal(foldName('Kassym-Jomart'), 'kassym jomart');
    assert.equal(foldName('ی'), foldName('ي'));
  });

  it('takes Arabic clitics and the article off', () => {
    assert.ok(arabicVariants('وروسيا').includes('روسيا'));
    assert.ok(arabicVariants('بروسيا').includes('روسيا'));
    assert.ok(arabicVariants('الروس').includes('روس'));
    assert.deepEqual(arabicVariants('روسيا'), ['روسيا']);
  });

  it('names countries in every locale from ICU, with short forms', () => {
    for (const [name, lang] of [['Kazakhstan', 'en'], ['Казахстан', 'ru'], ['كازاخستان', 'ar'], ['哈萨克斯坦', 'zh'], ['Καζακστάν', 'el'], ['카자흐스탄', 'ko'], ['Kazachstan', 'pl'], ['Kasakhstan', 'nn']] as const) {
      assert.deepEqual(ids(name, lang), ['loc:KZ'], `${name} (${lang})`);
    }
    assert.deepEqual(ids('UK', 'en'), ['loc:GB']);
    assert.ok(ids('Birleşik Krallık', 'tr').includes('loc:GB'));
  });

  it('knows cities with their country, from CLDR exemplar cities and the curated list', () => {
    const almaty = lookupName('Алматы', 'ru')[0];
    assert.equal(almaty?.id, 'loc:KZ-almaty');
    assert.equal(almaty?.country, 'KZ');
    assert.equal(lookupName('Astana', 'en')[0]?.country, 'KZ');
    assert.equal(lookupName('أستانا', 'ar')[0]?.id, 'loc:KZ-astana');
    assert.equal(lookupName('Tokio', 'es')[0]?.country, 'JP');
  });

  it('knows international organisations in many languages', () => {
    for (const [name, lang] of [['NATO', 'en'], ['OTAN', 'fr'], ['НАТО', 'ru'], ['الناتو', 'ar'], ['北约', 'zh']] as const) assert.deepEqual(ids(name, lang), ['org:nato'], name);
    for (const [name, lang] of [['CSTO', 'en'], ['OTSC', 'fr'], ['ОДКБ', 'ru'], ['منظمة معاهدة الأمن الجماعي', 'ar']] as const) assert.deepEqual(ids(name, lang), ['org:csto'], name);
    assert.deepEqual(ids('ШОС', 'ru'), ['org:sco']);
    assert.deepEqual(ids('ЕАЭС', 'ru'), ['org:eaeu']);
  });

  it('maps demonyms to their country and finds places in derived words', () => {
    for (const [name, lang] of [['Russes', 'fr'], ['người Nga', 'vi'], ['الروس', 'ar'], ['russische', 'de'], ['русские', 'ru']] as const) assert.deepEqual(ids(name, lang), ['loc:RU'], name);
    assert.equal(placeOfWord('Russlands', 'nn')?.country, 'RU');
    assert.equal(placeOfWord('taiwanische', 'de')?.country, 'TW');
    assert.equal(placeOfWord('Mozartkugel', 'de'), undefined);
  });

  it('knows regions that name parties, apart from their country (#3)', () => {
    assert.deepEqual(ids('Cymru', 'cy'), ['loc:GB-WLS']);
    assert.deepEqual(ids('苏格兰', 'zh'), ['loc:GB-SCT']);
    assert.equal(placeOfWord('Welsh', 'en')?.id, 'loc:GB-WLS');
    assert.equal(placeOfWord('Welsh', 'en')?.country, 'GB');
    assert.notEqual(placeOfWord('Scottish', 'en')?.id, placeOfWord('Welsh', 'en')?.id);
  });

  it('finds Greek declined place names (#3)', () => {
    assert.equal(placeOfWord('Γερμανίας', 'el')?.id, 'loc:DE');
    assert.equal(placeOfWord('Γερμανία', 'el')?.id, 'loc:DE');
  });

  it('finds nothing for unknown or empty names', () => {
    assert.deepEqual(ids('Zorblaxia', 'en'), []);
    assert.deepEqual(ids('', 'en'), []);
  });
});
