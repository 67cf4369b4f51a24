import { VIETNAMESE_INSTITUTIONS, VIETNAMESE_PLACE_CUES, VIETNAMESE_TITLES } from './cues.js';
import { joinable, type Word } from './word-scan.js';

/** One Vietnamese syllable, folded (tones and marks off): Vietnamese writes a name as capitalised syllables. */
export const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** Whether word `i` has a capitalised Vietnamese syllable right before it (inside a sentence) or right after it. */
export function insideVietnameseName(text: string, words: Word[], i: number): boolean {
  const syllable = (w: Word | undefined) => w !== undefined && w.capitalised && !w.allCaps && VIETNAMESE_SYLLABLE.test(w.fold) && !VIETNAMESE_TITLES.has(w.text.normalize('NFC').toLowerCase());
  const before = words[i - 1];
  const next = words[i + 1];
  return (syllable(before) && !before!.sentenceStart && /^ +$/.test(text.slice(before!.end, words[i]!.start))) || (syllable(next) && /^ +$/.test(text.slice(words[i]!.end, next!.start)));
}

/** A Vietnamese syllable opening a sentence before a foreign name is a common word (`Hiện Samsung` now Samsung). */
export function vietnameseOpener(words: Word[], i: number, j: number, titleEnd: number): boolean {
  const w = words[i]!;
  return j > i && (w.sentenceStart || w.start < titleEnd) && VIETNAMESE_SYLLABLE.test(w.fold) && !VIETNAMESE_SYLLABLE.test(words[i + 1]!.fold);
}

/** Whether the words before word `k` are a Vietnamese place cue (`tỉnh Quảng Trị`, `thành phố Đông Hà`, `tại Huế`). */
export function afterPlaceCue(text: string, words: Word[], k: number): boolean {
  const one = words[k - 1];
  if (!one || !joinable(text, one, words[k]!)) return false;
  const last = one.text.normalize('NFC').toLowerCase();
  if (VIETNAMESE_PLACE_CUES.has(last)) return true;
  const two = words[k - 2];
  return two !== undefined && joinable(text, two, one) && VIETNAMESE_PLACE_CUES.has(`${two.text.normalize('NFC').toLowerCase()} ${last}`);
}

/** A Vietnamese run that starts an institution's name written on in lower case (`Sở Giao thông`, `Bộ Ngoại giao`). */
export function institutionHead(words: Word[], a: number, b: number): boolean {
  const next = words[b + 1];
  return b > a && next !== undefined && next.cased && !next.capitalised && VIETNAMESE_INSTITUTIONS.has(words[a]!.text.normalize('NFC').toLowerCase());
}

/**
 * A capitalised Vietnamese syllable standing alone before a lower-case one starts the name of an institution
 * written in lower case after its first word (`Bộ Quốc phòng`, `Cục tình báo`), not a name of its own; after a
 * title (`ông Hùng cho biết`) it is a person.
 */
export function loneVietnameseSyllable(text: string, words: Word[], k: number, titles: Set<string>): boolean {
  const next = words[k + 1];
  const before = words[k - 1];
  // Only a space goes between the parts of such a name: `Nhổn - ga Hà Nội` is a place, then another phrase.
  const spaced = next !== undefined && /^\s+$/.test(text.slice(words[k]!.end, next.start));
  return VIETNAMESE_SYLLABLE.test(words[k]!.fold) && spaced && next.cased && !next.capitalised && !(before !== undefined && titles.has(before.fold));
}
