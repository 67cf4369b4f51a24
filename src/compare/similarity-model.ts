import { attributeTrees, predictTrees, type BoostedTreesJSON } from './boosted-trees.js';
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

/** One dimension's scorer: ridge on the feature basis, blended with boosted trees on the raw features. */
export interface DimensionScorer {
  linear: LinearScorer;
  trees?: BoostedTreesJSON;
  /** Share of the trees in the blend, 0-1. */
  treeWeight: number;
}

/** The trained scorer as committed in similarity-model.json. */
export interface SimilarityModelJSON {
  version: 1;
  features: string[];
  basis: string[];
  dimensions: Record<Dimension, DimensionScorer>;
  /**
   * Learned P(same event): logistic regression on the features followed by the predicted overall
   * score (SAME_STORY_INPUTS), trained on pairs annotated clearly same vs clearly different.
   */
  sameStory: LinearScorer;
  training: {
    pairs: number;
    analyzerVersion: string;
    date: string;
    lambda: number;
    treeWeight: number;
    crossValidation?: Record<string, number>;
    /** Out-of-fold accuracy of the same-story decision on the labelled pairs, per held-out language pair and `all`. */
    sameStoryCrossValidation?: Record<string, number>;
  };
}

/** Inputs of the same-story decision: every feature, then the predicted overall score. */
export const SAME_STORY_INPUTS: readonly string[] = [...FEATURE_NAMES, 'overall'];

export function sameStoryInput(features: FeatureVector, overall: number): Float64Array {
  const input = new Float64Array(features.length + 1);
  input.set(features);
  input[features.length] = overall;
  return input;
}

export function logisticProbability(scorer: LinearScorer, input: Float64Array): number {
  return 1 / (1 + Math.exp(-linearScore(scorer, input)));
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

/** Unclamped score of one dimension. */
export function dimensionScore(scorer: DimensionScorer, features: FeatureVector, basis: Float64Array = expandBasis(features)): number {
  const linear = linearScore(scorer.linear, basis);
  if (!scorer.trees || scorer.treeWeight === 0) return linear;
  return (1 - scorer.treeWeight) * linear + scorer.treeWeight * predictTrees(scorer.trees, features);
}

/** A loaded model: scores pairs and says how each feature moved the overall score. */
export class SimilarityModel {
  constructor(readonly json: SimilarityModelJSON) {
    const expected = FEATURE_NAMES.join(',');
    if (json.features.join(',') !== expected || json.basis.length !== BASIS.length || json.sameStory?.weights?.length !== SAME_STORY_INPUTS.length) {
      throw new Error(`similarity model was trained on other features (${json.features.join(',')}); retrain with npm run train:similarity`);
    }
  }

  scores(features: FeatureVector): SimilarityScores {
    const basis = expandBasis(features);
    const scores = {} as SimilarityScores;
    for (const dimension of DIMENSIONS) scores[dimension] = clampScore(dimensionScore(this.json.dimensions[dimension], features, basis));
    return scores;
  }

  overall(features: FeatureVector): number {
    return clampScore(dimensionScore(this.json.dimensions.overall, features));
  }

  /** P(same event) from the pair's features and its predicted overall; without features, at their training means. */
  sameStoryProbability(overall: number, features?: FeatureVector): number {
    const scorer = this.json.sameStory;
    const input = features ? sameStoryInput(features, overall) : Float64Array.from(scorer.mean);
    input[input.length - 1] = overall;
    return logisticProbability(scorer, input);
  }

  /** Expected overall score before any feature is known: what contributions are measured from. */
  baseline(): number {
    const { linear, trees, treeWeight } = this.json.dimensions.overall;
    if (!trees || treeWeight === 0) return linear.intercept;
    return (1 - treeWeight) * linear.intercept + treeWeight * (trees.base + trees.learningRate * trees.trees.reduce((sum, tree) => sum + tree.value[0], 0));
  }

  /** Per feature: its change of the overall score versus the baseline (sums to the unclamped score). */
  contributions(features: FeatureVector): number[] {
    const { linear, trees, treeWeight } = this.json.dimensions.overall;
    const basis = expandBasis(features);
    const perFeature = new Array<number>(FEATURE_NAMES.length).fill(0);
    const linearShare = trees ? 1 - treeWeight : 1;
    BASIS.forEach((term, j) => {
      perFeature[term.feature] += linearShare * linear.weights[j] * ((basis[j] - linear.mean[j]) / linear.scale[j]);
    });
    if (trees && treeWeight > 0) {
      const fromTrees = new Array<number>(FEATURE_NAMES.length).fill(0);
      attributeTrees(trees, features, fromTrees);
      fromTrees.forEach((value, f) => (perFeature[f] += treeWeight * value));
    }
    return perFeature;
  }
}
