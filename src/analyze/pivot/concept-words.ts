// Which words of an article carry each of its pivot concepts: what an explanation shows for a shared
// concept on each side (`mobilisation / التعبئة`). Found with the lexicon, so on the thread that
// analysed the article; a thread without the lexicon (the one that clusters) adopts them.
import type { ArticleAnalysis } from '../../core/model.js';
import type { Token } from '../text/token.js';
import { tokenize } from '../text/tokenize.js';
import type { Lexicon } from './lexicon.js';
import { forEachConceptWord, nameReadings, type ConceptVisitor } from './pivot-terms.js';

/** The words an explanation shows for one shared concept on one side. */
export const WORDS_PER_CONCEPT = 5;

/** Every pivot concept of an article with the words (as written) that carry it, at most WORDS_PER_CONCEPT each. */
export type ConceptWords = Map<string, Set<string>>;

/** The words of a concept, without building a map of every concept (an explanation asks for a few dozen). */
export interface ConceptWordLookup {
  get(concept: string): Iterable<string> | undefined;
}

/** A visitor for `forEachConceptWord` (or `pivotTerms`) over `tokens` of `text` that records each concept's words. */
export function conceptWordCollector(text: string, tokens: readonly Token[]): { words: ConceptWords; visit: ConceptVisitor } {
  const words: ConceptWords = new Map();
  const visit: ConceptVisitor = (mapped, first, length) => {
    // Words of several tokens (Vietnamese `huy động`) are shown whole, as the text writes them.
    const word = length === 1 ? tokens[first].text : text.slice(tokens[first].start, tokens[first + length - 1].end);
    for (const concept of mapped) {
      const set = words.get(concept);
      if (!set) words.set(concept, new Set([word]));
      else if (set.size < WORDS_PER_CONCEPT) set.add(word);
    }
  };
  return { words, visit };
}

const byLexicon = new WeakMap<object, { lexicon: Lexicon; words: ConceptWords }>();
const adopted = new WeakMap<object, ConceptWordLookup | (() => ConceptWords)>();

/**
 * The concept words of an analysed text (`text` is the analysed text: title and body), through the
 * lexicon; cached per analysis, as a story engine explains one article against several.
 */
export function conceptWords(text: string, analysis: ArticleAnalysis, lexicon: Lexicon): ConceptWords {
  const cached = byLexicon.get(analysis);
  if (cached?.lexicon === lexicon) return cached.words;
  const tokens = tokenize(text, analysis.lang);
  const { words, visit } = conceptWordCollector(text, tokens);
  forEachConceptWord(tokens, analysis.lang, lexicon, visit, nameReadings(analysis.lang, analysis.entities, lexicon));
  byLexicon.set(analysis, { lexicon, words });
  return words;
}

const FIELD = '\u0001';
const LINE = '\n';

/** One string for a worker thread to send: a line per concept, `\n` first so that every line starts with one. */
export function encodeConceptWords(words: ConceptWords): string {
  const lines: string[] = [''];
  for (const [concept, set] of words) lines.push(`${concept}${FIELD}${[...set].join(FIELD)}`);
  return lines.join(LINE);
}

/** Concept words as encodeConceptWords wrote them, read in place. */
class EncodedConceptWords implements ConceptWordLookup {
  constructor(private readonly encoded: string) {}

  get(concept: string): string[] | undefined {
    const at = this.encoded.indexOf(`${LINE}${concept}${FIELD}`);
    if (at < 0) return undefined;
    const start = at + concept.length + 2;
    const end = this.encoded.indexOf(LINE, start);
    return this.encoded.slice(start, end < 0 ? undefined : end).split(FIELD);
  }
}

/**
 * Takes concept words as those of this analysis: found while analysing it, encoded by the worker
 * thread that did, or found on first use by `find`.
 */
export function adoptConceptWords(analysis: ArticleAnalysis, words: ConceptWords | string | (() => ConceptWords)): void {
  adopted.set(analysis, typeof words === 'string' ? new EncodedConceptWords(words) : words);
}

/** Whether concept words were adopted for this analysis (without finding them). */
export function hasConceptWords(analysis: ArticleAnalysis): boolean {
  return adopted.has(analysis);
}

/** The concept words adopted for this analysis (found on first use); undefined when none were. */
export function adoptedConceptWords(analysis: ArticleAnalysis): ConceptWordLookup | undefined {
  const held = adopted.get(analysis);
  if (typeof held !== 'function') return held;
  const words = held();
  adopted.set(analysis, words);
  return words;
}

/** The concept words recorded while analysing (see AnalyzerOptions.conceptWords), ready to encode; undefined otherwise. */
export function recordedConceptWords(analysis: ArticleAnalysis): ConceptWords | undefined {
  const held = adopted.get(analysis);
  return held instanceof Map ? held : undefined;
}
