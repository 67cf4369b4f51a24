import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cognateGrams, gramNames, textGrams, trigramNames } from '../../src/compare/cognate-grams.js';
import { internKey, KeyFrequencies } from '../../src/compare/sparse-vector.js';

/** The definition the packed counting must keep: trigrams of `_form_` for words of 4+ characters. */
function slicedTrigrams(form: string): string[] {
  const padded = `_${form}_`;
  return Array.from({ length: padded.length - 2 }, (_, i) => padded.slice(i, i + 3));
}

test('grams are the trigrams of each transliterated word of 4+ characters, weighted by its count; numbers stay whole', () => {
  const grams = cognateGrams({ Kazakhstan: 2, Казахстан: 1, the: 5, '2022': 3, '7': 1 });
  const expected = new Map<string, number>();
  for (const [form, count] of [['kazakhstan', 2], ['kazakhstan', 1]] as const) for (const gram of slicedTrigrams(form)) expected.set(gram, (expected.get(gram) ?? 0) + count);
  expected.set('#2022', 3);
  const found = new Map<string, number>();
  const names = gramNames(grams);
  grams.counts.forEach((count, i) => found.set(names[i], count));
  for (const key in grams.numbers) found.set(key, grams.numbers[key]);
  assert.deepEqual([...found].sort(), [...expected].sort());
  assert.deepEqual([...grams.codes], [...grams.codes].sort((a, b) => a - b), 'codes ascending');
});

test('running text is counted up to the word limit, and the counter starts empty each time', () => {
  const headline = textGrams('Tokayev meets Putin in Astana today', 2);
  assert.deepEqual(gramNames(headline).sort(), [...slicedTrigrams('tokayev'), ...slicedTrigrams('meets')].sort());
  const again = textGrams('Tokayev', 10);
  assert.deepEqual(gramNames(again).sort(), slicedTrigrams('tokayev').sort());
  assert.ok(again.counts.every((count) => count === 1));
});

test('a trigram is interned at its code, so packed grams weigh the keys their names would', () => {
  const names = trigramNames();
  for (const gram of ['_ka', 'kaz', 'an_', '202', 'zzz']) assert.equal(internKey(gram), names.indexOf(gram), gram);
  const grams = cognateGrams({ Astana: 1, Almaty: 2, '1986': 1 });
  const byName: Record<string, number> = {};
  gramNames(grams).forEach((name, i) => (byName[name] = i < grams.counts.length ? grams.counts[i] : grams.numbers[name]));
  const packed = KeyFrequencies.ofGrams(grams);
  const named = KeyFrequencies.of(byName);
  assert.deepEqual([...packed.ids], [...named.ids]);
  assert.deepEqual([...packed.tf], [...named.tf]);
});
