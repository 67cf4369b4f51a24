import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../src/analyze/analyzer.js';

const analyzer = await createAnalyzer();
const counted = (title: string, text: string, lang: string) => analyzer.analyze({ title, text, lang }).numbers.map((n) => [n.value, n.counts, n.countsText]);

test('a nationality counted is people of that country, in any script', () => {
  assert.deepEqual(counted('Kazakhstan', 'Khoảng 98.000 người Nga đã vào Kazakhstan trong một tuần.', 'vi'), [[98000, 'en:peopl', 'người Nga']]);
  assert.deepEqual(counted('كازاخستان', 'عبر ما يقرب من 100 ألف روسي الحدود إلى كازاخستان.', 'ar'), [[100000, 'en:peopl', 'روسي']]);
  assert.deepEqual(counted('Kazakhstan', 'Nearly 100,000 Russians crossed into Kazakhstan.', 'en'), [[100000, 'en:peopl', 'Russians']]);
});

test('people words of every language count the same subject', () => {
  assert.deepEqual(counted('Manifestation', 'Environ 2 500 personnes ont manifesté à Lyon.', 'fr'), [[2500, 'en:peopl', 'personnes']]);
  assert.deepEqual(counted('Protest', 'About 2,500 people marched in Lyon.', 'en'), [[2500, 'en:peopl', 'people']]);
});

test('other counted things keep their own subject', () => {
  const [fact] = analyzer.analyze({ title: 'Storm', text: 'The storm destroyed 1,200 houses near Osh.', lang: 'en' }).numbers;
  assert.equal(fact.value, 1200);
  assert.notEqual(fact.counts, 'en:peopl');
  assert.equal(fact.countsText, 'houses');
});

test('a counted word the dictionary reads as a unit makes the unit', () => {
  // German Kilometer and Polish kilometrów are in no unit list: their glosses say kilometre.
  for (const [text, lang] of [['Das Beben lag 25 Kilometer östlich von Osch.', 'de'], ['Trzęsienie 25 kilometrów na wschód od Oszu.', 'pl']]) {
    const [fact] = analyzer.analyze({ title: 'x', text, lang }).numbers;
    assert.deepEqual([fact.value, fact.unit, fact.counts], [25, 'km', undefined], text);
  }
});
