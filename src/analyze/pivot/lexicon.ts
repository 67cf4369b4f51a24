import type { Token } from '../text/token.js';

/** Maps a token of some language to language-neutral concept ids. Swappable (dictionary, neural, ...). */
export interface Lexicon {
  concepts(lang: string, token: Token): string[];
}

export interface LexiconOptions {
  /** Directory for the compiled dictionary cache. */
  dataDir?: string;
  /** Directory holding FreeDict dictd files. */
  dictdDir?: string;
}

// Placeholder: the dictionary pivot is being built (issue #3).
export async function loadLexicon(_options: LexiconOptions = {}): Promise<Lexicon> {
  return { concepts: (_lang, token) => [`w:${token.stem}`] };
}
