import { BRIDGE_FEATURE, FEATURE_NAMES, LEXICAL_FEATURES, type FeatureVector } from './pair-features.js';

// Similarity features matter most near zero (one shared name is news, ten more are not ten times
// the news), so each enters the linear scorer both as is and through its square root. Where no
// dictionary bridges two languages, word overlap says little and names, numbers and dates must say
// more: every other feature also enters multiplied by the missing share of the bridge.
export interface BasisTerm {
  /** Index of the feature this term derives from. */
  feature: number;
  name: string;
}

const LEXICAL = new Set<string>(LEXICAL_FEATURES);
const GATED = FEATURE_NAMES.map((name, feature) => ({ name, feature })).filter(({ name, feature }) => !LEXICAL.has(name) && feature !== BRIDGE_FEATURE);

export const BASIS: BasisTerm[] = [
  ...FEATURE_NAMES.flatMap((name, feature) => [
    { feature, name },
    { feature, name: `sqrt(${name})` },
  ]),
  ...GATED.map(({ name, feature }) => ({ feature, name: `${name}*(1-bridge)` })),
];

export function expandBasis(features: FeatureVector): Float64Array {
  const basis = new Float64Array(BASIS.length);
  for (let i = 0; i < features.length; i++) {
    const x = features[i];
    basis[2 * i] = x;
    basis[2 * i + 1] = Math.sqrt(Math.max(0, x));
  }
  const missingBridge = 1 - features[BRIDGE_FEATURE];
  let j = 2 * features.length;
  for (const { feature } of GATED) basis[j++] = features[feature] * missingBridge;
  return basis;
}
