// Single-byte encodings decode any byte string without error, so a wrong guess shows only in the
// text it produces: words mixing scripts (Arabic letters next to "é"), Latin words made mostly of
// accented letters ("Ïðåçèäåíò"), case changing inside a word (Arabic read as windows-1251
// gives "ЗбЬЗСЯ": Arabic has no case, and its letters land on both Cyrillic cases), controls or replacement characters. Scoring that lets us
// choose between the candidates a statistical detector proposes.

const SAMPLE_CHARS = 20_000;

type Script = 'latin' | 'cyrillic' | 'arabic' | 'greek' | 'hebrew' | 'cjk' | 'thai' | 'other';

function scriptOf(ch: string): Script {
  if (/\p{Script=Latin}/u.test(ch)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(ch)) return 'cyrillic';
  if (/\p{Script=Arabic}/u.test(ch)) return 'arabic';
  if (/\p{Script=Greek}/u.test(ch)) return 'greek';
  if (/\p{Script=Hebrew}/u.test(ch)) return 'hebrew';
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch)) return 'cjk';
  if (/\p{Script=Thai}/u.test(ch)) return 'thai';
  return 'other';
}

/** 0..1: how much the non-ASCII part of the text looks like real writing. 1 when it is all ASCII. */
export function scriptPlausibility(text: string): number {
  // Tags out, so "<p>Старый" is not read as one word mixing Latin and Cyrillic.
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).replace(/<[^<>]*>/g, ' ');
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
      if (/\p{M}/u.test(ch)) continue;
      letters++;
      const script = scriptOf(ch);
      // Writing without spaces glues ASCII words to its own ("iPhone手机").
      if (script === 'latin' && ch <= '\x7f' && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(word)) continue;
      scripts.add(script);
      if (script === 'latin' && ch > '\x7f') accented++;
    }
    if (scripts.size !== 1 || scripts.has('other')) continue;
    if (scripts.has('latin') && accented > Math.ceil(letters / 2)) continue;
    if (mixedCase(word)) continue;
    plausible++;
  }
  let wordScore = words === 0 ? 0.5 : plausible / words;
  // Text is mostly lowercase; swapped-case decodings (KOI8-R read as windows-1251) are mostly capitals.
  const upper = (sample.match(/[^\x00-\x7f]/gu) ?? []).filter((ch) => /\p{Lu}/u.test(ch)).length;
  const lower = (sample.match(/[^\x00-\x7f]/gu) ?? []).filter((ch) => /\p{Ll}/u.test(ch)).length;
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
