import { foldName, isCasedLetter } from '../gazetteer/fold.js';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Folded form (may contain a space for hyphenated words). */
  fold: string;
  /** Script of the word has case. */
  cased: boolean;
  /** First letter is upper case. */
  capitalised: boolean;
  /** Two or more letters, all upper case. */
  allCaps: boolean;
  /** Arabic-script word. */
  arabic: boolean;
  /** Written in a script without spaces between words (Han, Kana, Thai ...). */
  unspaced: boolean;
  /** Starts a sentence or a line. */
  sentenceStart: boolean;
}

// A word is a run of letters, marks and digits, joined across an apostrophe or a hyphen inside it:
// /[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*/u, scanned by hand (a regex match per word costs more).
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UNKNOWN = 0;
const IN_WORD = 1;
const OUTSIDE = 2;
const unitClass = new Uint8Array(0x10000);

/** Length (1 or 2 code units) of the letter, mark or digit at `k`; 0 when there is none. */
function wordCharAt(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c < 0xd800 || c > 0xdfff) {
    let cls = unitClass[c]!;
    if (cls === UNKNOWN) {
      cls = WORD_CHAR.test(text[k]!) ? IN_WORD : OUTSIDE;
      unitClass[c] = cls;
    }
    return cls === IN_WORD ? 1 : 0;
  }
  if (c <= 0xdbff && k + 1 < text.length) {
    const low = text.charCodeAt(k + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(k, k + 2)) ? 2 : 0;
  }
  return 0;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

/** End of the word starting at `start` (a letter, mark or digit). */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    let length = wordCharAt(text, i);
    while (length > 0) {
      i += length;
      length = i < text.length ? wordCharAt(text, i) : 0;
    }
    if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) {
      i++;
      continue;
    }
    return i;
  }
}
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Languages writing a name's case suffix after an apostrophe (`Rusya'daki`, `Tokayev'in`). */
const SUFFIX_AFTER_APOSTROPHE = new Set(['tr', 'az']);

/** Words of a text with offsets and the facts mention finding needs. */
export function scanWords(text: string, lang = ''): Word[] {
  const suffixes = SUFFIX_AFTER_APOSTROPHE.has(lang);
  const words: Word[] = [];
  let previousEnd = 0;
  for (let at = 0; at < text.length; ) {
    const length = wordCharAt(text, at);
    if (length === 0) {
      at++;
      continue;
    }
    let start = at;
    at = wordEnd(text, at);
    let raw = text.slice(start, at);
    // Most words have no apostrophe: skip the elision and possessive patterns for them.
    if (raw.indexOf("'") >= 0 || raw.indexOf('’') >= 0) [start, raw] = apart(start, raw, suffixes);
    const first = raw[0]!;
    const code = first.charCodeAt(0);
    const ascii = code < 128;
    const flags = ascii ? 0 : charFlags(first, code);
    const cased = ascii ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : (flags & CASED) !== 0;
    const capitalised = cased && (ascii ? code <= 90 : (flags & UPPER) !== 0);
    // A lower-case ASCII second letter settles it without an upper-case copy of the word.
    const second = raw.charCodeAt(1);
    const allCaps = cased && capitalised && raw.length >= 2 && !(second >= 97 && second <= 122) && raw === raw.toUpperCase() && raw !== raw.toLowerCase() && letterCount(raw) >= 2;
    let sentenceStart = words.length === 0;
    if (!sentenceStart) {
      for (let k = start - 1; k >= previousEnd; k--) {
        const ch = text[k]!;
        if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r') continue;
        sentenceStart = '.!?。！？:;«»"“”\n•|'.includes(ch);
        // A line break anywhere in the gap (between previousEnd and this word) starts a line.
        if (!sentenceStart) for (let g = k - 1; g >= previousEnd; g--) if (text.charCodeAt(g) === 10) {
          sentenceStart = true;
          break;
        }
        break;
      }
    }
    words.push({
      text: raw,
      start,
      end: start + raw.length,
      fold: asciiFold(raw) ?? foldName(raw),
      cased,
      capitalised,
      allCaps,
      arabic: !ascii && code >= 0x600 && code <= 0x6ff,
      unspaced: !ascii && !cased && (flags & NO_SPACES) !== 0,
      sentenceStart,
    });
    previousEnd = start + raw.length;
  }
  return words;
}

// French and Italian elisions (`l'Organisation`, `d'Astana`) and English possessives (`Russia's`) are
// separate words for name finding.
const ELISION = /^((?:[ldjmnstc]|qu|lorsqu|puisqu|jusqu|dell|all|dall|nell|sull)['’])(\p{L}.*)$/iu;
const POSSESSIVE = /^(.+)(['’]s)$/u;

const CASE_SUFFIX = /^(\p{Lu}[^'’]*)['’]\p{Ll}+$/u;

function apart(start: number, raw: string, suffixes: boolean): [number, string] {
  const suffixed = suffixes ? CASE_SUFFIX.exec(raw) : null;
  if (suffixed) return [start, suffixed[1]!];
  const elided = ELISION.exec(raw);
  if (elided) return [start + elided[1]!.length, elided[2]!];
  const possessive = POSSESSIVE.exec(raw);
  return possessive ? [start, possessive[1]!] : [start, raw];
}

// Facts about the first code unit of a word, computed once per code unit (case conversions allocate).
const KNOWN = 1;
const CASED = 2;
const UPPER = 4;
const NO_SPACES = 8;
const charTable = new Uint8Array(0x10000);

function charFlags(first: string, code: number): number {
  let flags = charTable[code]!;
  if (flags === 0) {
    flags = KNOWN;
    if (isCasedLetter(first)) flags |= CASED;
    if (first !== first.toLowerCase()) flags |= UPPER;
    if (UNSPACED.test(first)) flags |= NO_SPACES;
    charTable[code] = flags;
  }
  return flags;
}

/** Fold of a plain ASCII word (letters and digits only), as foldName gives it; undefined for other words. */
function asciiFold(raw: string): string | undefined {
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) upper = true;
    else if (c < 48 || c > 57) return undefined;
  }
  return upper ? raw.toLowerCase() : raw;
}

const LETTER = /\p{L}/u;

function letterCount(raw: string): number {
  let n = 0;
  for (const ch of raw) if (LETTER.test(ch) && ++n >= 2) break;
  return n;
}

/** The text between two words joins them into one name (spaces, at most one line). */
export function joinable(text: string, left: Word, right: Word): boolean {
  const length = right.start - left.end;
  if (length < 1 || length > 3) return false;
  for (let k = left.end; k < right.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0 && c !== 9 && c !== 39 && c !== 0x2019 && c !== 45) return false;
  }
  return true;
}
