import type { ArticleAnalysis } from '../core/model.js';
import { cognateGrams, gramNames } from './cognate-grams.js';
import { KeyIdMemo } from './key-id-memo.js';
import { STAT_KINDS, type StatKind } from './model.js';
import { defaultReferenceCorpus, type ReferenceCorpus } from './reference-corpus.js';
import { keyEpoch, keyName } from './sparse-vector.js';

export interface CorpusStatsJSON {
  version: 1;
  documents: number;
  df: Record<StatKind, Record<string, number>>;
}

export interface CorpusStatsOptions {
  /** Defaults to the committed reference corpus; null for none. */
  reference?: ReferenceCorpus | null;
}

/** The distinct keys of each kind one analysis contributes to document frequencies. */
export function statKeys(analysis: ArticleAnalysis): Record<StatKind, string[]> {
  return {
    entity: [...new Set(analysis.entities.map((entity) => entity.id))],
    term: Object.keys(analysis.terms),
    token: Object.keys(analysis.tokens),
    gram: gramNames(cognateGrams(analysis.tokens)),
  };
}

/**
 * Document frequencies of entity ids, pivot concepts, surface tokens and cognate grams.
 * Incremental, so an online store can keep one up to date as articles come and go.
 */
export class CorpusStats {
  private documentCount = 0;
  /**
   * Frozen document frequencies of a reference news corpus, counted as if its documents were in
   * this one: a store of five articles (or `compare a b` alone) then weighs words and names the way
   * the scorer was trained to, instead of finding every shared word equally informative.
   */
  private readonly reference?: ReferenceCorpus;
  private readonly df: Record<StatKind, Map<string, number>> = {
    entity: new Map(),
    term: new Map(),
    token: new Map(),
    gram: new Map(),
  };
  /** Bumped on every change, so cached weighted vectors know when to recompute. */
  generation = 0;
  /** IDF by interned key id, valid for one generation: an online store reweighs the same keys many times between changes. */
  private readonly idfCache: Record<StatKind, KeyIdMemo> = { entity: new KeyIdMemo(), term: new KeyIdMemo(), token: new KeyIdMemo(), gram: new KeyIdMemo() };
  private idfCacheGeneration = -1;
  private idfCacheEpoch = -1;

  /** `reference: null` leaves the reference corpus out (training, where the corpus is large already). */
  constructor(options: CorpusStatsOptions = {}) {
    this.reference = options.reference === undefined ? defaultReferenceCorpus() : (options.reference ?? undefined);
  }

  /** Documents added to this corpus (the reference corpus not included). */
  get documents(): number {
    return this.documentCount;
  }

  /** Documents that IDF is computed over: this corpus and the reference corpus. */
  get weighedDocuments(): number {
    return this.documentCount + (this.reference?.documents ?? 0);
  }

  add(analysis: ArticleAnalysis): void {
    this.apply(analysis, 1);
  }

  remove(analysis: ArticleAnalysis): void {
    this.apply(analysis, -1);
  }

  /** Documents of this corpus holding the key (the reference corpus not included). */
  documentFrequency(kind: StatKind, key: string): number {
    return this.df[kind].get(key) ?? 0;
  }

  /**
   * Smoothed IDF over this corpus and the reference corpus: ln((N + 1) / (df + 1)) + 1. Never
   * below 1, so a key every document shares still counts, and an unseen key counts most.
   */
  idf(kind: StatKind, key: string): number {
    const df = this.documentFrequency(kind, key) + (this.reference?.df[kind].get(key) ?? 0);
    return Math.log((this.weighedDocuments + 1) / (df + 1)) + 1;
  }

  /** `idf` of an interned key id (see sparse-vector), memoised until the statistics change. */
  idfOfKeyId(kind: StatKind, id: number): number {
    if (this.idfCacheGeneration !== this.generation || this.idfCacheEpoch !== keyEpoch()) {
      for (const memo of Object.values(this.idfCache)) memo.reset();
      this.idfCacheGeneration = this.generation;
      this.idfCacheEpoch = keyEpoch();
    }
    const memo = this.idfCache[kind];
    let value = memo.get(id);
    if (value === undefined) {
      value = this.idf(kind, keyName(id));
      memo.set(id, value);
    }
    return value;
  }

  /** Adds another corpus's own documents (not its reference corpus) to this one. */
  absorb(other: CorpusStats): void {
    for (const kind of STAT_KINDS) {
      const map = this.df[kind];
      for (const [key, count] of other.df[kind]) map.set(key, (map.get(key) ?? 0) + count);
    }
    this.documentCount += other.documentCount;
    this.generation++;
  }

  /** This corpus's own counts (the reference corpus is not part of a snapshot). */
  toJSON(): CorpusStatsJSON {
    const df = {} as Record<StatKind, Record<string, number>>;
    for (const kind of STAT_KINDS) df[kind] = Object.fromEntries(this.df[kind]);
    return { version: 1, documents: this.documentCount, df };
  }

  /**
   * `JSON.stringify(this.toJSON())`, written from the maps in chunks: a large store's statistics hold
   * hundreds of thousands of keys, and the object `toJSON` builds first cost about 65 MiB of heap
   * for 450,000 of them, at every checkpoint.
   */
  serialize(): string {
    const kinds: string[] = [];
    for (const kind of STAT_KINDS) {
      const chunks: string[] = [];
      let chunk: string[] = [];
      for (const [key, count] of this.df[kind]) {
        chunk.push(`${JSON.stringify(key)}:${count}`);
        if (chunk.length === 4096) {
          chunks.push(chunk.join(','));
          chunk = [];
        }
      }
      if (chunk.length > 0) chunks.push(chunk.join(','));
      kinds.push(`${JSON.stringify(kind)}:{${chunks.join(',')}}`);
    }
    return `{"version":1,"documents":${this.documentCount},"df":{${kinds.join(',')}}}`;
  }

  static fromJSON(json: CorpusStatsJSON, options: CorpusStatsOptions = {}): CorpusStats {
    const stats = new CorpusStats(options);
    stats.documentCount = json.documents;
    for (const kind of STAT_KINDS) for (const [key, count] of Object.entries(json.df[kind] ?? {})) stats.df[kind].set(key, count);
    return stats;
  }

  static fromAnalyses(analyses: Iterable<ArticleAnalysis>, options: CorpusStatsOptions = {}): CorpusStats {
    const stats = new CorpusStats(options);
    for (const analysis of analyses) stats.add(analysis);
    return stats;
  }

  private apply(analysis: ArticleAnalysis, delta: 1 | -1): void {
    const keys = statKeys(analysis);
    for (const kind of STAT_KINDS) {
      const map = this.df[kind];
      for (const key of keys[kind]) {
        const next = (map.get(key) ?? 0) + delta;
        if (next > 0) map.set(key, next);
        else map.delete(key);
      }
    }
    this.documentCount = Math.max(0, this.documentCount + delta);
    this.generation++;
  }
}
