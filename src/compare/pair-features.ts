import type { ArticleProfile } from './article-profile.js';
import { closeNumbers } from './close-numbers.js';
import { eventGapDays } from './event-time.js';
import { namesakeIds } from './namesakes.js';
import { cosine, cosineWithout } from './sparse-vector.js';

// Every feature means the same for same-language and cross-language pairs: lexical overlap is
// the best of surface tokens and pivot concepts, names count through language-neutral ids and
// transliterated grams, and `bridge` says how much lexical overlap can be expected at all
// (1 for one language, the pivot's dictionary coverage across languages), so the scorer leans on
// entities, numbers and dates where no dictionary links the two languages.
// Conflicts are evidence only when both sides have something to disagree on: `monthConflict` is 1
// when both articles date events and share no month, 0 when either has none (no evidence).
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
  'monthConflict',
  'yearConflict',
  'rareEntities',
  'unmatchedSalient',
  'entityFocus',
  'keyConcepts',
  'dateGap',
  'numberConflict',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Float64Array;

/** Features that measure word overlap, and so depend on a lexical bridge between the languages. */
export const LEXICAL_FEATURES: readonly FeatureName[] = ['lexical', 'concepts', 'titleConcepts', 'cognates', 'title', 'titleLead', 'leads', 'keyConcepts'];
export const BRIDGE_FEATURE = FEATURE_NAMES.indexOf('bridge');

function overlap<T>(a: Set<T> | T[], b: Set<T>, sizeA: number): number {
  if (sizeA === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / Math.sqrt(sizeA * b.size);
}

function numberOverlap(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.some((y) => closeNumbers(x, y))) shared++;
  return shared / Math.sqrt(a.length * b.length);
}

/**
 * Share of the things both articles count (people, votes, hectares) for which no figure of one is
 * close to a figure of the other: 229 recovered against 459 recovered is another day's update. 0 when
 * they count nothing in common (no evidence).
 */
function numberConflict(a: Map<string, number[]>, b: Map<string, number[]>): number {
  let shared = 0;
  let conflicting = 0;
  for (const [thing, values] of a) {
    const others = b.get(thing);
    if (!others) continue;
    shared++;
    if (!values.some((x) => others.some((y) => closeNumbers(x, y)))) conflicting++;
  }
  return shared > 0 ? conflicting / shared : 0;
}

/** 1 when both sets are non-empty and disjoint. */
function conflict<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  for (const item of a) if (b.has(item)) return 0;
  return 1;
}

/** Overlap of entity ids weighted by rarity: shared rare names count, names every article has do not. */
function rareOverlap(a: Map<string, number>, b: Map<string, number>, namesakes?: Set<string>): number {
  let shared = 0;
  let massA = 0;
  let massB = 0;
  for (const [id, rarity] of a) {
    massA += rarity;
    if (b.has(id) && !namesakes?.has(id)) shared += rarity;
  }
  for (const rarity of b.values()) massB += rarity;
  return massA > 0 && massB > 0 ? Math.min(1, shared / Math.sqrt(massA * massB)) : 0;
}

/** Mean over sides with salient entities of the share the other side never names. */
function unmatchedSalient(a: ArticleProfile, b: ArticleProfile, namesakes?: Set<string>): number {
  const shares: number[] = [];
  for (const [self, other] of [
    [a, b],
    [b, a],
  ] as const) {
    if (self.salientEntities.size === 0 || other.entityRarity.size === 0) continue;
    let missing = 0;
    for (const id of self.salientEntities) if (!other.entityRarity.has(id) || namesakes?.has(id)) missing++;
    shares.push(missing / self.salientEntities.size);
  }
  return shares.length > 0 ? shares.reduce((sum, x) => sum + x, 0) / shares.length : 0;
}

/** Mean over both sides of the weighted share of one side's key concepts that the other side uses at all. */
function keyConceptCoverage(a: ArticleProfile, b: ArticleProfile): number {
  const share = (self: ArticleProfile, other: ArticleProfile): number => {
    let found = 0;
    let total = 0;
    for (const { id, weight } of self.keyConcepts) {
      total += weight;
      if (other.terms.hasId(id)) found += weight;
    }
    return total > 0 ? found / total : 0;
  };
  return (share(a, b) + share(b, a)) / 2;
}

const DATE_GAP_HORIZON_DAYS = 180;

/** Days between the closest dated events, 0 (same day, or either side dates nothing) to 1 (half a year or more), on a log scale. */
function dateGap(a: ArticleProfile, b: ArticleProfile): number {
  const gap = eventGapDays(a, b);
  return gap === undefined ? 0 : Math.min(1, Math.log1p(gap) / Math.log1p(DATE_GAP_HORIZON_DAYS));
}

/** The pair's features, in FEATURE_NAMES order. */
export function pairFeatures(a: ArticleProfile, b: ArticleProfile): FeatureVector {
  const features = new Float64Array(FEATURE_NAMES.length);
  const concepts = cosine(a.terms, b.terms);
  features[0] = Math.max(cosine(a.tokens, b.tokens), concepts);
  features[1] = concepts;
  features[2] = cosine(a.titleTerms, b.titleTerms);
  features[3] = cosine(a.grams, b.grams);
  features[4] = Math.max(cosine(a.headlineGrams, b.headlineGrams), features[2]);
  // Title against the other text, in grams (same script) or pivot concepts (any script).
  const titleText = (cosine(a.titleTerms, b.terms) + cosine(b.titleTerms, a.terms)) / 2;
  features[5] = Math.max((cosine(a.headlineGrams, b.leadGrams) + cosine(b.headlineGrams, a.leadGrams)) / 2, titleText);
  features[6] = cosine(a.leadGrams, b.leadGrams);
  features[7] = a.lang === b.lang ? 1 : Math.min(a.pivotCoverage, b.pivotCoverage);
  // Putin in one article and Biden in the other share a person id but are no shared person.
  const namesakes = namesakeIds(a.persons, b.persons);
  features[8] = namesakes ? cosineWithout(a.entities.person, b.entities.person, namesakes) : cosine(a.entities.person, b.entities.person);
  features[9] = cosine(a.entities.organisation, b.entities.organisation);
  features[10] = cosine(a.entities.place, b.entities.place);
  features[11] = namesakes ? cosineWithout(a.entities.all, b.entities.all, namesakes) : cosine(a.entities.all, b.entities.all);
  features[12] = overlap(a.countries, b.countries, a.countries.size);
  features[13] = numberOverlap(a.numbers, b.numbers);
  features[14] = overlap(a.days, b.days, a.days.size);
  features[15] = overlap(a.months, b.months, a.months.size);
  features[16] = overlap(a.years, b.years, a.years.size);
  const [short, long] = a.wordCount <= b.wordCount ? [a.wordCount, b.wordCount] : [b.wordCount, a.wordCount];
  features[17] = long > 0 ? short / long : 0;
  features[18] = 1 / (1 + Math.log1p(short));
  features[19] = conflict(a.months, b.months);
  features[20] = conflict(a.years, b.years);
  features[21] = rareOverlap(a.entityRarity, b.entityRarity, namesakes);
  features[22] = unmatchedSalient(a, b, namesakes);
  features[23] = namesakes ? cosineWithout(a.entityFocus, b.entityFocus, namesakes) : cosine(a.entityFocus, b.entityFocus);
  features[24] = keyConceptCoverage(a, b);
  features[25] = dateGap(a, b);
  features[26] = numberConflict(a.countedNumbers, b.countedNumbers);
  return features;
}
