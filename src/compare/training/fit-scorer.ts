import { expandBasis, BASIS } from '../feature-basis.js';
import { DIMENSIONS, type Dimension } from '../model.js';
import { FEATURE_NAMES, type FeatureVector } from '../pair-features.js';
import { clampScore, dimensionScore, logisticProbability, sameStoryInput, type DimensionScorer, type LinearScorer, type SimilarityModelJSON } from '../similarity-model.js';
import { towardsDissimilar } from '../event-time.js';
import { AUGMENTED_WEIGHT } from './augment.js';
import { fitBoostedTrees, DEFAULT_TREE_OPTIONS } from './fit-trees.js';
import { fitLogisticRegression } from './logistic.js';
import { pearson } from './pearson.js';
import { fitRidge } from './ridge.js';

export interface TrainingRow {
  features: FeatureVector;
  gold: Record<Dimension, number>;
  group: string;
  /** Simulated from another row (trained on, never evaluated). */
  augmented?: boolean;
  /** The time penalty compareArticles applies to this pair's overall and time scores (see event-time.ts). */
  timePenalty?: number;
}

export interface ScorerSettings {
  lambda: number;
  treeWeight: number;
}

// Trees only where they pay for their size: the headline score (the committed JSON stays small).
const TREE_DIMENSIONS: readonly Dimension[] = ['overall'];

/** Same-story labels: annotators' overall of 1.5 or better is the same event, 3 or worse another; pairs between are left out. */
export const SAME_STORY_MAX_OVERALL = 1.5;
export const OTHER_STORY_MIN_OVERALL = 3;
const SAME_STORY_LAMBDA = 0.01;

/** 1 same event, 0 another, undefined in between (not trained on). */
export function sameStoryLabel(gold: number): 0 | 1 | undefined {
  if (gold <= SAME_STORY_MAX_OVERALL) return 1;
  if (gold >= OTHER_STORY_MIN_OVERALL) return 0;
  return undefined;
}

/** Fits the same-story decision on the labelled real rows among `index`, from their features and predicted overall. */
export function fitSameStory(rows: TrainingRow[], overall: number[], index: number[]): LinearScorer {
  const labelled = index.filter((i) => !rows[i].augmented && sameStoryLabel(rows[i].gold.overall) !== undefined);
  const weights = groupWeights(labelled.map((i) => rows[i]));
  return fitLogisticRegression(
    labelled.map((i) => sameStoryInput(rows[i].features, overall[i])),
    labelled.map((i) => sameStoryLabel(rows[i].gold.overall)!),
    SAME_STORY_LAMBDA,
    weights,
  );
}

/**
 * Leave-one-language-pair-out for the same-story decision, on out-of-fold overall predictions:
 * P(same) for every real row, and accuracy on the labelled rows per held-out group and `all`.
 */
export function crossValidateSameStory(rows: TrainingRow[], overall: number[]): { probabilities: number[]; accuracy: Record<string, number> } {
  const groups = [...new Set(rows.map((row) => row.group))].sort();
  const probabilities = new Array<number>(rows.length).fill(NaN);
  const all = rows.map((_, i) => i);
  for (const group of groups) {
    const scorer = fitSameStory(rows, overall, all.filter((i) => rows[i].group !== group));
    for (const i of all) if (rows[i].group === group && !rows[i].augmented) probabilities[i] = logisticProbability(scorer, sameStoryInput(rows[i].features, overall[i]));
  }
  const accuracy: Record<string, number> = {};
  const score = (index: number[]) => {
    const labelled = index.filter((i) => !rows[i].augmented && sameStoryLabel(rows[i].gold.overall) !== undefined);
    return labelled.filter((i) => (probabilities[i] >= 0.5 ? 1 : 0) === sameStoryLabel(rows[i].gold.overall)).length / labelled.length;
  };
  for (const group of groups) accuracy[group] = score(all.filter((i) => rows[i].group === group));
  accuracy.all = score(all);
  return { probabilities, accuracy };
}

// Each language pair weighs the same in training, so the largest set does not define the scorer.
function groupWeights(rows: TrainingRow[]): number[] {
  const counts = new Map<string, number>();
  for (const row of rows) if (!row.augmented) counts.set(row.group, (counts.get(row.group) ?? 0) + 1);
  const groups = counts.size;
  return rows.map((row) => (rows.length / (groups * (counts.get(row.group) ?? 1))) * (row.augmented ? AUGMENTED_WEIGHT : 1));
}

