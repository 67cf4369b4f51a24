import { expandBasis, BASIS } from '../feature-basis.js';
import { DIMENSIONS, type Dimension } from '../model.js';
import { FEATURE_NAMES, type FeatureVector } from '../pair-features.js';
import { clampScore, dimensionScore, type DimensionScorer, type SimilarityModelJSON } from '../similarity-model.js';
import { AUGMENTED_WEIGHT } from './augment.js';
import { fitBoostedTrees, DEFAULT_TREE_OPTIONS } from './fit-trees.js';
import { fitLogistic } from './logistic.js';
import { pearson } from './pearson.js';
import { fitRidge } from './ridge.js';

export interface TrainingRow {
  features: FeatureVector;
  gold: Record<Dimension, number>;
  group: string;
  /** Simulated from another row (trained on, never evaluated). */
  augmented?: boolean;
}

export interface ScorerSettings {
  lambda: number;
  treeWeight: number;
}

// Trees only where they pay for their size: the headline score (the committed JSON stays small).
const TREE_DIMENSIONS: readonly Dimension[] = ['overall'];

/** Same-story label for calibration: annotators' overall of 2 or better. */
export const SAME_STORY_MAX_OVERALL = 2;

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
      for (const dimension of dimensions) predictions[dimension][i] = clampScore(dimensionScore(scorers[dimension], features, basis));
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
  const calibration = fitLogistic(
    real.map((i) => cv.predictions.overall[i]),
    real.map((i) => (rows[i].gold.overall <= SAME_STORY_MAX_OVERALL ? 1 : 0)),
  );
  const model: SimilarityModelJSON = {
    version: 1,
    features: [...FEATURE_NAMES],
    basis: BASIS.map((term) => term.name),
    dimensions: fitDimensions(rows, best.settings),
    sameStory: calibration,
    training: { pairs: real.length, analyzerVersion: meta.analyzerVersion, date: meta.date, ...best.settings, crossValidation: cv.pearson },
  };
  return { model, cv, settings: best.settings };
}
