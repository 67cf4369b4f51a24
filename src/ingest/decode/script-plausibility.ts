// Single-byte encodings decode any byte string without error, so a wrong guess shows only in the
// text it produces: words mixing scripts (Arabic letters next to "é"), Latin words made mostly of
// accented letters ("Ïðåçèäåíò"), case changing inside a word (Arabic read as windows-1251 gives
// "ЗбЬЗСЯ": Arabic has no case and its letters land on both Cyrillic cases), symbols glued to
// letters, controls or replacement characters. Scoring that lets us choose between the candidates
// a statistical detector proposes.

const SAMPLE_CHARS = 8000;

type Script = 'latin' | 'cyrillic' | 'arabic' | 'greek' | 'hebrew' | 'cjk' | 'thai' | 'other';

// Code point ranges rather than \p{Script=...} tests: this runs on every candidate decoding.
function scriptOf(cp: number): Script {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a ? 'latin' : 'other';
  if ((cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latin';
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrillic';
  if ((cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x1f00 && cp <= 0x1fff)) return 'greek';
  if ((cp >= 0x590 && cp <= 0x5ff) || (cp >= 0xfb1d && cp <= 0xfb4f)) return 'hebrew';
  if ((cp >= 0x600 && cp <= 0x6ff) || (cp >= 0x750 && cp <= 0x77f) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) return 'arabic';
  if (cp >= 0xe00 && cp <= 0xe7f) return 'thai';
  if (
    (cp >= 0x3000 && cp <= 0x31ff) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xffdc) || (cp >= 0x20000 && cp <= 0x3ffff)
  ) return 'cjk';
  return 'other';
}

const UNSPACED: ReadonlySet<Script> = new Set(['cjk', 'thai']);

/** 0..1: how much the non-ASCII part of the text looks like real writing. 1 when it is all ASCII. */
export function scriptPlausibility(text: string): number {
  // Tags out, so "<p>Старый" is not read as one word mixing Latin and Cyrillic.
  const sample = text.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').slice(0, SAMPLE_CHARS);
  let bad = 0;
  let nonAscii = 0;
  for (const ch of sample) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    nonAscii++;
    if (cp === 0xfffd || (cp >= 0x80 && cp < 0xa0) || (cp >= 0xe000 && cp < 0xf900)) bad++;
  }
  if (nonAscii === 0) return 1;
  // A symbol glued to a letter ("mobilizacj±", "uciekaj¹cy") is a letter decoded wrongly.
  for (const _ of sample.matchAll(/\p{L}[\p{S}\u00a6\u00a7\u00b6\u00a4](?=\p{L}|\s|$)/gu)) bad++;
  let words = 0;
  let plausible = 0;
  for (const match of sample.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = match[0];
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    words++;
    const scripts = new Set<Script>();
    let accented = 0;
    let letters = 0;
    for (const ch of word) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp >= 0x300 && cp <= 0x36f) continue;
      letters++;
      const script = scriptOf(cp);
      scripts.add(script);
      if (script === 'latin' && cp >= 0x80) accented++;
    }
    // Writing without spaces glues ASCII words to its own ("iPhone手机").
    if (scripts.size === 2 && scripts.has('latin') && accented === 0 && [...scripts].some((x) => UNSPACED.has(x))) scripts.delete('latin');
    if (scripts.size !== 1 || scripts.has('other')) continue;
    if (scripts.has('latin') && accented > Math.ceil(letters / 2)) continue;
    if (mixedCase(word)) continue;
    plausible++;
  }
  let wordScore = words === 0 ? 0.5 : plausible / words;
  // Text is mostly lowercase; swapped-case decodings (KOI8-R read as windows-1251) are mostly capitals.
  const upper = sample.match(/(?![\x00-\x7f])\p{Lu}/gu)?.length ?? 0;
  const lower = sample.match(/(?![\x00-\x7f])\p{Ll}/gu)?.length ?? 0;
  if (upper + lower >= 20 && upper > 0.6 * (upper + lower)) wordScore *= 0.5;
  return Math.max(0, wordScore - (2 * bad) / nonAscii);
}

/** Real words are lower, Title or UPPER case; anything else ("сТАРЫЙ", "ЗбЬЗСЯ") is a wrong decoding. */
function mixedCase(word: string): boolean {
  const [first = '', ...others] = [...word];
  const rest = others.join('');
  const restUpper = /\p{Lu}/u.test(rest);
  const restLower = /\p{Ll}/u.test(rest);
  return (restUpper && restLower) || (/\p{Ll}/u.test(first) && restUpper);
}
