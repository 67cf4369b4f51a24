import { BoundedMemo } from './bounded-memo.js';

// Vietnamese tone marks, as combining characters after NFD. Vowel-quality marks (circumflex, breve, horn) stay.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// A bare final y after a consonant onset is written i as often (kỹ/kĩ, lý/lí, quy/qui).
const CONSONANT_Y = /^(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/u;

const memo = new BoundedMemo<string>(20_000);

/**
 * A lower-case Vietnamese syllable keyed so that spelling variants meet: the tone moves to the end, since
 * writers place it on either vowel (hòa/hoà, thủy/thuỷ), and a bare final y after a consonant becomes i.
 * Tones themselves are kept: they tell words apart (bán "sell", bạn "friend").
 */
export function syllableKey(norm: string): string {
  let key = memo.get(norm);
  if (key !== undefined) return key;
  const decomposed = norm.normalize('NFD');
  const tone = TONE.exec(decomposed)?.[0] ?? '';
  let base = decomposed.replace(TONES, '').normalize('NFC');
  if (CONSONANT_Y.test(base)) base = `${base.slice(0, -1)}i`;
  key = tone ? `${base}${tone}` : base;
  memo.set(norm, key);
  return key;
}
