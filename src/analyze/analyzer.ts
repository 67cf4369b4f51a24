import type { AnalysisInput, ArticleAnalysis } from '../core/model.js';
import { extractDates } from './dates/extract-dates.js';
import { extractEntities } from './entities/extract-entities.js';
import { detectLanguage } from './language.js';
import { extractNumbers } from './numbers/extract-numbers.js';
import { normaliseCountedPeople } from './numbers/counted-people.js';
import { loadLexicon, type Lexicon, type LexiconOptions } from './pivot/lexicon.js';
import { adoptConceptWords, conceptWordCollector } from './pivot/concept-words.js';
import { nameReadings, pivotTerms } from './pivot/pivot-terms.js';
import { addCount, emptyCounts, finishCounts } from './text/count-record.js';
import { syllableBigrams } from './text/syllable-bigrams.js';
import type { Token } from './text/token.js';
import { tokenize } from './text/tokenize.js';

/** Characters of an article searched for entities (a long news article is about 20,000). */
export const ENTITY_TEXT_CAP = 100_000;

/** Bump when any analysis component changes its output: stored analyses are recomputed. */
export const ANALYZER_VERSION = '0.19.0';

export interface Analyzer {
  /** Analyses an article whose language is known. Synchronous and pure. */
  analyze(input: AnalysisInput & { lang: string }): ArticleAnalysis;
  /** Detects the language when not given, then analyses. */
  analyzeAsync(input: AnalysisInput): Promise<ArticleAnalysis>;
  /** The pivot lexicon the analyses map words through. */
  readonly lexicon: Lexicon;
}

export interface AnalyzerOptions extends LexiconOptions {
  /** A ready lexicon (another implementation, or one shared between analyzers). */
  lexicon?: Lexicon;
  /**
   * Also record which words carry each pivot concept (`recordedConceptWords(analysis)`), for a thread
   * without the lexicon to explain comparisons with: found in the same pass, cheaper than `conceptWords` after.
   */
  conceptWords?: boolean;
}

export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const lexicon = options.lexicon ?? (await loadLexicon(options));
  const recordWords = options.conceptWords === true;
  const analyze = (input: AnalysisInput & { lang: string }) => analyzeWith(lexicon, input, recordWords);
  return {
    analyze,
    lexicon,
    async analyzeAsync(input) {
      const lang = input.lang ?? (await detectLanguage(`${input.title}\n${input.text}`)).lang;
      return analyze({ ...input, lang });
    },
  };
}

/** The analysed text: title and body, so mention offsets address one string. */
export function analysedText(input: { title: string; text: string }): string {
  return input.title ? `${input.title}\n\n${input.text}` : input.text;
}

function analyzeWith(lexicon: Lexicon, input: AnalysisInput & { lang: string }, recordWords: boolean): ArticleAnalysis {
  const { lang } = input;
  const text = analysedText(input);
  const tokens = tokenize(text, lang);
  // Tokens come in text order, so the title's are a prefix.
  let titleCount = 0;
  while (titleCount < tokens.length && tokens[titleCount].end <= input.title.length) titleCount++;
  const titleTokens = tokens.slice(0, titleCount);
  const dates = extractDates(text, lang, input.published);
  // Entity resolution costs more than linear time on huge inputs; an article's names are in its first pages.
  const entityText = text.length > ENTITY_TEXT_CAP ? text.slice(0, ENTITY_TEXT_CAP) : text;
  const entityTokens = entityText === text ? tokens : tokens.filter((t) => t.end <= ENTITY_TEXT_CAP);
  const entities = extractEntities(entityText, lang, entityTokens);
  const numbers = extractNumbers(text, lang, tokens, { lexicon, exclude: dates });
  normaliseCountedPeople(text, numbers, entities);
  const names = nameReadings(lang, entities, lexicon);
  const collector = recordWords ? conceptWordCollector(text, tokens) : undefined;
  const analysis: ArticleAnalysis = {
    analyzerVersion: ANALYZER_VERSION,
    lang,
    entities,
    numbers,
    dates,
    terms: pivotTerms(tokens, lang, lexicon, names, collector?.visit),
    titleTerms: pivotTerms(titleTokens, lang, lexicon, names),
    tokens: surfaceTerms(tokens, lang, text),
    wordCount: countWords(tokens),
  };
  if (collector) adoptConceptWords(analysis, collector.words);
  return analysis;
}

/** Same-language terms: content stems, or syllable bigrams for Vietnamese. */
function surfaceTerms(tokens: Token[], lang: string, text: string): Record<string, number> {
  const surface = emptyCounts();
  if (lang === 'vi') {
    for (const bigram of syllableBigrams(tokens, text)) addCount(surface, bigram, 1);
  } else {
    for (const token of tokens) if (!token.stop && !token.numeric) addCount(surface, token.stem, 1);
  }
  return finishCounts(surface);
}

function countWords(tokens: Token[]): number {
  let n = 0;
  for (const token of tokens) if (!token.numeric) n++;
  return n;
}
