import type { Token } from '../text/token.js';
import type { Lexicon } from './lexicon.js';

/** Concept id -> frequency over the content tokens. */
export function pivotTerms(tokens: Token[], lang: string, lexicon: Lexicon): Record<string, number> {
  const terms: Record<string, number> = {};
  for (const token of tokens) {
    if (token.stop) continue;
    const concepts = lexicon.concepts(lang, token);
    for (const concept of concepts) terms[concept] = (terms[concept] ?? 0) + 1 / concepts.length;
  }
  return terms;
}
