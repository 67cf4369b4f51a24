import type { Token } from '../text/token.js';
import { addCount, emptyCounts, finishCounts } from '../text/count-record.js';
import type { Lexicon } from './lexicon.js';
import { tokenize } from '../text/tokenize.js';

/** Called with a word's concepts and the tokens it spans (`tokens[first, first + length)`). */
export type ConceptVisitor = (concepts: string[], first: number, length: number) => void;

/** A span of the text that names an entity, read as the words of its English name (their concepts, word by word). */
export interface NameReading {
  start: number;
  end: number;
  words: string[][];
}

// Chinese and Japanese write foreign names with characters that have meanings of their own: glossed
// character by character, 吉尔吉斯斯坦 (Kyrgyzstan) reads `lucky` and 奥什 (Osh) `Austria`. A name the
// entity resolver recognises reads as its English name would in an English article; one without an
// English name reads as nothing rather than as noise. Scripts with spaces and capitals keep their names'
// own words, which stand for themselves (measured: replacing those with entity ids lost 0.06 on de-en).
const NAMES_READ_IN_ENGLISH = new Set(['zh', 'ja']);
const LATIN_NAME = /^[\p{Script=Latin}\p{N}\p{P}\s]+$/u;

/** How the names of an article in `lang` are read instead of their characters' glosses (none for most languages). */
export function nameReadings(
  lang: string,
  entities: ReadonlyArray<{ canonical: string; mentions: ReadonlyArray<{ start: number; end: number }> }>,
  lexicon: Lexicon,
): NameReading[] {
  if (!NAMES_READ_IN_ENGLISH.has(lang)) return [];
  const readings: NameReading[] = [];
  for (const entity of entities) {
    const words = LATIN_NAME.test(entity.canonical)
      ? tokenize(entity.canonical, 'en')
          .map((token) => lexicon.concepts('en', token))
          .filter((concepts) => concepts.length > 0)
      : [];
    for (const mention of entity.mentions) readings.push({ start: mention.start, end: mention.end, words });
  }
  return readings.sort((a, b) => a.start - b.start);
}

/**
 * Visits the content words of a text with their concepts, in order. A word of several tokens that the lexicon
 * knows comes as one, so `huy động` (mobilise) is one word rather than two unknown syllables; a name with a
 * reading (`names`, sorted by start) comes as the words of that reading.
 */
export function forEachConceptWord(tokens: readonly Token[], lang: string, lexicon: Lexicon, visit: ConceptVisitor, names: readonly NameReading[] = []): void {
  let name = 0;
  for (let i = 0; i < tokens.length; ) {
    while (name < names.length && names[name].end <= tokens[i].start) name++;
    const reading = names[name];
    if (reading && reading.start <= tokens[i].start && tokens[i].end <= reading.end) {
      let length = 1;
      while (i + length < tokens.length && tokens[i + length].end <= reading.end) length++;
      for (const concepts of reading.words) visit(concepts, i, length);
      i += length;
      continue;
    }
    const phrase = lexicon.phrase?.(lang, tokens, i);
    if (phrase) {
      visit(phrase.concepts, i, phrase.length);
      i += phrase.length;
      continue;
    }
    const token = tokens[i];
    if (!token.stop) {
      const concepts = lexicon.concepts(lang, token);
      if (concepts.length > 0) visit(concepts, i, 1);
    }
    i++;
  }
}

/**
 * Concept id -> weight over the content words. Each word spreads a weight of 1 over its dictionary
 * concepts, and its cognate ids share another 1 (0.5 when it also has dictionary concepts), so an
 * ambiguous or long word does not outweigh a plain one. Of the cognate weight, the consonant
 * skeleton (`sk:`) takes half and the letter n-grams (`cg:`) the rest: the skeleton is the one
 * bridge to Arabic script, and as one of eight n-grams it would weigh next to nothing.
 */
export function pivotTerms(tokens: Token[], lang: string, lexicon: Lexicon, names: readonly NameReading[] = [], onWord?: ConceptVisitor): Record<string, number> {
  const terms = emptyCounts();
  forEachConceptWord(tokens, lang, lexicon, (concepts, first, length) => {
    onWord?.(concepts, first, length);
    let grams = 0;
    let skeletons = 0;
    for (const c of concepts) {
      if (c.startsWith('cg:')) grams++;
      else if (c.startsWith('sk:')) skeletons++;
    }
    const cognates = grams + skeletons;
    const meanings = concepts.length - cognates;
    // An unknown word standing for itself (`ru:<stem>`) shares its weight with its cognate ids.
    const unknownWord = meanings === 1 && !concepts[0].startsWith('en:');
    const meaningWeight = meanings > 0 ? (unknownWord && cognates > 0 ? 0.5 : 1) / meanings : 0;
    const cognateBudget = cognates > 0 ? (meanings > 0 ? 0.5 : 1) : 0;
    const skeletonWeight = skeletons > 0 ? (grams > 0 ? cognateBudget / 2 : cognateBudget) / skeletons : 0;
    const gramWeight = grams > 0 ? (skeletons > 0 ? cognateBudget / 2 : cognateBudget) / grams : 0;
    for (const c of concepts) {
      const w = c.startsWith('cg:') ? gramWeight : c.startsWith('sk:') ? skeletonWeight : meaningWeight;
      addCount(terms, c, w);
    }
  }, names);
  return finishCounts(terms);
}
