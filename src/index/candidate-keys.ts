import type { ArticleAnalysis } from '../core/model.js';

export const MAX_TERM_KEYS = 24;
export const MAX_TOKEN_KEYS = 16;
const MIN_TOKEN_LENGTH = 4;

const adoptedKeys = new WeakMap<ArticleAnalysis, string[]>();

/** Takes keys that `candidateKeys` gave for this analysis elsewhere (a worker thread). */
export function adoptCandidateKeys(analysis: ArticleAnalysis, keys: string[]): void {
  adoptedKeys.set(analysis, keys);
}

/**
 * The retrieval keys of one article: every resolved entity, its heaviest pivot concepts and
 * its most frequent longer tokens. Chosen from the article alone (never from corpus state),
 * so whether two articles share a key does not depend on the order they arrived in.
 */
export function candidateKeys(analysis: ArticleAnalysis): string[] {
  const adopted = adoptedKeys.get(analysis);
  if (adopted) return adopted;
  const keys = new Set<string>();
  for (const entity of analysis.entities) keys.add(`e:${entity.id}`);
  const terms = new Map<string, number>();
  for (const [term, weight] of Object.entries(analysis.terms)) terms.set(term, weight);
  for (const [term, weight] of Object.entries(analysis.titleTerms)) terms.set(term, (terms.get(term) ?? 0) + 2 * weight);
  for (const term of topKeys(terms, MAX_TERM_KEYS)) keys.add(`t:${term}`);
  const tokens = new Map<string, number>();
  for (const [token, count] of Object.entries(analysis.tokens)) {
    if ([...token].length >= MIN_TOKEN_LENGTH && !/^\d+$/.test(token)) tokens.set(token, count);
  }
  for (const token of topKeys(tokens, MAX_TOKEN_KEYS)) keys.add(`w:${token}`);
  return [...keys];
}

function topKeys(weights: Map<string, number>, limit: number): string[] {
  return [...weights]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .slice(0, limit)
    .map(([key]) => key);
}

const DAY_MS = 86_400_000;

/** The day number an article is placed at: its publication date, else when it was ingested. */
export function articleDay(article: { published?: string; ingestedAt?: string }): number {
  for (const value of [article.published, article.ingestedAt]) {
    if (!value) continue;
    const time = Date.parse(value);
    if (Number.isFinite(time)) return Math.floor(time / DAY_MS);
  }
  return Math.floor(Date.now() / DAY_MS);
}
