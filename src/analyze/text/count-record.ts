// Term counts are records with hundreds of article-specific keys. Built through a Map and
// `Object.fromEntries`, each new key sequence got its own chain of V8 hidden classes, costing more than the
// counting itself and leaving garbage for the GC. Counting straight into a null-prototype object (kept in
// dictionary mode by V8 from the start, and where `constructor` or `__proto__` are plain keys) avoids both;
// the prototype is set at the end, so the result is what `Object.fromEntries` gave: same keys, values,
// order and prototype.

/** An empty record to count into with `addCount`. */
export function emptyCounts(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

export function addCount(counts: Record<string, number>, key: string, amount: number): void {
  const sum = counts[key];
  counts[key] = sum === undefined ? amount : sum + amount;
}

/** The counts as an ordinary object (prototype `Object.prototype`). */
export function finishCounts(counts: Record<string, number>): Record<string, number> {
  return Object.setPrototypeOf(counts, Object.prototype) as Record<string, number>;
}
