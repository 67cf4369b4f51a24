// Loads the hand-written story fixtures (articles with their analyses) into a real store.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Article, ArticleAnalysis, EntityType, NumberFact } from '../../src/core/model.js';
import type { SqliteStore } from '../../src/store/sqlite-store.js';

export interface FixtureArticle {
  id: string;
  lang: string;
  site: string;
  published: string;
  title: string;
  text: string;
  /** [id, canonical, type, form as written] */
  entities: [string, string, EntityType, string][];
  terms: string[];
  numbers: (Omit<NumberFact, 'start' | 'end'>)[];
  dates: { iso: string; text: string }[];
}

export const FIXTURES = new URL('../fixtures/stories/', import.meta.url).pathname;

export function loadFixture(name: string): { articles: FixtureArticle[]; expected: { stories: string[][] } & Record<string, unknown> } {
  return {
    articles: JSON.parse(readFileSync(`${FIXTURES}${name}/articles.json`, 'utf8')) as FixtureArticle[],
    expected: JSON.parse(readFileSync(`${FIXTURES}${name}/expected.json`, 'utf8')) as { stories: string[][] },
  };
}

function span(text: string, needle: string): { start: number; end: number } {
  const start = Math.max(0, text.indexOf(needle));
  return { start, end: start + needle.length };
}

export function fixtureAnalysis(article: FixtureArticle): ArticleAnalysis {
  const text = `${article.title}\n\n${article.text}`;
  const tokens: Record<string, number> = {};
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 3) tokens[word] = (tokens[word] ?? 0) + 1;
  return {
    analyzerVersion: 'fixture',
    lang: article.lang,
    entities: article.entities.map(([id, canonical, type, form]) => ({
      id,
      canonical,
      type,
      mentions: text.includes(form) ? [{ text: form, ...span(text, form) }] : [],
    })),
    numbers: article.numbers.map((number) => ({ ...number, ...span(text, number.text) })),
    dates: article.dates.map((date) => ({ iso: date.iso, text: date.text, ...span(text, date.text), ...isoParts(date.iso) })),
    terms: Object.fromEntries(article.terms.map((term) => [term, 1])),
    titleTerms: {},
    tokens,
    wordCount: text.split(/\s+/).length,
  };
}

function isoParts(iso: string): { year?: number; month?: number; day?: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

/** Stores the article and its analysis; returns what the story engine is handed. */
export function storeFixture(store: SqliteStore, article: FixtureArticle): { article: Article; analysis: ArticleAnalysis } {
  const hash = createHash('sha256').update(`${article.title}\n${article.text}`).digest('hex');
  store.putArticle({
    id: article.id,
    source: `https://${article.site}/${article.id}`,
    url: `https://${article.site}/${article.id}`,
    site: article.site,
    lang: article.lang,
    title: article.title,
    text: article.text,
    published: article.published,
    contentHash: hash,
    rawHash: hash,
  });
  const analysis = fixtureAnalysis(article);
  store.putAnalysis(article.id, analysis);
  return { article: store.getArticle(article.id)!, analysis };
}

/** A partition as sorted groups of sorted ids, comparable with deepEqual. */
export function canonicalPartition(partition: Map<string, string>): string[][] {
  const groups = new Map<string, string[]>();
  for (const [articleId, storyId] of partition) groups.set(storyId, [...(groups.get(storyId) ?? []), articleId]);
  return [...groups.values()].map((group) => group.sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

export function canonicalGroups(groups: string[][]): string[][] {
  return groups.map((group) => [...group].sort()).sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

/** Reproducible shuffles: mulberry32. */
export function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
