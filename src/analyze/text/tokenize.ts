import { BoundedMemo } from './bounded-memo.js';
import { normalizeWord } from './normalize.js';
import { isCasedScript, scriptOf, UNSPACED } from './script.js';
import { stemmerFor } from './stemmers.js';
import { stopWords } from './stopwords.js';
import type { Token } from './token.js';

// Digit groups stay one token (`98.000`, `1,5`); words are letter/mark/digit runs, joiners kept for Persian.
const WORD = /\p{Nd}+(?:[.,\u066b\u066c]\p{Nd}+)*|[\p{L}\p{M}\p{N}\u200c\u200d]+/gu;
const NUMERIC = /^\p{Nd}+(?:[.,\u066b\u066c]\p{Nd}+)*$/u;

export interface WordInfo {
  norm: string;
  stem: string;
  stop: boolean;
  script: string;
  numeric: boolean;
  capitalised: boolean;
}

// Per language; the memo holds up to twice this.
const MEMO_LIMIT = 25_000;
const memos = new Map<string, BoundedMemo<WordInfo>>();
const segmenters = new Map<string, Intl.Segmenter>();

function memoFor(lang: string): BoundedMemo<WordInfo> {
  let memo = memos.get(lang);
  if (!memo) memos.set(lang, (memo = new BoundedMemo(MEMO_LIMIT)));
  return memo;
}

/** How a tokenizer looks words up: `wordInfo`, or a memo of the caller's own. */
export type WordLookup = (word: string, lang: string) => WordInfo;

/** Normalisation, stem and stop-word status of one word as written in a language, memoised (news repeats words). */
export function wordInfo(word: string, lang: string): WordInfo {
  const memo = memoFor(lang);
  let info = memo.get(word);
  if (info) return info;
  info = describeWord(word, lang);
  memo.set(word, info);
  return info;
}

/** `wordInfo` without the shared memo. */
export function describeWord(word: string, lang: string): WordInfo {
  const script = scriptOf(word);
  const numeric = NUMERIC.test(word);
  const norm = numeric ? word : normalizeWord(word, script, lang);
  const stop = !numeric && stopWords(lang).has(norm);
  const stem = numeric || norm.length < 3 ? norm : stemmerFor(lang)(norm);
  const first = word[0];
  const capitalised = isCasedScript(script) && first !== first.toLowerCase();
  return { norm, stem, stop, script, numeric, capitalised };
}

function segmenterFor(run: string, lang: string): Intl.Segmenter {
  let locale = lang;
  if (!['zh', 'ja', 'th', 'lo', 'km', 'my'].includes(lang)) {
    const script = scriptOf(run);
    locale = script === 'Thai' ? 'th' : script === 'Laoo' ? 'lo' : script === 'Khmr' ? 'km' : script === 'Mymr' ? 'my' : /[\u3040-\u30ff]/u.test(run) ? 'ja' : 'zh';
  }
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return segmenter;
}

function makeToken(text: string, start: number, lang: string, lookup: WordLookup): Token {
  const info = lookup(text, lang);
  return {
    text,
    norm: info.norm,
    stem: info.stem,
    start,
    end: start + text.length,
    stop: info.stop,
    capitalised: info.capitalised,
    script: info.script,
    numeric: info.numeric,
  };
}

/**
 * Splits text into word tokens with offsets into `text`. Space-separated scripts go through one regex
 * (several times faster than Intl.Segmenter); runs in scripts written without spaces (Chinese, Japanese,
 * Thai, Lao, Khmer, Burmese) go through ICU's dictionary segmenter.
 */
export function tokenize(text: string, lang: string, lookup: WordLookup = wordInfo): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const run = match[0];
    const at = match.index!;
    if (!UNSPACED.test(run)) {
      tokens.push(makeToken(run, at, lang, lookup));
      continue;
    }
    segmentRun(run, at, lang, tokens, lookup);
  }
  return tokens;
}

function segmentRun(run: string, at: number, lang: string, out: Token[], lookup: WordLookup): void {
  const parts: Token[] = [];
  for (const part of segmenterFor(run, lang).segment(run)) {
    if (part.isWordLike === false) continue;
    parts.push(makeToken(part.segment, at + part.index, lang, lookup));
  }
  // ICU's Chinese dictionary lacks transliterated names (托卡耶夫 comes out as 托|卡|耶|夫):
  // runs of single content characters are glued back into one word.
  let i = 0;
  while (i < parts.length) {
    const token = parts[i];
    if (!isLoneHan(token)) {
      out.push(token);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < parts.length && isLoneHan(parts[j]) && parts[j].start === parts[j - 1].end) j++;
    if (j - i < 2) out.push(token);
    else out.push(makeToken(run.slice(token.start - at, parts[j - 1].end - at), token.start, lang, lookup));
    i = j;
  }
}

function isLoneHan(token: Token): boolean {
  return token.script === 'Hani' && token.text.length === 1 && !token.stop;
}
