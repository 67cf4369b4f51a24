import type { Token } from '../text/token.js';
import { addCount, emptyCounts, finishCounts } from '../text/count-record.js';
import type { Lexicon } from './lexicon.js';

/**
 * Concept id -> weight over the content tokens. Each token spreads a weight of 1 over its dictionary
 * concepts, and its cognate n-grams share another 1 (0.5 when it also has dictionary concepts), so an
 * ambiguous or long word does not outweigh a plain one.
 */
export function pivotTerms(tokens: Token[], lang: string, lexicon: Lexicon): Record<string, number> {
  const terms = emptyCounts();
  for (const token of tokens) {
    if (token.stop) continue;
    const concepts = lexicon.concepts(lang, token);
    if (concepts.length === 0) continue;
    let cognates = 0;
    for (const c of concepts) if (c.startsWith('cg:')) cognates++;
    const meanings = concepts.length - cognates;
    const meaningWeight = meanings > 0 ? 1 / meanings : 0;
    const cognateWeight = cognates > 0 ? (meanings > 0 ? 0.5 : 1) / cognates : 0;
    for (const c of concepts) {
      const w = c.startsWith('cg:') ? cognateWeight : meaningWeight;
      addCount(terms, c, w);
    }
  }
  return finishCounts(terms);
}
