/** One-variable logistic regression by Newton's method: P(y=1) = 1 / (1 + exp(-(slope x + intercept))). */
export function fitLogistic(x: number[], y: number[]): { slope: number; intercept: number } {
  let slope = 0;
  let intercept = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 1e-6;
    let h01 = 0;
    let h11 = 1e-6;
    for (let i = 0; i < x.length; i++) {
      const p = 1 / (1 + Math.exp(-(slope * x[i] + intercept)));
      const r = y[i] - p;
      const w = p * (1 - p);
      g0 += r;
      g1 += r * x[i];
      h00 += w;
      h01 += w * x[i];
      h11 += w * x[i] * x[i];
    }
    const det = h00 * h11 - h01 * h01;
    if (Math.abs(det) < 1e-12) break;
    const dIntercept = (h11 * g0 - h01 * g1) / det;
    const dSlope = (h00 * g1 - h01 * g0) / det;
    intercept += dIntercept;
    slope += dSlope;
    if (Math.abs(dIntercept) + Math.abs(dSlope) < 1e-9) break;
  }
  return { slope, intercept };
}
