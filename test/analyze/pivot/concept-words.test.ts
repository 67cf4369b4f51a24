import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adoptConceptWords, adoptedConceptWords, encodeConceptWords, type ConceptWords } from '../../../src/analyze/pivot/concept-words.js';
import type { ArticleAnalysis } from '../../../src/core/model.js';

function emptyAnalysis(): ArticleAnalysis {
  return { analyzerVersion: 'test', lang: 'vi', entities: [], numbers: [], dates: [], terms: {}, titleTerms: {}, tokens: {}, wordCount: 0 };
}

test('concept words sent as one string read back per concept, a word across a line break as one line', () => {
  const words: ConceptWords = new Map([
    ['en:flood', new Set(['lũ lụt', 'Lũ'])],
    ['en:mobil', new Set(['huy\nđộng'])],
    ['cg:toka', new Set(['Tokayev'])],
  ]);
  const analysis = emptyAnalysis();
  adoptConceptWords(analysis, structuredClone(encodeConceptWords(words)));
  const lookup = adoptedConceptWords(analysis)!;
  assert.deepEqual(lookup.get('en:flood'), ['lũ lụt', 'Lũ']);
  assert.deepEqual(lookup.get('en:mobil'), ['huy động']);
  assert.deepEqual(lookup.get('cg:toka'), ['Tokayev']);
  assert.equal(lookup.get('en:toka'), undefined);
  assert.equal(lookup.get('en'), undefined);
});

test('an article without concept words reads back none, and one never given any has no lookup', () => {
  const analysis = emptyAnalysis();
  adoptConceptWords(analysis, encodeConceptWords(new Map()));
  assert.equal(adoptedConceptWords(analysis)!.get('en:flood'), undefined);
  assert.equal(adoptedConceptWords(emptyAnalysis()), undefined);
});

test('concept words to be found on first use are found once', () => {
  const analysis = emptyAnalysis();
  let found = 0;
  adoptConceptWords(analysis, () => {
    found++;
    return new Map([['en:flood', new Set(['flood'])]]);
  });
  assert.equal(found, 0);
  assert.deepEqual([...adoptedConceptWords(analysis)!.get('en:flood')!], ['flood']);
  assert.deepEqual([...adoptedConceptWords(analysis)!.get('en:flood')!], ['flood']);
  assert.equal(found, 1);
});
