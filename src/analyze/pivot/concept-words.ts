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
const SEPARATORS = /[\n\u0001]/g;

/** One string for a worker thread to send: a line per concept, `\n` first so that every line starts with one. */
export function encodeConceptWords(words: ConceptWords): string {
  const lines: string[] = [''];
  // A word of several tokens may span a line break.
  for (const [concept, set] of words) lines.push(`${concept}${FIELD}${[...set].map((word) => word.replace(SEPARATORS, ' ')).join(FIELD)}`);
  return lines.join(LINE);
}

/**
 * Concept words as encodeConceptWords wrote them, indexed on first use: one map of strings, not a set
 * per concept (building those took the writer thread's garbage collection from 7% to 10% of its time),
 * and not a scan of the string per concept (an explanation asks for up to 64 concepts a side).
 */
class EncodedConceptWords implements ConceptWordLookup {
  private index: Map<string, string> | undefined;

  constructor(private readonly encoded: string) {}

  get(concept: string): string[] | undefined {
    this.index ??= indexLines(this.encoded);
    return this.index.get(concept)?.split(FIELD);
  }
}

function indexLines(encoded: string): Map<string, string> {
  const index = new Map<string, string>();
  let start = encoded.indexOf(LINE) + 1;
  while (start > 0 && start < encoded.length) {
    const next = encoded.indexOf(LINE, start);
    const end = next < 0 ? encoded.length : next;
    const field = encoded.indexOf(FIELD, start);
    if (field > start && field < end) index.set(encoded.slice(start, field), encoded.slice(field + 1, end));
    start = end + 1;
  }
  return index;
}

/**
 * Takes concept words as those of this analysis: found while analysing it, encoded by the worker
 * thread that did, or a function that finds them, called on first use.
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
