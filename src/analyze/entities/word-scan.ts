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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Words of a text with offsets and the facts mention finding needs. */
export function scanWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  const re = new RegExp(WORD.source, WORD.flags);
  for (let match = re.exec(text); match; match = re.exec(text)) {
    let start = match.index;
    let raw = match[0];
    // Most words have no apostrophe: skip the elision and possessive patterns for them.
    if (raw.indexOf("'") >= 0 || raw.indexOf('’') >= 0) [start, raw] = apart(start, raw);
    const first = raw[0]!;
    const code = first.charCodeAt(0);
    const ascii = code < 128;
    const cased = ascii ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : isCasedLetter(first);
    const capitalised = cased && (ascii ? code <= 90 : first !== first.toLowerCase());
    const allCaps = cased && capitalised && raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase() && letterCount(raw) >= 2;
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
      fold: foldName(raw),
      cased,
      capitalised,
      allCaps,
      arabic: !ascii && code >= 0x600 && code <= 0x6ff,
      unspaced: !ascii && !cased && UNSPACED.test(first),
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

function apart(start: number, raw: string): [number, string] {
  const elided = ELISION.exec(raw);
  if (elided) return [start + elided[1]!.length, elided[2]!];
  const possessive = POSSESSIVE.exec(raw);
  return possessive ? [start, possessive[1]!] : [start, raw];
}

const LETTER = /\p{L}/u;

function letterCount(raw: string): number {
  let n = 0;
  for (const ch of raw) if (LETTER.test(ch) && ++n >= 2) break;
  return n;
}

/** The text between two words joins them into one name (spaces, at most one line). */
export function joinable(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return gap.length <= 3 && /^[ \u00a0\t'’-]+$/.test(gap);
}
