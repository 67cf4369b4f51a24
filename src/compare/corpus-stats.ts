import type { ArticleAnalysis } from '../core/model.js';
import { cognateGrams } from './cognate-grams.js';
import type { StatKind } from './model.js';

export interface CorpusStatsJSON {
  version: 1;
  documents: number;
  df: Record<StatKind, Record<string, number>>;
}

const KINDS: StatKind[] = ['entity', 'term', 'token', 'gram'];

/** The distinct keys of each kind one analysis contributes to document frequencies. */
export function statKeys(analysis: ArticleAnalysis): Record<StatKind, string[]> {
  return {
    entity: [...new Set(analysis.entities.map((entity) => entity.id))],
    term: Object.keys(analysis.terms),
    token: Object.keys(analysis.tokens),
    gram: [...cognateGrams(analysis.tokens).keys()],
  };
}

/**
 * Document frequencies of entity ids, pivot concepts, surface tokens and cognate grams.
 * Incremental, so an online store can keep one up to date as articles come and go.
 */
export class CorpusStats {
  private documentCount = 0;
  private readonly df: Record<StatKind, Map<string, number>> = {
    entity: new Map(),
    term: new Map(),
    token: new Map(),
    gram: new Map(),
  };
  /** Bumped on every change, so cached weighted vectors know when to recompute. */
  generation = 0;

  get documents(): number {
    return this.documentCount;
  }

  add(analysis: ArticleAnalysis): void {
    this.apply(analysis, 1);
  }

  remove(analysis: ArticleAnalysis): void {
    this.apply(analysis, -1);
  }

  documentFrequency(kind: StatKind, key: string): number {
    return this.df[kind].get(key) ?? 0;
  }

  /**
   * Smoothed IDF: ln((N + 1) / (df + 1)) + 1. Never below 1, so in a tiny corpus (the five seeds)
   * a key every document shares still counts, and an unseen key counts most.
   */
  idf(kind: StatKind, key: string): number {
    return Math.log((this.documentCount + 1) / (this.documentFrequency(kind, key) + 1)) + 1;
  }

  toJSON(): CorpusStatsJSON {
    const df = {} as Record<StatKind, Record<string, number>>;
    for (const kind of KINDS) df[kind] = Object.fromEntries(this.df[kind]);
    return { version: 1, documents: this.documentCount, df };
  }

  static fromJSON(json: CorpusStatsJSON): CorpusStats {
    const stats = new CorpusStats();
    stats.documentCount = json.documents;
    for (const kind of KINDS) for (const [key, count] of Object.entries(json.df[kind] ?? {})) stats.df[kind].set(key, count);
    return stats;
  }

  static fromAnalyses(analyses: Iterable<ArticleAnalysis>): CorpusStats {
    const stats = new CorpusStats();
    for (const analysis of analyses) stats.add(analysis);
    return stats;
  }

  private apply(analysis: ArticleAnalysis, delta: 1 | -1): void {
    const keys = statKeys(analysis);
    for (const kind of KINDS) {
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
