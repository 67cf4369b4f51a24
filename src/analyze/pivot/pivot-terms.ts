import type { Token } from '../text/token.js';
import { addCount, emptyCounts, finishCounts } from '../text/count-record.js';
import type { Lexicon } from './lexicon.js';

/** Called with a word's concepts and the tokens it spans (`tokens[first, first + length)`). */
export type ConceptVisitor = (concepts: string[], first: number, length: number) => void;

/**
 * Visits the content words of a text with their concepts, in order. A word of several tokens that the lexicon
 * knows comes as one, so `huy động` (mobilise) is one word rather than two unknown syllables.
 */
export function forEachConceptWord(tokens: readonly Token[], lang: string, lexicon: Lexicon, visit: ConceptVisitor): void {
  for (let i = 0; i < tokens.length; ) {
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
export function pivotTerms(tokens: Token[], lang: string, lexicon: Lexicon): Record<string, number> {
  const terms = emptyCounts();
  forEachConceptWord(tokens, lang, lexicon, (concepts) => {
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
  });
  return finishCounts(terms);
}
