import type { ArticleAnalysis, EntityType } from '../core/model.js';
import { countedSubjects } from './close-numbers.js';
import { adoptCognateGrams, cognateGrams, textGrams, type PackedGrams } from './cognate-grams.js';
import { eventDay, publicationDay, type EventDay } from './event-time.js';
import type { CorpusStats } from './corpus-stats.js';
import type { AnalyzedArticle } from './model.js';
import { KeyFrequencies, keyEpoch, type SparseVector } from './sparse-vector.js';

/** What comparisons need from one article, weighted by the corpus: computed once per article. */
export interface ArticleProfile {
  tokens: SparseVector;
  terms: SparseVector;
  titleTerms: SparseVector;
  grams: SparseVector;
  headlineGrams: SparseVector;
  leadGrams: SparseVector;
  entities: Record<EntityType | 'all', SparseVector>;
  /** The article's most distinctive pivot concepts (highest TF-IDF; interned key ids), heaviest first. */
  keyConcepts: Array<{ id: number; weight: number }>;
  /** Entity ids weighted by how often the article names them (log) and their rarity: what it is about. */
  entityFocus: SparseVector;
  countries: Set<string>;
  numbers: number[];
  /** Values of the numbers written next to what they count, by that thing's pivot concept (and unit): `en:peopl` -> [98000]. */
  countedNumbers: Map<string, number[]>;
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
  /** Person ids with the name written (see namesakes: one id may stand for two people across articles). */
  persons: Map<string, string>;
  wordCount: number;
  /** Share of the pivot-term mass in English pivot concepts (`en:`) rather than cognate grams (`cg:`) or unknown words of the article's language: how well the pivot bridges this article to other languages. */
  pivotCoverage: number;
  lang: string;
}

const HEADLINE_WORDS = 20;
const KEY_CONCEPTS = 15;
const LEAD_WORDS = 80;
const SALIENT_MENTIONS = 2;
const RARITY_PRIOR = 0.5;
const RARITY_PRIOR_DOCUMENTS = 50;
const cache = new WeakMap<object, { stats: CorpusStats; generation: number; epoch: number; profile: ArticleProfile }>();
const counted = new WeakMap<object, ArticleCounts>();

/** An article's grams, counted where the article was analysed (a worker thread) so the comparing thread need not. */
export interface ArticleGrams {
  tokens: PackedGrams;
  headline: PackedGrams;
  lead: PackedGrams;
}

const adoptedTextGrams = new WeakMap<object, Pick<ArticleGrams, 'headline' | 'lead'>>();

/** Counts the article's grams (see `adoptArticleGrams`). */
export function countArticleGrams(article: Pick<AnalyzedArticle, 'title' | 'text' | 'analysis'>): ArticleGrams {
  const headline = article.title?.trim() ? article.title : article.text;
  return { tokens: cognateGrams(article.analysis.tokens), headline: textGrams(headline, HEADLINE_WORDS), lead: textGrams(article.text, LEAD_WORDS) };
}

/** Takes grams counted by `countArticleGrams` elsewhere as those of this analysis (of the same title and text). */
export function adoptArticleGrams(analysis: ArticleAnalysis, grams: ArticleGrams): void {
  adoptCognateGrams(analysis.tokens, grams.tokens);
  adoptedTextGrams.set(analysis, { headline: grams.headline, lead: grams.lead });
}

function headlineGrams(article: AnalyzedArticle, analysis: ArticleAnalysis): PackedGrams {
  const adopted = adoptedTextGrams.get(analysis);
  if (adopted) return adopted.headline;
  return textGrams(article.title?.trim() ? article.title : article.text, HEADLINE_WORDS);
}

function leadGrams(article: AnalyzedArticle, analysis: ArticleAnalysis): PackedGrams {
  return adoptedTextGrams.get(analysis)?.lead ?? textGrams(article.text, LEAD_WORDS);
}

/** Analyses emptied by `compactArticle`: their counts cannot be recounted from them. */
const compacted = new WeakSet<object>();

/** The profile of an article, cached per analysis object until the corpus statistics change. */
export function articleProfile(article: AnalyzedArticle, stats: CorpusStats): ArticleProfile {
  const cached = cache.get(article.analysis);
  const epoch = keyEpoch();
  if (cached && cached.stats === stats && cached.generation === stats.generation && cached.epoch === epoch) return cached.profile;
  const counts = currentCounts(article);
  if (!counts) throw new Error(`article ${article.id} was compacted under another key table: load it again to compare it`);
  const profile = weighProfile(counts, stats);
  cache.set(article.analysis, { stats, generation: stats.generation, epoch, profile });
  return profile;
}

