import type { ArticleProfile } from './article-profile.js';
import { cosine } from './sparse-vector.js';

// Every feature means the same for same-language and cross-language pairs: lexical overlap is
// the best of surface tokens and pivot concepts, names count through language-neutral ids and
// transliterated grams, and `bridge` says how much lexical overlap can be expected at all
// (1 for one language, the pivot's dictionary coverage across languages), so the scorer leans on
// entities, numbers and dates where no dictionary links the two languages.
export const FEATURE_NAMES = [
  'lexical',
  'concepts',
  'titleConcepts',
  'cognates',
  'title',
  'titleLead',
  'leads',
  'bridge',
  'people',
  'organisations',
  'places',
  'entities',
  'countries',
  'numbers',
  'days',
  'months',
  'years',
  'lengthRatio',
  'shortLength',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Float64Array;

/** Features that measure word overlap, and so depend on a lexical bridge between the languages. */
export const LEXICAL_FEATURES: readonly FeatureName[] = ['lexical', 'concepts', 'titleConcepts', 'cognates', 'title', 'titleLead', 'leads'];
export const BRIDGE_FEATURE = FEATURE_NAMES.indexOf('bridge');

function overlap<T>(a: Set<T> | T[], b: Set<T>, sizeA: number): number {
  if (sizeA === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / Math.sqrt(sizeA * b.size);
}

const NUMBER_TOLERANCE = 0.02;

function numberOverlap(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.some((y) => Math.abs(x - y) <= NUMBER_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)))) shared++;
  return shared / Math.sqrt(a.length * b.length);
}

/** The pair's features, in FEATURE_NAMES order. */
export function pairFeatures(a: ArticleProfile, b: ArticleProfile): FeatureVector {
  const features = new Float64Array(FEATURE_NAMES.length);
  const concepts = cosine(a.terms, b.terms);
  features[0] = Math.max(cosine(a.tokens, b.tokens), concepts);
  features[1] = concepts;
  features[2] = cosine(a.titleTerms, b.titleTerms);
  features[3] = cosine(a.grams, b.grams);
  features[4] = cosine(a.headlineGrams, b.headlineGrams);
  features[5] = (cosine(a.headlineGrams, b.leadGrams) + cosine(b.headlineGrams, a.leadGrams)) / 2;
  features[6] = cosine(a.leadGrams, b.leadGrams);
  features[7] = a.lang === b.lang ? 1 : Math.min(a.pivotCoverage, b.pivotCoverage);
  features[8] = cosine(a.entities.person, b.entities.person);
  features[9] = cosine(a.entities.organisation, b.entities.organisation);
  features[10] = cosine(a.entities.place, b.entities.place);
  features[11] = cosine(a.entities.all, b.entities.all);
  features[12] = overlap(a.countries, b.countries, a.countries.size);
  features[13] = numberOverlap(a.numbers, b.numbers);
  features[14] = overlap(a.days, b.days, a.days.size);
  features[15] = overlap(a.months, b.months, a.months.size);
  features[16] = overlap(a.years, b.years, a.years.size);
  const [short, long] = a.wordCount <= b.wordCount ? [a.wordCount, b.wordCount] : [b.wordCount, a.wordCount];
  features[17] = long > 0 ? short / long : 0;
  features[18] = 1 / (1 + Math.log1p(short));
  return features;
}
