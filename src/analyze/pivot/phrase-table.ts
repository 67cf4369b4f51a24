import { syllableKey } from '../text/vietnamese-syllable.js';
import type { Token } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import { englishStems } from './compile-dictionary.js';

/** Words of up to this many syllables are matched. */
export const MAX_PHRASE_TOKENS = 4;
/** As for the compiled dictionaries. */
const MAX_CONCEPTS = 4;

export interface PhraseMatch {
  /** Tokens the word spans. */
  length: number;
  /** `en:<english stem>` concept ids; none for a function word. */
  concepts: string[];
}

interface Entry {
  concepts: string[];
  /**
   * Which syllables the entry writes with a capital (`người Nga`, bit i for syllable i): the text must too,
   * and then the capitals are part of the word, not a sign of a name. Zero for common words.
   */
  capitals: number;
}

/**
 * A word list for a language written in syllables (`huy động: mobilise, mobilize`, one entry a line, `#`
 * comments), matched longest first over consecutive tokens. An entry whose glosses are all English stop
 * words has no concepts: it is a function word, whose syllables are then neither concepts nor cognates.
 */
export class PhraseTable {
  private readonly entries = new Map<string, Entry>();
  /** Keys of the first syllables of longer entries: a match stops growing once it is no such prefix. */
  private readonly prefixes = new Set<string>();

  constructor(source: string, lang: string) {
    for (const raw of source.split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const colon = line.indexOf(':');
      if (colon < 0) throw new Error(`phrase table (${lang}): no ':' in "${line}"`);
      const tokens = tokenize(line.slice(0, colon).trim(), lang);
      if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) throw new Error(`phrase table (${lang}): bad headword in "${line}"`);
      const stems: string[] = [];
      for (const gloss of line.slice(colon + 1).split(',')) {
        // English stop words (`say`) give no concept, as in the compiled dictionaries.
        for (const stem of englishStems(gloss.trim())) if (!stems.includes(stem)) stems.push(stem);
      }
      const key = tokens.map((t) => syllableKey(t.norm)).join(' ');
      const concepts = stems.slice(0, MAX_CONCEPTS).map((stem) => `en:${stem}`);
      if (this.entries.has(key)) throw new Error(`phrase table (${lang}): "${line}" repeats a headword`);
      let capitals = 0;
      tokens.forEach((t, i) => {
        if (t.capitalised) capitals |= 1 << i;
      });
      this.entries.set(key, { concepts, capitals });
      for (let end = key.indexOf(' '); end > 0; end = key.indexOf(' ', end + 1)) this.prefixes.add(key.slice(0, end));
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The concepts of one syllable that is a common word of its own, if any. */
  word(token: Token): string[] | undefined {
    const entry = this.entries.get(syllableKey(token.norm));
    return entry && entry.capitals === 0 ? entry.concepts : undefined;
  }

  /**
   * The longest word starting at `tokens[at]`. Syllables must follow each other with one separator between
   * them (no punctuation); a one-syllable match must not be a stop word; a run of capitalised syllables is
   * a name (Hòa Bình, Bắc Kinh) unless the entry itself is written with capitals, which the text must have.
   */
  match(tokens: readonly Token[], at: number): PhraseMatch | undefined {
    let key = '';
    let found: PhraseMatch | undefined;
    for (let n = 1; n <= MAX_PHRASE_TOKENS && at + n <= tokens.length; n++) {
      const token = tokens[at + n - 1];
      if (token.numeric) break;
      if (n > 1 && token.start - tokens[at + n - 2].end !== 1) break;
      key = n === 1 ? syllableKey(token.norm) : `${key} ${syllableKey(token.norm)}`;
      const entry = this.entries.get(key);
      if (entry && this.fits(entry, tokens, at, n)) found = { length: n, concepts: entry.concepts };
      if (!this.prefixes.has(key)) break;
    }
    return found;
  }

  private fits(entry: Entry, tokens: readonly Token[], at: number, n: number): boolean {
    if (n === 1 && tokens[at].stop) return false;
    return entry.capitals === 0 ? !this.isName(tokens, at, n) : hasCapitals(tokens, at, entry.capitals);
  }

  private isName(tokens: readonly Token[], at: number, n: number): boolean {
    for (let i = at; i < at + n; i++) if (!tokens[i].capitalised) return false;
    if (n > 1) return true;
    const before = tokens[at - 1];
    const after = tokens[at + 1];
    return (before !== undefined && before.capitalised && tokens[at].start - before.end === 1) || (after !== undefined && after.capitalised && after.start - tokens[at].end === 1);
  }
}

function hasCapitals(tokens: readonly Token[], at: number, capitals: number): boolean {
  for (let i = 0; 1 << i <= capitals; i++) if (capitals & (1 << i) && !tokens[at + i].capitalised) return false;
  return true;
}