/** The article's counts under the current key table, counted now if need be; undefined for a compact article counted under an older one. */
function currentCounts(article: AnalyzedArticle): ArticleCounts | undefined {
  const counts = counted.get(article.analysis);
  if (counts && counts.epoch === keyEpoch()) return counts;
  if (compacted.has(article.analysis)) return undefined;
  const fresh = articleCounts(article);
  counted.set(article.analysis, fresh);
  return fresh;
}

/** Lets another analysis object of the same article use these counts and the profile weighed from them. */
function shareCounts(from: ArticleAnalysis, to: ArticleAnalysis, counts: ArticleCounts): void {
  counted.set(to, counts);
  const profiled = cache.get(from);
  if (profiled) cache.set(to, profiled);
}

/**
 * The same article holding only what comparisons need (its counts and profile), not its text and
 * analysis: about 18 KB instead of about 64 KB, so a clustering engine can keep thousands. Valid until
 * the key table starts afresh (`forgetKeysIfMany`); explanations need the full article.
 */
export function compactArticle(article: AnalyzedArticle): AnalyzedArticle {
  const counts = currentCounts(article);
  if (!counts) return article;
  const { analysis } = article;
  const stub: ArticleAnalysis = { analyzerVersion: analysis.analyzerVersion, lang: analysis.lang, entities: [], numbers: [], dates: [], terms: {}, titleTerms: {}, tokens: {}, wordCount: analysis.wordCount };
  compacted.add(stub);
  shareCounts(analysis, stub, counts);
  return { id: article.id, title: '', text: '', lang: article.lang, ...(article.published ? { published: article.published } : {}), analysis: stub };
}

/** The whole article again (read back for an explanation), reusing the counts and profile of its compact form. */
export function rejoinCompact(whole: AnalyzedArticle, compact: AnalyzedArticle): AnalyzedArticle {
  const counts = counted.get(compact.analysis);
  if (counts && counts.epoch === keyEpoch() && !counted.has(whole.analysis)) shareCounts(compact.analysis, whole.analysis, counts);
  return whole;
}

/** The parts of a profile that do not depend on the corpus, taken over as they are. */
type ArticleFacts = Pick<
  ArticleProfile,
  'countries' | 'numbers' | 'countedNumbers' | 'days' | 'months' | 'years' | 'eventDays' | 'salientEntities' | 'persons' | 'wordCount' | 'pivotCoverage' | 'lang'
>;

/** Everything in a profile that does not depend on the corpus: counted once per article, reweighed when the statistics change. */
interface ArticleCounts {
  /** The key table the ids below belong to. */
  epoch: number;
  tokens: KeyFrequencies;
  terms: KeyFrequencies;
  titleTerms: KeyFrequencies;
  grams: KeyFrequencies;
  headlineGrams: KeyFrequencies;
  leadGrams: KeyFrequencies;
  entities: Record<EntityType | 'all', KeyFrequencies>;
  entityFocus: KeyFrequencies;
  entityIds: string[];
  facts: ArticleFacts;
}

function pivotCoverage(terms: Record<string, number>): number {
  let total = 0;
  let concepts = 0;
  for (const key in terms) {
    total += terms[key];
    if (key.startsWith('en:')) concepts += terms[key];
  }
  return total > 0 ? concepts / total : 0;
}

function countedNumbers(analysis: ArticleAnalysis): Map<string, number[]> {
  const counted = new Map<string, number[]>();
  for (const fact of analysis.numbers) {
    for (const key of countedSubjects(fact)) {
      const values = counted.get(key);
      if (!values) counted.set(key, [fact.value]);
      else if (!values.includes(fact.value)) values.push(fact.value);
    }
  }
  return counted;
}

