import { existsSync } from 'node:fs';
import { ownValue } from '../../core/own-value.js';
import { dataDir } from '../../core/paths.js';
import { BoundedMemo } from '../text/bounded-memo.js';
import type { Token } from '../text/token.js';
import { stemmerFor } from '../text/stemmers.js';
import { cognateIds, skeletonId } from './cognates.js';
import { compileDictionary, type CompiledDictionary } from './compile-dictionary.js';
import { defaultEnglishFrequency } from './english-frequency.js';
import { hasCognateRules, romanceCognate } from './romance-cognates.js';
import { englishConceptStem } from './english-spelling.js';
import { cachePath, parseDictionary, readDictionaryCache, serializeDictionary, sourceStamp, writeDictionaryCache } from './dictionary-cache.js';
import { dictionaryFiles } from './languages.js';
import { PhraseTable, type PhraseMatch } from './phrase-table.js';
import { VIETNAMESE_CORE_LEXICON } from './vietnamese-core-lexicon.js';

/** Word lists of our own for languages FreeDict lacks, matched over syllables. */
const PHRASE_SOURCES: Record<string, string> = { vi: VIETNAMESE_CORE_LEXICON };

/** Maps a token of some language to language-neutral concept ids. Swappable (dictionary, neural, ...). */
export interface Lexicon {
  /** `en:<english stem>` for dictionary concepts, `cg:<4-gram>` for transliterated cognates, `sk:<consonants>` for a name's skeleton. */
  concepts(lang: string, token: Token): string[];
  /** Whether a dictionary gives concepts for this language (English always does). */
  hasDictionary(lang: string): boolean;
  /**
   * The longest word written over several tokens that starts at `tokens[at]` (Vietnamese writes one syllable
   * per token), for languages with such a word list. Its concepts stand for all the tokens it spans.
   */
  phrase?(lang: string, tokens: readonly Token[], at: number): PhraseMatch | undefined;
}

export interface LexiconOptions {
  /** Directory for the compiled dictionary cache. */
  dataDir?: string;
  /** Directory holding FreeDict dictd files. */
  dictdDir?: string;
  /** Languages to load now rather than on first use. */
  preload?: string[];
}

export const DEFAULT_DICTD_DIR = '/usr/share/dictd';

/** Languages writing compounds as one word: an unknown word is looked up by its head (last part). */
const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'no', 'nb', 'fi', 'hu']);
const CAPITALISED_NOUNS = new Set(['de', 'lb']);
const MIN_COMPOUND_HEAD = 4;

/** Concepts of the longest known final part of a compound (Flüchtlingslager -> Lager), if any. */
function compoundHead(dictionary: CompiledDictionary, norm: string, stem: string): string[] | undefined {
  if (norm.length < MIN_COMPOUND_HEAD + 3) return undefined;
  for (let i = 3; i + MIN_COMPOUND_HEAD <= norm.length; i++) {
    const head = dictionary.byNorm.get(norm.slice(i)) ?? (i + MIN_COMPOUND_HEAD <= stem.length ? dictionary.byStem.get(stem.slice(i)) : undefined);
    if (head) return head;
  }
  return undefined;
}

/** Word forms remembered per language and case (each memo holds up to twice this). */
const MEMO_LIMIT = 12_500;

/** Unknown lower-case words shorter than this get no cognate ids. */
const MIN_COGNATE_LENGTH = 5;

export interface DictionaryLoad {
  lang: string;
  source: 'cache' | 'compiled' | 'none';
  ms: number;
  entries: number;
}

/**
 * Loads (from the cache) or compiles (from FreeDict, then caches) one language's dictionary.
 * Languages without FreeDict files give undefined.
 */
export function loadDictionary(lang: string, options: LexiconOptions = {}): { dictionary?: CompiledDictionary; load: DictionaryLoad } {
  const started = performance.now();
  const dictdDir = options.dictdDir ?? process.env.STORYWEAVE_DICTD_DIR ?? DEFAULT_DICTD_DIR;
  const files = existsSync(dictdDir) ? dictionaryFiles(lang, dictdDir) : undefined;
  if (!files) return { load: { lang, source: 'none', ms: 0, entries: 0 } };
  const prior = defaultEnglishFrequency();
  const stamp = sourceStamp(files, prior?.stamp);
  const path = cachePath(options.dataDir ?? dataDir(), lang);
  let dictionary = readDictionaryCache(path, stamp);
  let source: DictionaryLoad['source'] = 'cache';
  if (!dictionary) {
    // Searched in the same text the cache holds, so a fresh build and a cached one answer alike.
    // Pivot languages of bridges have xxx-eng dictionaries, so this never recurses further than one step.
    const pivot = (via: string) => loadDictionary(via, options).dictionary;
    const text = serializeDictionary(stamp, compileDictionary(lang, files, prior, pivot));
    dictionary = parseDictionary(text, stamp)!;
    source = 'compiled';
    try {
      writeDictionaryCache(path, text);
    } catch {
      // A read-only cache dir only costs a recompile next time.
    }
  }
  const ms = performance.now() - started;
  return { dictionary, load: { lang, source, ms, entries: dictionary.byNorm.size + dictionary.byStem.size } };
}

