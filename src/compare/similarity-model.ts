import { expandBasis, BASIS } from './feature-basis.js';
import { DIMENSIONS, type Dimension, type SimilarityScores } from './model.js';
import { FEATURE_NAMES, type FeatureVector } from './pair-features.js';

/** One ridge regression on the standardised feature basis. */
export interface LinearScorer {
  intercept: number;
  mean: number[];
  scale: number[];
  weights: number[];
}

/** The trained scorer as committed in similarity-model.json. */
export interface SimilarityModelJSON {
  version: 1;
  features: string[];
  basis: string[];
  dimensions: Record<Dimension, LinearScorer>;
  /** Logistic calibration of P(same story) on the predicted overall score. */
  sameStory: { slope: number; intercept: number };
  training: { pairs: number; analyzerVersion: string; date: string; lambda: number; crossValidation?: Record<string, number> };
}

const MIN_SCORE = 1;
const MAX_SCORE = 4;

export function clampScore(score: number): number {
  return Math.min(MAX_SCORE, Math.max(MIN_SCORE, score));
}

export function linearScore(scorer: LinearScorer, basis: Float64Array): number {
  let score = scorer.intercept;
  for (let j = 0; j < basis.length; j++) score += scorer.weights[j] * ((basis[j] - scorer.mean[j]) / scorer.scale[j]);
  return score;
}

/** A loaded model: scores pairs and says how each feature moved the overall score. */
export class SimilarityModel {
  constructor(readonly json: SimilarityModelJSON) {
    const expected = FEATURE_NAMES.join(',');
    if (json.features.join(',') !== expected || json.basis.length !== BASIS.length) {
      throw new Error(`similarity model was trained on other features (${json.features.join(',')}); retrain with npm run train:similarity`);
    }
  }

  scores(features: FeatureVector): SimilarityScores {
    const basis = expandBasis(features);
    const scores = {} as SimilarityScores;
    for (const dimension of DIMENSIONS) scores[dimension] = clampScore(linearScore(this.json.dimensions[dimension], basis));
    return scores;
  }

  overall(features: FeatureVector): number {
    return clampScore(linearScore(this.json.dimensions.overall, expandBasis(features)));
  }

  sameStoryProbability(overall: number): number {
    const { slope, intercept } = this.json.sameStory;
    return 1 / (1 + Math.exp(-(slope * overall + intercept)));
  }

  /** Per feature: its change of the overall score versus the training mean. */
  contributions(features: FeatureVector): number[] {
    const scorer = this.json.dimensions.overall;
    const basis = expandBasis(features);
    const perFeature = new Array<number>(FEATURE_NAMES.length).fill(0);
    BASIS.forEach((term, j) => {
      perFeature[term.feature] += scorer.weights[j] * ((basis[j] - scorer.mean[j]) / scorer.scale[j]);
    });
    return perFeature;
  }
}
