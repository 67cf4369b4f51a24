import { FEATURE_NAMES, type FeatureVector } from './pair-features.js';

// Similarity features matter most near zero (one shared name is news, ten more are not ten times
// the news), so each enters the linear scorer both as is and through its square root.
export interface BasisTerm {
  /** Index of the feature this term derives from. */
  feature: number;
  name: string;
}

export const BASIS: BasisTerm[] = FEATURE_NAMES.flatMap((name, feature) => [
  { feature, name },
  { feature, name: `sqrt(${name})` },
]);

export function expandBasis(features: FeatureVector): Float64Array {
  const basis = new Float64Array(BASIS.length);
  for (let i = 0; i < features.length; i++) {
    const x = features[i];
    basis[2 * i] = x;
    basis[2 * i + 1] = Math.sqrt(Math.max(0, x));
  }
  return basis;
}
