// Public types of the compare stage: pairwise similarity of two analysed articles,
// on the seven SemEval-2022 Task 8 dimensions (1 = very similar ... 4 = very dissimilar).
import type { Lexicon } from '../analyze/pivot/lexicon.js';
import type { ArticleAnalysis, EntityType } from '../core/model.js';

export const DIMENSIONS = ['overall', 'geography', 'entities', 'time', 'narrative', 'style', 'tone'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Each score on the 1-4 scale: 1 = very similar, 4 = very dissimilar. */
export type SimilarityScores = Record<Dimension, number>;

/** An article with its analysis: what compareArticles needs. */
export interface AnalyzedArticle {
  id: string;
  title: string;
  text: string;
  lang: string;
  published?: string;
  analysis: ArticleAnalysis;
}

export interface SharedEntity {
  id: string;
  canonical: string;
  type: EntityType;
  /** Mention texts as written on each side (distinct). */
  formsA: string[];
  formsB: string[];
  /** Informativeness (IDF) of the entity in the corpus. */
  weight: number;
}

export interface NumberEvidence {
  valueA: number;
  valueB: number;
  textA: string;
  textB: string;
  /** What the number counts (pivot concept), when known on either side. */
  counts?: string;
  countsTextA?: string;
  countsTextB?: string;
}

export interface DateEvidence {
  isoA: string;
  isoB: string;
  textA: string;
  textB: string;
}

export interface SharedTerm {
  concept: string;
  wordsA: string[];
  wordsB: string[];
  /** Contribution to the term cosine. */
  weight: number;
}

export interface FeatureContribution {
  feature: string;
  value: number;
  /** Change of the overall score this feature causes versus its training mean (negative = more similar). */
  contribution: number;
}

export interface PairExplanation {
  sharedEntities: SharedEntity[];
  /** Same value on both sides (or close, for approximate numbers). */
  sharedNumbers: NumberEvidence[];
  /** Same counted thing, different values. */
  conflictingNumbers: NumberEvidence[];
  sharedDates: DateEvidence[];
  /** Dates of the same granularity that disagree (different day in the same month, different year...). */
  conflictingDates: DateEvidence[];
  sharedTerms: SharedTerm[];
  /** Shared countries (ISO 3166), containment included (a city counts for its country). */
  sharedCountries: string[];
  features: FeatureContribution[];
}

export interface CompareOptions {
  /** Build the explanation (default true). Scoring only is faster. */
  explain?: boolean;
  /** Maximum items per explanation list (default 10). */
  maxItems?: number;
  /** Pivot lexicon, to list which words on each side make a shared term (else read from concept ids). */
  lexicon?: Lexicon;
}

export interface PairComparison {
  scores: SimilarityScores;
  /** Calibrated decision that both articles report the same event. */
  sameStory: boolean;
  sameStoryProbability: number;
  explanation: PairExplanation;
}

/** Kinds of keys CorpusStats counts document frequencies for. */
export const STAT_KINDS = ['entity', 'term', 'token', 'gram'] as const;
export type StatKind = (typeof STAT_KINDS)[number];
