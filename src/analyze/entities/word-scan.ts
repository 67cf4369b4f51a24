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
  for (const [start, raw] of pieces(text)) {
    const first = raw[0]!;
    const code = first.charCodeAt(0);
    const ascii = code < 128;
    const cased = ascii ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : isCasedLetter(first);
    const capitalised = cased && (ascii ? code <= 90 : first !== first.toLowerCase());
    const upper = raw.toUpperCase();
    const allCaps = cased && raw === upper && raw !== raw.toLowerCase() && raw.replace(/[^\p{L}]/gu, '').length >= 2;
    let sentenceStart = words.length === 0;
    if (!sentenceStart) {
      for (let k = start - 1; k >= previousEnd; k--) {
        const ch = text[k]!;
        if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r') continue;
        sentenceStart = '.!?。！？:;«»"“”\n•|'.includes(ch);
        if (!sentenceStart && text.lastIndexOf('\n', start) >= previousEnd) sentenceStart = true;
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

function* pieces(text: string): Generator<[number, string]> {
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const elided = ELISION.exec(raw);
    if (elided) {
      yield [start + elided[1]!.length, elided[2]!];
      continue;
    }
    const possessive = POSSESSIVE.exec(raw);
    yield possessive ? [start, possessive[1]!] : [start, raw];
  }
}

/** The text between two words joins them into one name (spaces, at most one line). */
export function joinable(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return gap.length <= 3 && /^[ \u00a0\t'’-]+$/.test(gap);
}