class DictionaryLexicon implements Lexicon {
  private readonly dictionaries = new Map<string, CompiledDictionary | undefined>();
  readonly loads: DictionaryLoad[] = [];

  constructor(private readonly options: LexiconOptions) {}

  private dictionary(lang: string): CompiledDictionary | undefined {
    if (this.dictionaries.has(lang)) return this.dictionaries.get(lang);
    const { dictionary, load } = loadDictionary(lang, this.options);
    this.loads.push(load);
    this.dictionaries.set(lang, dictionary);
    return dictionary;
  }

  hasDictionary(lang: string): boolean {
    return lang === 'en' || this.dictionary(lang) !== undefined || this.phraseTable(lang) !== undefined;
  }

  private readonly phraseTables = new Map<string, PhraseTable | undefined>();

  private phraseTable(lang: string): PhraseTable | undefined {
    if (this.phraseTables.has(lang)) return this.phraseTables.get(lang);
    const source = ownValue(PHRASE_SOURCES, lang);
    const table = source === undefined ? undefined : new PhraseTable(source, lang);
    this.phraseTables.set(lang, table);
    return table;
  }

  phrase(lang: string, tokens: readonly Token[], at: number): PhraseMatch | undefined {
    return this.phraseTable(lang)?.match(tokens, at);
  }

  /** Per language: memos for lower-case and for capitalised tokens. */
  private readonly memos = new Map<string, [BoundedMemo<string[]>, BoundedMemo<string[]>]>();

  /** Memoised per language and word form: news repeats words, and concept arrays are then shared (read-only). */
  concepts(lang: string, token: Token): string[] {
    if (token.numeric || token.stop) return [];
    let memos = this.memos.get(lang);
    if (!memos) this.memos.set(lang, (memos = [new BoundedMemo(MEMO_LIMIT), new BoundedMemo(MEMO_LIMIT)]));
    // The stem and script follow from the normalised form within a language; only the capital adds to it.
    const memo = memos[token.capitalised ? 1 : 0];
    let concepts = memo.get(token.norm);
    if (!concepts) memo.set(token.norm, (concepts = this.lookup(lang, token)));
    return concepts;
  }

  private lookup(lang: string, token: Token): string[] {
    let english: string[] | undefined;
    if (lang === 'en') {
      if (token.script === 'Latn') english = [englishConceptStem(token.norm, token.stem)];
    } else {
      const dictionary = this.dictionary(lang);
      if (dictionary) {
        english = dictionary.byNorm.get(token.norm) ?? dictionary.byStem.get(token.stem) ?? dictionary.byNorm.get(token.stem);
        if (!english && COMPOUNDING.has(lang)) english = compoundHead(dictionary, token.norm, token.stem);
      }
      if (!english && !token.capitalised && hasCognateRules(lang)) {
        const frequency = defaultEnglishFrequency();
        const cognate = frequency ? romanceCognate(lang, token.norm, frequency) : undefined;
        if (cognate) english = [cognate];
      }
      // A capitalised syllable is most often part of a name (Bắc Kinh); `phrase` sees the context to tell.
      const word = english || token.capitalised ? undefined : this.phraseTable(lang)?.word(token);
      if (word) return word;
    }
    const known = english !== undefined;
    // An unknown capitalised Latin-script word is most often a name or an international word (Trump, Brexit),
    // spelled as in English: it stands for itself. (Lower-case unknown words are left to the cognate n-grams,
    // which also match their inflected forms.)
    if (!known && lang !== 'en' && token.capitalised && token.script === 'Latn' && token.norm.length >= 3) english = [englishConceptStem(token.norm, stemmerFor('en')(token.norm))];
    const concepts = english ? english.map((stem) => `en:${stem}`) : [];
    // Other unknown words stand for themselves within their language (`ru:<stem>`), as unknown English
    // words do in `en:`: with n-grams alone, the words a dictionary lacks (rare words, names) weighed a
    // fraction of the words it has, and two reports of one kind of event looked alike in their common words.
    if (!known && lang !== 'en' && concepts.length === 0 && (token.capitalised || token.norm.length >= MIN_COGNATE_LENGTH)) concepts.push(`${lang}:${token.stem}`);
    // Names (capitalised, or unknown words in any script) also get cognate ids so they meet across scripts;
    // short unknown lower-case words would only add chance n-gram matches. German capitalises every noun,
    // so there a capital says nothing about names.
    const nameLike = token.capitalised && !(known && CAPITALISED_NOUNS.has(lang));
    if (nameLike || (!known && token.norm.length >= MIN_COGNATE_LENGTH)) {
      for (const id of cognateIds(token.norm)) concepts.push(id);
      const skeleton = skeletonId(token.norm);
      if (skeleton) concepts.push(skeleton);
    }
    return concepts;
  }
}

/** The default lexicon: FreeDict dictionaries pivoting through English, cognate n-grams as fallback. */
export async function loadLexicon(options: LexiconOptions = {}): Promise<Lexicon & { readonly loads: DictionaryLoad[] }> {
  const lexicon = new DictionaryLexicon(options);
  for (const lang of options.preload ?? []) lexicon.hasDictionary(lang);
  return lexicon;
}
