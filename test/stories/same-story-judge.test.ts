import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PairExplanation } from '../../src/compare/model.js';
import { evidenceFrom } from '../../src/stories/same-story-judge.js';

function explanation(sharedTerms: PairExplanation['sharedTerms']): PairExplanation {
  return { sharedEntities: [], sharedTerms, sharedNumbers: [], conflictingNumbers: [], sharedDates: [], conflictingDates: [], sharedCountries: [], features: [] };
}

test('a membership\'s evidence names shared concepts as the articles write them, not by their ids', () => {
  const evidence = evidenceFrom(
    0.8,
    explanation([
      { concept: 'en:mobil', wordsA: ['mobilisation'], wordsB: ['التعبئة'], weight: 0.3 },
      { concept: 'en:kazakhstan', wordsA: ['Kazakhstan'], wordsB: ['kazakhstan'], weight: 0.2 },
      { concept: 'sk:tkf', wordsA: [], wordsB: [], weight: 0.1 },
      { concept: 'en:ukrain', wordsA: [], wordsB: [], weight: 0.05 },
    ]),
  );
  assert.deepEqual(evidence.sharedTerms, ['mobilisation / التعبئة', 'Kazakhstan', 'ukrain']);
});
