import type { LinearScorer } from '../similarity-model.js';
import { standardise } from './standardise.js';

/** Fits ridge regression on standardised columns; the intercept is not penalised. */
export function fitRidge(rows: Float64Array[], targets: number[], lambda: number, sampleWeights?: number[]): LinearScorer {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const { weights: w, totalWeight, mean, scale } = standardise(rows, sampleWeights);
  const yMean = targets.reduce((sum, y, i) => sum + w[i] * y, 0) / totalWeight;
  const gram = Array.from({ length: d }, () => new Float64Array(d));
  const rhs = new Float64Array(d);
  const z = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) z[j] = (rows[i][j] - mean[j]) / scale[j];
    const residual = targets[i] - yMean;
    for (let j = 0; j < d; j++) {
      rhs[j] += w[i] * z[j] * residual;
      for (let k = 0; k <= j; k++) gram[j][k] += w[i] * z[j] * z[k];
    }
  }
  for (let j = 0; j < d; j++) {
    for (let k = 0; k < j; k++) gram[k][j] = gram[j][k];
    gram[j][j] += lambda * totalWeight;
  }
  return { intercept: yMean, mean, scale, weights: Array.from(solveSymmetric(gram, rhs)) };
}

/** Solves A x = b for symmetric positive definite A (Cholesky). */
export function solveSymmetric(a: Float64Array[], b: Float64Array): Float64Array {
  const d = b.length;
  const l = Array.from({ length: d }, () => new Float64Array(d));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
    y[i] = sum / l[i][i];
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < d; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
}
