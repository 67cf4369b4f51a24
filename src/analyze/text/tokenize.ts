import type { Token } from './token.js';

// Placeholder: word segmentation per script is being built (issue #3).
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

export function tokenize(text: string, _lang: string): Token[] {
  const tokens: Token[] = [];
  for (const part of segmenter.segment(text)) {
    if (!part.isWordLike) continue;
    const norm = part.segment.toLowerCase();
    tokens.push({
      text: part.segment,
      norm,
      stem: norm,
      start: part.index,
      end: part.index + part.segment.length,
      stop: false,
      capitalised: part.segment[0] !== part.segment[0].toLowerCase(),
      script: 'Zyyy',
    });
  }
  return tokens;
}
