import { tokenize } from '../analyze/text/tokenize.js';
import { analysedText } from '../analyze/analyzer.js';
import type { Lexicon } from '../analyze/pivot/lexicon.js';
import type { DateFact, NumberFact, ResolvedEntity } from '../core/model.js';
import type { ArticleProfile } from './article-profile.js';
import { namesakeIds } from './namesakes.js';
import { adoptedConceptWords, conceptWords, WORDS_PER_CONCEPT } from '../analyze/pivot/concept-words.js';
import { closeNumbers, countedConcepts, distinctiveFigure, sameCountedThing } from './close-numbers.js';
import { preferredName } from '../core/preferred-name.js';
import type { AnalyzedArticle, DateEvidence, NumberEvidence, PairExplanation, SharedEntity, SharedTerm } from './model.js';
import { FEATURE_NAMES, type FeatureVector } from './pair-features.js';
import { cosineParts } from './sparse-vector.js';

export interface ExplainOptions {
  maxItems: number;
  /** Maps words to pivot concepts, to show which words on each side make a shared term. */
  lexicon?: Lexicon;
}

function distinctForms(entity: ResolvedEntity): string[] {
  return [...new Set(entity.mentions.map((mention) => mention.text))];
}

function sharedEntities(a: AnalyzedArticle, b: AnalyzedArticle, profileA: ArticleProfile, profileB: ArticleProfile, limit: number): SharedEntity[] {
  const byIdB = new Map(b.analysis.entities.map((entity) => [entity.id, entity]));
  const namesakes = namesakeIds(profileA.persons, profileB.persons);
  const shared: SharedEntity[] = [];
  for (const entity of a.analysis.entities) {
    const other = byIdB.get(entity.id);
    if (!other || namesakes?.has(entity.id)) continue;
    const weight = profileA.entities.all.get(entity.id) ?? 0;
    const canonical = preferredName(new Map([[entity.canonical, 1], [other.canonical, 1]])) ?? entity.canonical;
    shared.push({ id: entity.id, canonical, type: entity.type, formsA: distinctForms(entity), formsB: distinctForms(other), weight });
  }
  return shared.sort((x, y) => y.weight - x.weight).slice(0, limit);
}

/** The first sense of x's counted word that y's shares. */
function sharedConcept(x: NumberFact, y: NumberFact): string | undefined {
  const ys = countedConcepts(y);
  return countedConcepts(x).find((concept) => ys.includes(concept));
}

function numberEvidence(x: NumberFact, y: NumberFact): NumberEvidence {
  // Only a counted thing both sides name (or one names) labels the pair.
  const counts = x.counts && y.counts ? sharedConcept(x, y) : (x.counts ?? y.counts);
  return { valueA: x.value, valueB: y.value, textA: x.text, textB: y.text, counts, countsTextA: x.countsText, countsTextB: y.countsText };
}

function compareNumbers(a: NumberFact[], b: NumberFact[], limit: number): { shared: NumberEvidence[]; conflicting: NumberEvidence[] } {
  const shared: NumberEvidence[] = [];
  const conflicting: NumberEvidence[] = [];
  const seen = new Set<string>();
  for (const x of a) {
    const match =
      b.find((y) => closeNumbers(x.value, y.value) && sameCountedThing(x, y)) ??
      (distinctiveFigure(x.value) ? b.find((y) => closeNumbers(x.value, y.value)) : undefined);
    if (match) {
      if (!seen.has(`s${x.value}`)) shared.push(numberEvidence(x, match));
      seen.add(`s${x.value}`);
      continue;
    }
    if (!x.counts) continue;
    const rival = b.find((y) => y.counts !== undefined && sameCountedThing(x, y) && !closeNumbers(x.value, y.value) && !a.some((z) => closeNumbers(z.value, y.value)));
    const key = `c${x.counts}:${x.value}`;
    if (rival && !seen.has(key)) {
      conflicting.push(numberEvidence(x, rival));
      seen.add(key);
    }
  }
  return { shared: shared.slice(0, limit), conflicting: conflicting.slice(0, limit) };
}

function dateEvidence(x: DateFact, y: DateFact): DateEvidence {
  return { isoA: x.iso, isoB: y.iso, textA: x.text, textB: y.text };
}

function granularity(date: DateFact): number {
  return (date.year !== undefined ? 1 : 0) + (date.month !== undefined ? 2 : 0) + (date.day !== undefined ? 4 : 0);
}

