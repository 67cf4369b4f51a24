import { expandBasis, BASIS } from '../feature-basis.js';
import { DIMENSIONS, type Dimension } from '../model.js';
import { FEATURE_NAMES, type FeatureVector } from '../pair-features.js';
import { clampScore, linearScore, type LinearScorer, type SimilarityModelJSON } from '../similarity-model.js';
import { fitLogistic } from './logistic.js';
import { pearson } from './pearson.js';
import { fitRidge } from './ridge.js';

export interface TrainingRow {
  features: FeatureVector;
  gold: Record<Dimension, number>;
  group: string;
}

/** Same-story label for calibration: annotators' overall of 2 or better. */
export const SAME_STORY_MAX_OVERALL = 2;

// Each language pair weighs the same in training, so the largest set does not define the scorer.
function groupWeights(rows: TrainingRow[]): number[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.group, (counts.get(row.group) ?? 0) + 1);
  const groups = counts.size;
  return rows.map((row) => rows.length / (groups * (counts.get(row.group) ?? 1)));
}

export function fitDimensions(rows: TrainingRow[], lambda: number): Record<Dimension, LinearScorer> {
  const basis = rows.map((row) => expandBasis(row.features));
  const weights = groupWeights(rows);
  const scorers = {} as Record<Dimension, LinearScorer>;
  for (const dimension of DIMENSIONS) {
    const usable = rows.map((row, i) => i).filter((i) => Number.isFinite(rows[i].gold[dimension]));
    scorers[dimension] = fitRidge(usable.map((i) => basis[i]), usable.map((i) => rows[i].gold[dimension]), lambda, usable.map((i) => weights[i]));
  }
  return scorers;
}

export interface CrossValidation {
  /** Out-of-fold predictions, per dimension, in row order. */
  predictions: Record<Dimension, number[]>;
  /** Pearson of out-of-fold overall per held-out group, and `all`. */
  pearson: Record<string, number>;
}

/** Leave-one-language-pair-out: each group is scored by a scorer that never saw it. */
export function crossValidate(rows: TrainingRow[], lambda: number): CrossValidation {
  const groups = [...new Set(rows.map((row) => row.group))].sort();
  const predictions = {} as Record<Dimension, number[]>;
  for (const dimension of DIMENSIONS) predictions[dimension] = new Array<number>(rows.length).fill(NaN);
  for (const group of groups) {
    const scorers = fitDimensions(rows.filter((row) => row.group !== group), lambda);
    rows.forEach((row, i) => {
      if (row.group !== group) return;
      const basis = expandBasis(row.features);
      for (const dimension of DIMENSIONS) predictions[dimension][i] = clampScore(linearScore(scorers[dimension], basis));
    });
  }
  const result: Record<string, number> = {};
  for (const group of groups) {
    const index = rows.map((row, i) => i).filter((i) => rows[i].group === group);
    result[group] = pearson(index.map((i) => predictions.overall[i]), index.map((i) => rows[i].gold.overall));
  }
  result.all = pearson(predictions.overall, rows.map((row) => row.gold.overall));
  return { predictions, pearson: result };
}

export function meanGroupPearson(pearsons: Record<string, number>): number {
  const values = Object.entries(pearsons).filter(([group]) => group !== 'all').map(([, value]) => value);
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Trains the committed model: lambda by cross-validation, calibration on out-of-fold predictions. */
export function trainModel(rows: TrainingRow[], lambdas: number[], meta: { analyzerVersion: string; date: string }): { model: SimilarityModelJSON; cv: CrossValidation; lambda: number } {
  let best: { lambda: number; cv: CrossValidation; score: number } | undefined;
  for (const lambda of lambdas) {
    const cv = crossValidate(rows, lambda);
    const score = meanGroupPearson(cv.pearson);
    if (!best || score > best.score) best = { lambda, cv, score };
  }
  if (!best) throw new Error('no lambda to try');
  const calibration = fitLogistic(best.cv.predictions.overall, rows.map((row) => (row.gold.overall <= SAME_STORY_MAX_OVERALL ? 1 : 0)));
  const model: SimilarityModelJSON = {
    version: 1,
    features: [...FEATURE_NAMES],
    basis: BASIS.map((term) => term.name),
    dimensions: fitDimensions(rows, best.lambda),
    sameStory: calibration,
    training: { pairs: rows.length, analyzerVersion: meta.analyzerVersion, date: meta.date, lambda: best.lambda, crossValidation: best.cv.pearson },
  };
  return { model, cv: best.cv, lambda: best.lambda };
}
