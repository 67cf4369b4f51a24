import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultSimilarityModel } from '../../src/compare/default-model.js';
import { DIMENSIONS } from '../../src/compare/model.js';
import { FEATURE_NAMES } from '../../src/compare/pair-features.js';
import { SimilarityModel } from '../../src/compare/similarity-model.js';

function vector(value: number): Float64Array {
  const features = new Float64Array(FEATURE_NAMES.length).fill(value);
  features[FEATURE_NAMES.indexOf('shortLength')] = 0.15;
  features[FEATURE_NAMES.indexOf('lengthRatio')] = 0.8;
  // Disagreement features measure the opposite of overlap.
  for (const name of ['monthConflict', 'yearConflict', 'unmatchedSalient'] as const) features[FEATURE_NAMES.indexOf(name)] = 0;
  return features;
}

test('the committed model loads and scores every dimension on the 1-4 scale', () => {
  const model = defaultSimilarityModel();
  for (const value of [0, 0.3, 1]) {
    const scores = model.scores(vector(value));
    for (const dimension of DIMENSIONS) assert.ok(scores[dimension] >= 1 && scores[dimension] <= 4, `${dimension} ${scores[dimension]}`);
  }
});

test('more overlap on every feature means a more similar overall score and a likelier same story', () => {
  const model = defaultSimilarityModel();
  const none = model.scores(vector(0)).overall;
  const all = model.scores(vector(0.9)).overall;
  assert.ok(all < none, `${all} < ${none}`);
  assert.ok(model.sameStoryProbability(all) > model.sameStoryProbability(none));
});

test('contributions add up to the overall score before clamping', () => {
  const model = defaultSimilarityModel();
  const features = vector(0.2);
  const sum = model.contributions(features).reduce((x, y) => x + y, model.baseline());
  assert.ok(Math.abs(Math.min(4, Math.max(1, sum)) - model.overall(features)) < 1e-9);
});

test('a model trained on other features is refused', () => {
  const json = structuredClone(defaultSimilarityModel().json);
  json.features = ['something', 'else'];
  assert.throws(() => new SimilarityModel(json), /retrain/);
});
