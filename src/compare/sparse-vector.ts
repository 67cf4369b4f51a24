/** A sparse vector as key -> weight. */
export type SparseVector = Map<string, number>;

/** Sublinear TF times IDF, L2-normalised. */
export function weightedUnitVector(counts: Record<string, number> | Map<string, number>, idf: (key: string) => number): SparseVector {
  const vector: SparseVector = new Map();
  let norm = 0;
  const add = (count: number, key: string): void => {
    if (!(count > 0)) return;
    const weight = (count >= 1 ? 1 + Math.log(count) : count) * idf(key);
    vector.set(key, weight);
    norm += weight * weight;
  };
  if (counts instanceof Map) counts.forEach(add);
  else for (const key in counts) add(counts[key], key);
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (const [key, weight] of vector) vector.set(key, weight * scale);
  }
  return vector;
}

/** Dot product of two unit vectors: their cosine. Iterates the smaller one. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, weight] of small) {
    const other = large.get(key);
    if (other !== undefined) dot += weight * other;
  }
  return dot;
}

/** Per-key products of two unit vectors, largest first: which keys make the cosine. */
export function cosineParts(a: SparseVector, b: SparseVector, limit: number): Array<{ key: string; weight: number }> {
  const parts: Array<{ key: string; weight: number }> = [];
  for (const [key, weight] of a) {
    const other = b.get(key);
    if (other !== undefined) parts.push({ key, weight: weight * other });
  }
  return parts.sort((x, y) => y.weight - x.weight).slice(0, limit);
}
