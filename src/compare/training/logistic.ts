import type { LinearScorer } from '../similarity-model.js';
import { solveSymmetric } from './ridge.js';
import { standardise } from './standardise.js';

/**
 * Multivariate logistic regression on standardised columns, L2-penalised (intercept free), by
 * Newton's method: P(y=1) = 1 / (1 + exp(-linearScore(model, x))).
 */
export function fitLogisticRegression(rows: Float64Array[], y: number[], lambda: number, sampleWeights?: number[]): LinearScorer {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const { weights: w, totalWeight, mean, scale } = standardise(rows, sampleWeights);
  const z = rows.map((row) => Float64Array.from(row, (x, j) => (x - mean[j]) / scale[j]));
  // beta[0] is the intercept, beta[1..d] the weights.
  const beta = new Float64Array(d + 1);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Float64Array(d + 1);
    const hessian = Array.from({ length: d + 1 }, () => new Float64Array(d + 1));
    for (let i = 0; i < n; i++) {
      let eta = beta[0];
      for (let j = 0; j < d; j++) eta += beta[j + 1] * z[i][j];
      const p = 1 / (1 + Math.exp(-eta));
      const r = w[i] * (y[i] - p);
      const h = w[i] * p * (1 - p);
      gradient[0] += r;
      hessian[0][0] += h;
      for (let j = 0; j < d; j++) {
        gradient[j + 1] += r * z[i][j];
        hessian[j + 1][0] += h * z[i][j];
        for (let k = 0; k <= j; k++) hessian[j + 1][k + 1] += h * z[i][j] * z[i][k];
      }
    }
    for (let j = 1; j <= d; j++) {
      gradient[j] -= lambda * totalWeight * beta[j];
      hessian[j][j] += lambda * totalWeight;
    }
    hessian[0][0] += 1e-9;
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) hessian[k][j] = hessian[j][k];
    const step = solveSymmetric(hessian, gradient);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      beta[j] += step[j];
      change += Math.abs(step[j]);
    }
    if (change < 1e-9) break;
  }
  return { intercept: beta[0], mean, scale, weights: Array.from(beta.subarray(1)) };
}
