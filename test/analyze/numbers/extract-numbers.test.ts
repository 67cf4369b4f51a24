import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractNumbers } from '../../../src/analyze/numbers/extract-numbers.js';
import { parseNumeral } from '../../../src/analyze/numbers/parse-numeral.js';
import { tokenize } from '../../../src/analyze/text/tokenize.js';
import type { NumberFact } from '../../../src/core/model.js';

const numbers = (text: string, lang: string): NumberFact[] => extractNumbers(text, lang, tokenize(text, lang));
const values = (text: string, lang: string) => numbers(text, lang).map((n) => n.value);

test('local digit grouping and decimals', () => {
  assert.equal(parseNumeral('98.000', 'vi'), 98000);
  assert.equal(parseNumeral('98.000', 'de'), 98000);
  assert.equal(parseNumeral('98,000', 'en'), 98000);
  assert.equal(parseNumeral('1,5', 'fr'), 1.5);
  assert.equal(parseNumeral('1.5', 'en'), 1.5);
  assert.equal(parseNumeral('1.5', 'de'), 1.5);
  assert.equal(parseNumeral('2 500', 'fr'), 2500);
  assert.equal(parseNumeral('1,234,567.25', 'en'), 1234567.25);
  assert.equal(parseNumeral('1.234.567,25', 'es'), 1234567.25);
  assert.equal(parseNumeral('1.2.3', 'en'), undefined);
});

test('spaces and narrow no-break spaces group thousands', () => {
  assert.deepEqual(values('environ 2 500 personnes', 'fr'), [2500]);
  assert.deepEqual(values('2\u202f500 personnes', 'fr'), [2500]);
  assert.deepEqual(values('2\u00a0500 человек', 'ru'), [2500]);
});

test('scale words in many languages', () => {
  assert.deepEqual(values('1,5 млн человек', 'ru'), [1_500_000]);
  assert.deepEqual(values('100 ألف روسي', 'ar'), [100_000]);
  assert.deepEqual(values('four million people', 'en'), [4_000_000]);
  assert.deepEqual(values('quatre millions de réfugiés', 'fr'), [4_000_000]);
  assert.deepEqual(values('3 triệu người', 'vi'), [3_000_000]);
  assert.deepEqual(values('2万人', 'zh'), [20_000]);
  assert.deepEqual(values('两万人', 'zh'), [20_000]);
  assert.deepEqual(values('1,5 Mrd. Euro', 'de'), [1_500_000_000]);
});

test('Arabic-Indic and Persian digits', () => {
  assert.deepEqual(values('قتل ٢٥٠ شخصا', 'ar'), [250]);
  assert.deepEqual(values('۱۲۰ نفر', 'fa'), [120]);
});

test('approximations', () => {
  const [vi] = numbers('khoảng 98.000 người Nga', 'vi');
  assert.equal(vi.value, 98000);
  assert.equal(vi.approximate, true);
  const [ar] = numbers('ما يقرب من 100 ألف روسي', 'ar');
  assert.equal(ar.value, 100000);
  assert.equal(ar.approximate, true);
  assert.equal(numbers('environ 300 soldats', 'fr')[0].approximate, true);
  assert.equal(numbers('около 300 солдат', 'ru')[0].approximate, true);
  assert.equal(numbers('300 soldiers', 'en')[0].approximate, undefined);
});

test('percentages and currencies become units', () => {
  assert.equal(numbers('rose 1.5% in', 'en')[0].unit, '%');
  assert.equal(numbers('a $3 billion deal', 'en')[0].unit, 'USD');
  assert.equal(numbers('a $3 billion deal', 'en')[0].value, 3e9);
  assert.equal(numbers('2 500 рублей', 'ru')[0].unit, 'RUB');
  assert.equal(numbers('12 في المئة', 'ar')[0].unit, '%');
});

test('what a number counts, as written', () => {
  const [en] = numbers('about 98,000 Russians crossed', 'en');
  assert.equal(en.countsText, 'Russians');
  assert.ok(en.counts, 'counts is set');
  const [fr] = numbers('quatre millions de réfugiés', 'fr');
  assert.equal(fr.countsText, 'de réfugiés');
});

test('dates, times, bare years, phone numbers, ordinals and codes are not numbers', () => {
  assert.deepEqual(values('in 2022 at 10:30, call +7 701 123 45 67', 'en'), []);
  assert.deepEqual(values('the 3rd place and the 21st century', 'en'), []);
  assert.deepEqual(values('le 3e jour et le 1er mai', 'fr'), []);
  assert.deepEqual(values('Airbus A320 and COVID19', 'en'), []);
  const text = 'Le 28 septembre, 40 personnes';
  const exclude = [{ start: 3, end: 15 }];
  assert.deepEqual(extractNumbers(text, 'fr', tokenize(text, 'fr'), { exclude }).map((n) => n.value), [40]);
});

test('offsets and text point at the original', () => {
  const text = 'Près de ٢٥٠ personnes';
  for (const n of numbers(text, 'fr')) assert.equal(text.slice(n.start, n.end), n.text);
});

test('no numbers in empty or letter-only text', () => {
  assert.deepEqual(values('', 'en'), []);
  assert.deepEqual(values('nothing here', 'en'), []);
});

test('an Arabic prefix joined to a figure with a tatweel leaves the figure a number', () => {
  assert.deepEqual(values('أضرارا بـ1500 منزل', 'ar'), [1500]);
  assert.deepEqual(values('رمز A320', 'ar'), []);
});

test('the noun after a classifier is what is counted', () => {
  assert.equal(numbers('khoảng 1.200 ngôi nhà bị hư hại', 'vi')[0].countsText, 'ngôi nhà');
  assert.equal(numbers('造成1200栋房屋受损', 'zh')[0].countsText, '栋房屋');
});

test('unit words of many languages make a unit, not a counted thing', () => {
  for (const [text, lang] of [['в 25 километрах к востоку', 'ru'], ['على بعد 25 كيلومترا', 'ar'], ['以东25公里处', 'zh'], ['à 25 kilomètres', 'fr']]) {
    const [fact] = numbers(text, lang);
    assert.equal(fact.unit, 'km', text);
    assert.equal(fact.counts, undefined, text);
  }
});
