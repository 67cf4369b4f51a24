import { trigramNames, type PackedGrams } from './cognate-grams.js';

// Keys are interned to integers so a cosine is a merge of two sorted arrays: comparisons run
// thousands of times per second during clustering, and string-keyed map lookups dominated.
// Every trigram (cognate-grams) is reserved first, so its key id is its code: grams counted as codes
// (in a worker thread, say) need no lookup here.
let keyNames: string[] = [...trigramNames()];
let keyIds = new Map<string, number>(keyNames.map((name, id) => [name, id]));
let epoch = 0;
/**
 * Distinct keys kept before a long-running process may start a fresh table (see `forgetKeysIfMany`).
 * A million keys hold about 100 MB; a synthetic stream adds about 14 per article, so the table
 * starts afresh every 70,000 articles, and the engine then recounts the few thousand it keeps.
 */
const MAX_KEYS = 1_000_000;

/** Which key table ids belong to: vectors and memos keyed by id are valid only within one epoch. */
export function keyEpoch(): number {
  return epoch;
}

/**
 * Starts a fresh key table when the current one holds many keys. Every distinct word, gram and name
 * ever seen is interned, so a process that runs for weeks (`watch`) would otherwise grow without
 * bound. Call only between comparisons: vectors built before are stale (their cache holders check
 * `keyEpoch`).
 */
export function forgetKeysIfMany(limit = MAX_KEYS): boolean {
  if (keyNames.length < limit) return false;
  keyNames = [...trigramNames()];
  keyIds = new Map(keyNames.map((name, id) => [name, id]));
  epoch++;
  return true;
}

export function internKey(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyNames.length;
    keyIds.set(key, id);
    keyNames.push(key);
  }
  return id;
}

// Weights and frequencies are single precision: the engine keeps thousands of articles' vectors in
// memory (a third of the process at 100,000 articles), and cosines need no more than 7 digits.

/** A sparse vector: ascending key ids with their weights. */
export class SparseVector {
  constructor(
    readonly ids: Int32Array,
    readonly weights: Float32Array,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  get(key: string): number | undefined {
    const id = keyIds.get(key);
    return id === undefined ? undefined : this.weightOf(id);
  }

  hasId(id: number): boolean {
    return this.weightOf(id) !== undefined;
  }

  private weightOf(id: number): number | undefined {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.ids[mid] === id) return this.weights[mid];
      if (this.ids[mid] < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

export function keyName(id: number): string {
  return keyNames[id];
}

/** Positions below this fit beside a key id in one exactly represented double (ids stay below 2^31). */
const POSITION_SPAN = 2 ** 21;

/**
 * Keys with their sublinear term frequencies, ascending by key id: the half of a TF-IDF vector that
 * does not depend on the corpus, so it is computed once per article and only reweighed when the
 * corpus statistics change.
 */
export class KeyFrequencies {
  constructor(
    readonly ids: Int32Array,
    readonly tf: Float32Array,
  ) {}

  static of(counts: Record<string, number> | Map<string, number>): KeyFrequencies {
    const keyIdsFound: number[] = [];
    const weights: number[] = [];
    const add = (count: number, key: string): void => {
      if (!(count > 0)) return;
      keyIdsFound.push(internKey(key));
      weights.push(count >= 1 ? 1 + Math.log(count) : count);
    };
    if (counts instanceof Map) counts.forEach(add);
    else for (const key in counts) add(counts[key], key);
    // Sorted as packed numbers (id, then position) in a typed array: a native numeric sort, and no
    // pair objects for the collector (this runs for every article the writer thread sees).
    const n = keyIdsFound.length;
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = keyIdsFound[i] * POSITION_SPAN + i;
    packed.sort();
    const ids = new Int32Array(n);
    const tf = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const position = packed[i] % POSITION_SPAN;
      ids[i] = (packed[i] - position) / POSITION_SPAN;
      tf[i] = weights[position];
    }
    return new KeyFrequencies(ids, tf);
  }

  /** The frequencies of packed grams: trigram codes are their key ids already; whole numbers are interned and follow them. */
  static ofGrams(grams: PackedGrams): KeyFrequencies {
    const numbers = KeyFrequencies.of(grams.numbers);
    const trigrams = grams.codes.length;
    const ids = new Int32Array(trigrams + numbers.ids.length);
    const tf = new Float32Array(ids.length);
    ids.set(grams.codes);
    for (let i = 0; i < trigrams; i++) {
      const count = grams.counts[i];
      tf[i] = count >= 1 ? 1 + Math.log(count) : count;
    }
    // Every other key's id is above the reserved trigrams', so the order holds.
    ids.set(numbers.ids, trigrams);
    tf.set(numbers.tf, trigrams);
    return new KeyFrequencies(ids, tf);
  }

  /** Sublinear TF times IDF, L2-normalised. */
  weigh(idf: (id: number) => number): SparseVector {
    const weights = new Float32Array(this.ids.length);
    let norm = 0;
    for (let i = 0; i < this.ids.length; i++) {
      const weight = this.tf[i] * idf(this.ids[i]);
      weights[i] = weight;
      norm += weight * weight;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < weights.length; i++) weights[i] *= scale;
    return new SparseVector(this.ids, weights);
  }
}

/** Dot product of two unit vectors: their cosine. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      dot += a.weights[i++] * b.weights[j++];
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** The cosine of two unit vectors, leaving out what the given keys add (keys both share but should not). */
export function cosineWithout(a: SparseVector, b: SparseVector, keys: Iterable<string>): number {
  let dot = cosine(a, b);
  for (const key of keys) {
    const x = a.get(key);
    const y = b.get(key);
    if (x !== undefined && y !== undefined) dot -= x * y;
  }
  return Math.max(0, dot);
}

/** Per-key products of two unit vectors, largest first: which keys make the cosine. */
export function cosineParts(a: SparseVector, b: SparseVector, limit: number): Array<{ key: string; weight: number }> {
  const parts: Array<{ key: string; weight: number }> = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) {
      parts.push({ key: keyNames[a.ids[i]], weight: a.weights[i] * b.weights[j] });
      i++;
      j++;
    } else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return parts.sort((x, y) => y.weight - x.weight).slice(0, limit);
}