function compareDates(a: DateFact[], b: DateFact[], limit: number): { shared: DateEvidence[]; conflicting: DateEvidence[] } {
  const shared: DateEvidence[] = [];
  const conflicting: DateEvidence[] = [];
  const sharedIso = new Set<string>();
  for (const x of a) {
    const match = b.find((y) => y.iso === x.iso);
    if (match && !sharedIso.has(x.iso)) {
      shared.push(dateEvidence(x, match));
      sharedIso.add(x.iso);
    }
  }
  // A day-precise date on one side that the other side gives as a different day of the same month.
  const conflictSeen = new Set<string>();
  for (const x of a) {
    if (sharedIso.has(x.iso) || granularity(x) !== 7) continue;
    const rival = b.find((y) => granularity(y) === 7 && y.year === x.year && y.month === x.month && y.day !== x.day && !a.some((z) => z.iso === y.iso));
    const key = `${x.iso}|${rival?.iso}`;
    if (rival && !conflictSeen.has(key) && !b.some((y) => y.iso === x.iso)) {
      conflicting.push(dateEvidence(x, rival));
      conflictSeen.add(key);
    }
  }
  // Both sides date events and never in the same month (the `monthConflict` feature): show one of each.
  const dated = (dates: DateFact[]) => dates.filter((date) => date.month !== undefined);
  const monthsB = new Set(dated(b).map((date) => date.month));
  const datedA = dated(a);
  if (conflicting.length === 0 && datedA.length > 0 && monthsB.size > 0 && !datedA.some((date) => monthsB.has(date.month))) {
    conflicting.push(dateEvidence(datedA[0], dated(b)[0]));
  }
  return { shared: shared.slice(0, limit), conflicting: conflicting.slice(0, limit) };
}

/** Words of an article that map to each of the given concepts. */
function wordsOfConcepts(article: AnalyzedArticle, concepts: Set<string>, lexicon?: Lexicon): Map<string, Iterable<string>> {
  const all = lexicon ? conceptWords(analysedText(article), article.analysis, lexicon) : adoptedConceptWords(article.analysis);
  if (!all) return wordsSpelledLikeConcepts(article, concepts);
  const words = new Map<string, Iterable<string>>();
  for (const concept of concepts) {
    const found = all.get(concept);
    if (found) words.set(concept, found);
  }
  return words;
}

/** Without a lexicon, concept ids built from a word (`w:stem`, `en:people`) still name it after the prefix. */
function wordsSpelledLikeConcepts(article: AnalyzedArticle, concepts: Set<string>): Map<string, Set<string>> {
  const byStem = new Map<string, string[]>();
  for (const concept of concepts) {
    for (const stem of new Set([concept.slice(concept.indexOf(':') + 1), concept])) {
      const list = byStem.get(stem);
      if (list) list.push(concept);
      else byStem.set(stem, [concept]);
    }
  }
  const words = new Map<string, Set<string>>();
  for (const token of tokenize(analysedText(article), article.lang)) {
    if (token.stop) continue;
    for (const concept of byStem.get(token.stem) ?? []) {
      let set = words.get(concept);
      if (!set) words.set(concept, (set = new Set()));
      set.add(token.text);
    }
  }
  return words;
}

function sharedTerms(a: AnalyzedArticle, b: AnalyzedArticle, profileA: ArticleProfile, profileB: ArticleProfile, limit: number, lexicon?: Lexicon): SharedTerm[] {
  // Cognate ids of one word (`cg:kaza`, `cg:azak`..., `sk:ksk`) are shown once, as the word pair they come from.
  const parts = cosineParts(profileA.terms, profileB.terms, limit * 8);
  const concepts = new Set(parts.map((part) => part.key));
  const wordsA = wordsOfConcepts(a, concepts, lexicon);
  const wordsB = wordsOfConcepts(b, concepts, lexicon);
  const bySignature = new Map<string, SharedTerm>();
  for (const part of parts) {
    const termA = [...(wordsA.get(part.key) ?? [])].slice(0, WORDS_PER_CONCEPT);
    const termB = [...(wordsB.get(part.key) ?? [])].slice(0, WORDS_PER_CONCEPT);
    const signature = part.key.startsWith('cg:') || part.key.startsWith('sk:') ? `cg|${termA.join(',')}|${termB.join(',')}` : part.key;
    const known = bySignature.get(signature);
    if (known) known.weight += part.weight;
    else bySignature.set(signature, { concept: part.key, wordsA: termA, wordsB: termB, weight: part.weight });
  }
  return [...bySignature.values()].sort((x, y) => y.weight - x.weight).slice(0, limit);
}

/** The evidence behind a comparison: what both articles share, where they differ, and what moved the score. */
export function explainPair(
  a: AnalyzedArticle,
  b: AnalyzedArticle,
  profileA: ArticleProfile,
  profileB: ArticleProfile,
  features: FeatureVector,
  contributions: number[],
  options: ExplainOptions,
): PairExplanation {
  const limit = options.maxItems;
  const numbers = compareNumbers(a.analysis.numbers, b.analysis.numbers, limit);
  const dates = compareDates(a.analysis.dates, b.analysis.dates, limit);
  return {
    sharedEntities: sharedEntities(a, b, profileA, profileB, limit),
    sharedNumbers: numbers.shared,
    conflictingNumbers: numbers.conflicting,
    sharedDates: dates.shared,
    conflictingDates: dates.conflicting,
    sharedTerms: sharedTerms(a, b, profileA, profileB, limit, options.lexicon),
    sharedCountries: [...profileA.countries].filter((country) => profileB.countries.has(country)).sort(),
    features: FEATURE_NAMES.map((feature, index) => ({ feature, value: features[index], contribution: contributions[index] })),
  };
}