export function fitDimensions(rows: TrainingRow[], settings: ScorerSettings, dimensions: readonly Dimension[] = DIMENSIONS): Record<Dimension, DimensionScorer> {
  const basis = rows.map((row) => expandBasis(row.features));
  const weights = groupWeights(rows);
  const scorers = {} as Record<Dimension, DimensionScorer>;
  for (const dimension of dimensions) {
    const usable = rows.map((_, i) => i).filter((i) => Number.isFinite(rows[i].gold[dimension]));
    const targets = usable.map((i) => rows[i].gold[dimension]);
    const sampleWeights = usable.map((i) => weights[i]);
    const linear = fitRidge(usable.map((i) => basis[i]), targets, settings.lambda, sampleWeights);
    const trees = settings.treeWeight > 0 && TREE_DIMENSIONS.includes(dimension) ? fitBoostedTrees(usable.map((i) => rows[i].features), targets, sampleWeights, DEFAULT_TREE_OPTIONS) : undefined;
    scorers[dimension] = { linear, ...(trees ? { trees, treeWeight: settings.treeWeight } : { treeWeight: 0 }) };
  }
  return scorers;
}

export interface CrossValidation {
  /** Out-of-fold predictions, per dimension, in row order. */
  predictions: Record<Dimension, number[]>;
  /** Pearson of out-of-fold overall per held-out group, and `all`. */
  pearson: Record<string, number>;
}

/**
 * Leave-one-language-pair-out: each group is scored by a scorer that never saw it (nor rows
 * simulated from it). Only real rows are evaluated; `heldOut` may transform their features
 * (to simulate a weaker bridge between languages).
 */
export function crossValidate(
  rows: TrainingRow[],
  settings: ScorerSettings,
  dimensions: readonly Dimension[] = DIMENSIONS,
  heldOut: (features: FeatureVector) => FeatureVector = (features) => features,
): CrossValidation {
  const groups = [...new Set(rows.map((row) => row.group))].sort();
  const predictions = {} as Record<Dimension, number[]>;
  for (const dimension of dimensions) predictions[dimension] = new Array<number>(rows.length).fill(NaN);
  for (const group of groups) {
    const scorers = fitDimensions(rows.filter((row) => row.group !== group), settings, dimensions);
    rows.forEach((row, i) => {
      if (row.group !== group || row.augmented) return;
      const features = heldOut(row.features);
      const basis = expandBasis(features);
      for (const dimension of dimensions) {
        const score = clampScore(dimensionScore(scorers[dimension], features, basis));
        predictions[dimension][i] = dimension === 'overall' || dimension === 'time' ? towardsDissimilar(score, row.timePenalty ?? 0) : score;
      }
    });
  }
  const result: Record<string, number> = {};
  for (const group of groups) {
    const index = rows.map((_, i) => i).filter((i) => rows[i].group === group && !rows[i].augmented);
    result[group] = pearson(index.map((i) => predictions.overall[i]), index.map((i) => rows[i].gold.overall));
  }
  const real = rows.map((_, i) => i).filter((i) => !rows[i].augmented);
  result.all = pearson(real.map((i) => predictions.overall[i]), real.map((i) => rows[i].gold.overall));
  return { predictions, pearson: result };
}

export function meanGroupPearson(pearsons: Record<string, number>): number {
  const values = Object.entries(pearsons).filter(([group]) => group !== 'all').map(([, value]) => value);
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Trains the committed model: settings chosen by cross-validation on overall, calibration on out-of-fold predictions. */
export function trainModel(
  rows: TrainingRow[],
  grid: ScorerSettings[],
  meta: { analyzerVersion: string; date: string },
  log: (line: string) => void = () => undefined,
): { model: SimilarityModelJSON; cv: CrossValidation; settings: ScorerSettings } {
  let best: { settings: ScorerSettings; score: number } | undefined;
  for (const settings of grid) {
    const cv = crossValidate(rows, settings, ['overall']);
    const score = meanGroupPearson(cv.pearson);
    log(`  lambda ${settings.lambda} trees ${settings.treeWeight}: mean ${score.toFixed(4)}, all ${cv.pearson.all.toFixed(4)}`);
    if (!best || score > best.score) best = { settings, score };
  }
  if (!best) throw new Error('no settings to try');
  const cv = crossValidate(rows, best.settings);
  const real = rows.map((_, i) => i).filter((i) => !rows[i].augmented);
  const sameStory = fitSameStory(rows, cv.predictions.overall, real);
  const sameStoryCV = crossValidateSameStory(rows, cv.predictions.overall);
  const model: SimilarityModelJSON = {
    version: 1,
    features: [...FEATURE_NAMES],
    basis: BASIS.map((term) => term.name),
    dimensions: fitDimensions(rows, best.settings),
    sameStory,
    training: {
      pairs: real.length,
      analyzerVersion: meta.analyzerVersion,
      date: meta.date,
      ...best.settings,
      crossValidation: cv.pearson,
      sameStoryCrossValidation: sameStoryCV.accuracy,
    },
  };
  return { model, cv, settings: best.settings };
}
