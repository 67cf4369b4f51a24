import type { Token } from './token.js';

/**
 * Vietnamese writes one syllable per space-separated unit; its words are mostly two syllables, so
 * adjacent-syllable bigrams (`người_nga`, `tổng_thống`) are its content terms. Pairs across punctuation
 * or made only of stop syllables are skipped.
 */
export function syllableBigrams(tokens: Token[], text: string): string[] {
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.numeric || b.numeric || (a.stop && b.stop)) continue;
    if (!/^\s+$/.test(text.slice(a.end, b.start))) continue;
    bigrams.push(`${a.norm}_${b.norm}`);
  }
  return bigrams;
}