function articleCounts(article: AnalyzedArticle): ArticleCounts {
  const { analysis } = article;
  const entityCounts: Record<EntityType | 'all', Record<string, number>> = { person: {}, organisation: {}, place: {}, other: {}, all: {} };
  const mentionWeights: Record<string, number> = {};
  const countries = new Set<string>();
  const salientEntities = new Set<string>();
  const persons = new Map<string, string>();
  for (const entity of analysis.entities) {
    if (entity.type === 'person') persons.set(entity.id, entity.canonical);
    if (entity.mentions.length >= SALIENT_MENTIONS) salientEntities.add(entity.id);
    entityCounts[entity.type][entity.id] = 1;
    entityCounts.all[entity.id] = 1;
    mentionWeights[entity.id] = 1 + Math.log(entity.mentions.length);
    if (entity.type === 'place' && entity.country) countries.add(entity.country);
  }
  const entities = {} as Record<EntityType | 'all', KeyFrequencies>;
  for (const type of Object.keys(entityCounts) as Array<EntityType | 'all'>) entities[type] = KeyFrequencies.of(entityCounts[type]);
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
  return {
    epoch: keyEpoch(),
    tokens: KeyFrequencies.of(analysis.tokens),
    terms: KeyFrequencies.of(analysis.terms),
    titleTerms: KeyFrequencies.of(analysis.titleTerms),
    grams: KeyFrequencies.ofGrams(cognateGrams(analysis.tokens)),
    headlineGrams: KeyFrequencies.ofGrams(headlineGrams(article, analysis)),
    leadGrams: KeyFrequencies.ofGrams(leadGrams(article, analysis)),
    entities,
    entityFocus: KeyFrequencies.of(mentionWeights),
    entityIds: analysis.entities.map((entity) => entity.id),
    facts: {
      countries,
      numbers: [...new Set(analysis.numbers.map((fact) => fact.value))],
      countedNumbers: countedNumbers(analysis),
      days,
      months,
      years,
      eventDays,
      salientEntities,
      persons,
      wordCount: analysis.wordCount,
      pivotCoverage: pivotCoverage(analysis.terms),
      lang: analysis.lang,
    },
  };
}

/** The `limit` heaviest keys of a vector, heaviest first (ties: the earlier key id first, as a stable sort gives). */
function heaviest(vector: SparseVector, limit: number): Array<{ id: number; weight: number }> {
  const top: number[] = [];
  const { weights } = vector;
  for (let i = 0; i < weights.length; i++) {
    if (top.length === limit && weights[i] <= weights[top[limit - 1]]) continue;
    let at = top.length;
    while (at > 0 && weights[top[at - 1]] < weights[i]) at--;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return top.map((i) => ({ id: vector.ids[i], weight: weights[i] }));
}

function weighProfile(counts: ArticleCounts, stats: CorpusStats): ArticleProfile {
  const termIdf = (id: number) => stats.idfOfKeyId('term', id);
  const gramIdf = (id: number) => stats.idfOfKeyId('gram', id);
  const entityIdf = (id: number) => stats.idfOfKeyId('entity', id);
  const entityRarity = new Map<string, number>();
  const maxRarity = Math.log(stats.weighedDocuments + 1);
  // A tiny corpus (two articles compared alone) cannot tell rare names from common ones: shrink
  // towards an even prior, so rarity-weighted overlap becomes plain overlap there.
  const confidence = stats.weighedDocuments / (stats.weighedDocuments + RARITY_PRIOR_DOCUMENTS);
  for (const id of counts.entityIds) {
    const rarity = maxRarity > 0 ? Math.max(0, stats.idf('entity', id) - 1) / maxRarity : 0;
    entityRarity.set(id, confidence * rarity + (1 - confidence) * RARITY_PRIOR);
  }
  const entities = {} as Record<EntityType | 'all', SparseVector>;
  for (const type of Object.keys(counts.entities) as Array<EntityType | 'all'>) entities[type] = counts.entities[type].weigh(entityIdf);
  const terms = counts.terms.weigh(termIdf);
  return {
    ...counts.facts,
    tokens: counts.tokens.weigh((id) => stats.idfOfKeyId('token', id)),
    terms,
    keyConcepts: heaviest(terms, KEY_CONCEPTS),
    titleTerms: counts.titleTerms.weigh(termIdf),
    grams: counts.grams.weigh(gramIdf),
    headlineGrams: counts.headlineGrams.weigh(gramIdf),
    leadGrams: counts.leadGrams.weigh(gramIdf),
    entities,
    entityFocus: counts.entityFocus.weigh(entityIdf),
    entityRarity,
  };
}
