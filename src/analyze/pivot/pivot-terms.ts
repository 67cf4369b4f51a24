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
 * concepts, and its cognate n-grams share another 1 (0.5 when it also has dictionary concepts), so an
 * ambiguous or long word does not outweigh a plain one.
 */
export function pivotTerms(tokens: Token[], lang: string, lexicon: Lexicon): Record<string, number> {
  const terms = emptyCounts();
  forEachConceptWord(tokens, lang, lexicon, (concepts) => {
    let cognates = 0;
    for (const c of concepts) if (c.startsWith('cg:')) cognates++;
    const meanings = concepts.length - cognates;
    // An unknown word standing for itself (`ru:<stem>`) shares its weight with its n-grams.
    const unknownWord = meanings === 1 && !concepts[0].startsWith('en:');
    const meaningWeight = meanings > 0 ? (unknownWord && cognates > 0 ? 0.5 : 1) / meanings : 0;
    const cognateWeight = cognates > 0 ? (meanings > 0 ? 0.5 : 1) / cognates : 0;
    for (const c of concepts) {
      const w = c.startsWith('cg:') ? cognateWeight : meaningWeight;
      addCount(terms, c, w);
    }
  });
  return finishCounts(terms);
}
