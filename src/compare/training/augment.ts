import { BRIDGE_FEATURE, FEATURE_NAMES, LEXICAL_FEATURES, type FeatureVector } from '../pair-features.js';
import type { TrainingRow } from './fit-scorer.js';

const LEXICAL_INDEXES = LEXICAL_FEATURES.map((name) => FEATURE_NAMES.indexOf(name));

/**
 * The features a pair would have if only a share `bridge` of its words could be matched across
 * its two languages (0 = no dictionary, no shared script): word-overlap features shrink with it.
 */
export function simulateBridge(features: FeatureVector, bridge: number): FeatureVector {
  const out = Float64Array.from(features);
  for (const index of LEXICAL_INDEXES) out[index] *= bridge;
  out[BRIDGE_FEATURE] = bridge;
  return out;
}

/** Weight of a simulated row relative to a real one. */
export const AUGMENTED_WEIGHT = 0.5;

// Only one cross-lingual set (de-en, with a dictionary) exists for training, so cross-lingual pairs
// without a good dictionary are simulated from same-language pairs: the scorer then learns to rely
// on entities, numbers and dates when word overlap cannot be expected.
export function augmentWithWeakBridges(rows: TrainingRow[]): TrainingRow[] {
  const augmented: TrainingRow[] = [];
  rows.forEach((row, i) => {
    if (row.features[BRIDGE_FEATURE] < 1) return;
    const bridge = ((i * 0.6180339887) % 1) * 0.8;
    augmented.push({ ...row, features: simulateBridge(row.features, bridge), augmented: true });
  });
  return [...rows, ...augmented];
}
