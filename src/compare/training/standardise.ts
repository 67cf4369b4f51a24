/** Weighted column means and standard deviations, so fits run on standardised features. */
export interface Standardisation {
  weights: number[];
  totalWeight: number;
  mean: number[];
  scale: number[];
}

export function standardise(rows: Float64Array[], sampleWeights?: number[]): Standardisation {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const weights = sampleWeights ?? new Array<number>(n).fill(1);
  const totalWeight = weights.reduce((sum, x) => sum + x, 0);
  const mean = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += (weights[i] * rows[i][j]) / totalWeight;
  const scale = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) scale[j] += (weights[i] * (rows[i][j] - mean[j]) ** 2) / totalWeight;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  return { weights, totalWeight, mean, scale };
}
