import type { EntityType } from '../core/model.js';
import { cognateGrams, textGrams } from './cognate-grams.js';
import { eventDay, publicationDay, type EventDay } from './event-time.js';
import type { CorpusStats } from './corpus-stats.js';
import type { AnalyzedArticle } from './model.js';
import { weightedUnitVector, type SparseVector } from './sparse-vector.js';

/** What comparisons need from one article, weighted by the corpus: computed once per article. */
export interface ArticleProfile {
  tokens: SparseVector;
  terms: SparseVector;
  titleTerms: SparseVector;
  grams: SparseVector;
  headlineGrams: SparseVector;
  leadGrams: SparseVector;
  entities: Record<EntityType | 'all', SparseVector>;
  /** The article's most distinctive pivot concepts (highest TF-IDF), heaviest first. */
  keyConcepts: Array<{ key: string; weight: number }>;
  /** Entity ids weighted by how often the article names them (log) and their rarity: what it is about. */
  entityFocus: SparseVector;
  countries: Set<string>;
  numbers: number[];
  /** Days (`09-27`, year or not), months (`09`) and years mentioned in the text. */
  days: Set<string>;
  months: Set<number>;
  years: Set<number>;
  /** Dated events in the text, and the publication date. */
  eventDays: EventDay[];
  /** Entity ids mentioned, each with its rarity in the corpus: (IDF - 1) / ln(N + 1), 0 for an entity every article names (shrunk to 0.5 in tiny corpora). */
  entityRarity: Map<string, number>;
  /** Entities mentioned at least twice: what the article is about. */
  salientEntities: Set<string>;
  wordCount: number;
  /** Share of the pivot-term mass in dictionary concepts rather than cognate grams (`cg:`): how well the pivot bridges this article to other languages. */
  pivotCoverage: number;
  lang: string;
}

const HEADLINE_WORDS = 20;
const KEY_CONCEPTS = 15;
const LEAD_WORDS = 80;
const SALIENT_MENTIONS = 2;
const RARITY_PRIOR = 0.5;
const RARITY_PRIOR_DOCUMENTS = 50;
const cache = new WeakMap<object, { stats: CorpusStats; generation: number; profile: ArticleProfile }>();

/** The profile of an article, cached per analysis object until the corpus statistics change. */
export function articleProfile(article: AnalyzedArticle, stats: CorpusStats): ArticleProfile {
  const cached = cache.get(article.analysis);
  if (cached && cached.stats === stats && cached.generation === stats.generation) return cached.profile;
  const profile = buildProfile(article, stats);
  cache.set(article.analysis, { stats, generation: stats.generation, profile });
  return profile;
}

function pivotCoverage(terms: Record<string, number>): number {
  let total = 0;
  let concepts = 0;
  for (const key in terms) {
    total += terms[key];
    if (!key.startsWith('cg:')) concepts += terms[key];
  }
  return total > 0 ? concepts / total : 0;
}

function buildProfile(article: AnalyzedArticle, stats: CorpusStats): ArticleProfile {
  const { analysis } = article;
  const termIdf = (key: string) => stats.idf('term', key);
  const gramIdf = (key: string) => stats.idf('gram', key);
  const headline = article.title?.trim() ? article.title : article.text;
  const entityCounts: Record<EntityType | 'all', Record<string, number>> = { person: {}, organisation: {}, place: {}, other: {}, all: {} };
  const mentionWeights: Record<string, number> = {};
  const countries = new Set<string>();
  const entityRarity = new Map<string, number>();
  const salientEntities = new Set<string>();
  const maxRarity = Math.log(stats.weighedDocuments + 1);
  // A tiny corpus (two articles compared alone) cannot tell rare names from common ones: shrink
  // towards an even prior, so rarity-weighted overlap becomes plain overlap there.
  const confidence = stats.weighedDocuments / (stats.weighedDocuments + RARITY_PRIOR_DOCUMENTS);
  for (const entity of analysis.entities) {
    const rarity = maxRarity > 0 ? Math.max(0, stats.idf('entity', entity.id) - 1) / maxRarity : 0;
    entityRarity.set(entity.id, confidence * rarity + (1 - confidence) * RARITY_PRIOR);
    if (entity.mentions.length >= SALIENT_MENTIONS) salientEntities.add(entity.id);
    entityCounts[entity.type][entity.id] = 1;
    entityCounts.all[entity.id] = 1;
    mentionWeights[entity.id] = 1 + Math.log(entity.mentions.length);
    if (entity.type === 'place' && entity.country) countries.add(entity.country);
  }
  const entityIdf = (key: string) => stats.idf('entity', key);
  const entities = {} as Record<EntityType | 'all', SparseVector>;
  for (const type of Object.keys(entityCounts) as Array<EntityType | 'all'>) entities[type] = weightedUnitVector(entityCounts[type], entityIdf);
  const days = new Set<string>();
  const months = new Set<number>();
  const years = new Set<number>();
  const eventDays: EventDay[] = [];
  const published = publicationDay(article.published);
  if (published) eventDays.push(published);
  for (const date of analysis.dates) {
    if (date.year !== undefined) years.add(date.year);
    if (date.month !== undefined) months.add(date.month);
    if (date.month !== undefined && date.day !== undefined) {
      days.add(`${date.month}-${date.day}`);
      // A month alone is most often background ("in March, ..."); a day is an event being reported.
      eventDays.push(eventDay(date.year, date.month, date.day));
    }
  }
  const terms = weightedUnitVector(analysis.terms, termIdf);
  return {
    tokens: weightedUnitVector(analysis.tokens, (key) => stats.idf('token', key)),
    terms,
    keyConcepts: [...terms.entries()].sort((x, y) => y[1] - x[1]).slice(0, KEY_CONCEPTS).map(([key, weight]) => ({ key, weight })),
    titleTerms: weightedUnitVector(analysis.titleTerms, termIdf),
    grams: weightedUnitVector(cognateGrams(analysis.tokens), gramIdf),
    headlineGrams: weightedUnitVector(textGrams(headline, HEADLINE_WORDS), gramIdf),
    leadGrams: weightedUnitVector(textGrams(article.text, LEAD_WORDS), gramIdf),
    entities,
    entityFocus: weightedUnitVector(mentionWeights, entityIdf),
    countries,
    numbers: [...new Set(analysis.numbers.map((fact) => fact.value))],
    days,
    months,
    years,
    eventDays,
    entityRarity,
    salientEntities,
    wordCount: analysis.wordCount,
    pivotCoverage: pivotCoverage(analysis.terms),
    lang: analysis.lang,
  };
}
