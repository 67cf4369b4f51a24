import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDictionary, serializeDictionary } from '../../../src/analyze/pivot/dictionary-cache.js';

const byNorm = new Map<string, string[]>([
  ['lager', ['camp', 'store']],
  ['la', ['the']],
  ['lag', ['lag']],
  ['ägypten', ['egypt']],
  ['zug', ['train']],
  ['総統', ['presid']],
  ['a', ['a']],
]);
const byStem = new Map<string, string[]>([['flücht', ['flee']], ['lag', ['lie']]]);

test('a serialised dictionary answers every key as the maps did, and nothing else', () => {
  const dictionary = parseDictionary(serializeDictionary('stamp 1', { byNorm, byStem }), 'stamp 1')!;
  for (const [key, concepts] of byNorm) assert.deepEqual(dictionary.byNorm.get(key), concepts, key);
  for (const [key, concepts] of byStem) assert.deepEqual(dictionary.byStem.get(key), concepts, key);
  for (const missing of ['', 'l', 'lage', 'lagerx', 'b', 'zz', 'ägyptenx', '総', 'flücht']) assert.equal(dictionary.byNorm.get(missing), undefined, missing);
  assert.equal(dictionary.byStem.get('lager'), undefined);
  assert.equal(dictionary.byNorm.size, byNorm.size);
  assert.deepEqual(new Map(dictionary.byStem), byStem);
  assert.deepEqual(new Map(dictionary.byNorm), byNorm);
});

test('another stamp, a cut file or a wrong count is not accepted as a cache', () => {
  const text = serializeDictionary('stamp 1', { byNorm, byStem });
  assert.equal(parseDictionary(text, 'stamp 2'), undefined);
  assert.equal(parseDictionary(text.slice(0, text.length - 5), 'stamp 1'), undefined);
  assert.equal(parseDictionary(text.replace(`\t${byNorm.size}\t`, `\t${byNorm.size + 1}\t`), 'stamp 1'), undefined);
  const empty = parseDictionary(serializeDictionary('s', { byNorm: new Map(), byStem: new Map() }), 's')!;
  assert.equal(empty.byNorm.get('x'), undefined);
  assert.equal(empty.byStem.size, 0);
});
