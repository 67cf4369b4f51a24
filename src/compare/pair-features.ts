import type { ArticleProfile } from './article-profile.js';
import { cosine } from './sparse-vector.js';

// Every feature means the same for same-language and cross-language pairs: lexical overlap is
// the best of surface tokens and pivot concepts, names count through language-neutral ids and
// transliterated grams, and nothing depends on which languages are involved.
export const FEATURE_NAMES = [
  'lexical',
  'cognates',
  'title',
  'titleLead',
  'leads',
  'concepts',
  'people',
  'organisations',
  'places',
  'entities',
  'countries',
  'numbers',
  'days',
  'years',
  'lengthRatio',
  'shortLength',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Float64Array;

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
  const title = Math.max(cosine(a.titleTerms, b.titleTerms), cosine(a.headlineGrams, b.headlineGrams));
  features[0] = Math.max(cosine(a.tokens, b.tokens), cosine(a.terms, b.terms));
  features[1] = cosine(a.grams, b.grams);
  features[2] = title;
  features[3] = (cosine(a.headlineGrams, b.leadGrams) + cosine(b.headlineGrams, a.leadGrams)) / 2;
  features[4] = cosine(a.leadGrams, b.leadGrams);
  features[5] = cosine(a.terms, b.terms);
  features[6] = cosine(a.entities.person, b.entities.person);
  features[7] = cosine(a.entities.organisation, b.entities.organisation);
  features[8] = cosine(a.entities.place, b.entities.place);
  features[9] = cosine(a.entities.all, b.entities.all);
  features[10] = overlap(a.countries, b.countries, a.countries.size);
  features[11] = numberOverlap(a.numbers, b.numbers);
  features[12] = overlap(a.days, b.days, a.days.size);
  features[13] = overlap(a.years, b.years, a.years.size);
  const [short, long] = a.wordCount <= b.wordCount ? [a.wordCount, b.wordCount] : [b.wordCount, a.wordCount];
  features[14] = long > 0 ? short / long : 0;
  features[15] = 1 / (1 + Math.log1p(short));
  return features;
}
