import { readFileSync } from 'node:fs';
import { describeWord, tokenize, wordInfo, type WordInfo, type WordLookup } from '../text/tokenize.js';
import type { ConceptTable } from './concept-table.js';
import { readDictd } from './dictd.js';
import { englishConceptStem } from './english-spelling.js';
import type { DictionaryFiles } from './languages.js';
import { parseTranslations } from './parse-entry.js';

/** A language's word -> English concept stems, keyed by normalised form and, as a fallback, by stem. */
export interface CompiledDictionary {
  byNorm: ConceptTable;
  byStem: ConceptTable;
}

// A word's first two glosses only: later senses, and extra glosses from the reverse dictionary, are mostly rarer
// meanings (Arabic رئيس: boss, chief, chairperson, ...) that dilute the word's weight of one; measured in
// BENCHMARKS.md "Similarity" against four glosses plus a reverse one.
const MAX_CONCEPTS = 2;
// CC-CEDICT is not in the similarity benchmark's languages: its cap stays as it was until it can be measured.
const MAX_CEDICT_CONCEPTS = 4;

/**
 * A word memo for one compilation: a dictionary's million words would otherwise fill the tokenizer's shared
 * memo and stay in memory for the analyses that follow, slowing every garbage collection.
 */
function compileWords(): WordLookup {
  const memos = new Map<string, Map<string, WordInfo>>();
  return (word, lang) => {
    let memo = memos.get(lang);
    if (!memo) memos.set(lang, (memo = new Map()));
    let info = memo.get(word);
    if (!info) memo.set(word, (info = describeWord(word, lang)));
    return info;
  };
}

/** English content-word stems of one translation (`run away` -> [`run`]); none if it is a long phrase. */
export function englishStems(translation: string, lookup: WordLookup = wordInfo): string[] {
  const content = tokenize(translation, 'en', lookup).filter((t) => !t.stop && !t.numeric && t.norm.length > 1);
  // Some entries gloss in the source language or another script: only English words make concepts.
  if (content.length > 2 || content.some((t) => !/^[a-z][a-z'-]*$/.test(t.norm))) return [];
  return content.map((t) => englishConceptStem(t.norm, t.stem));
}

// Stop words are kept as headwords: stopwords-iso lists hold content words too (French `force`), and their
// entries must still own their stem (`forces` -> force, not forcer).
function singleWord(headword: string, lang: string, lookup: WordLookup): { norm: string; stem: string } | undefined {
  const tokens = tokenize(headword.trim(), lang, lookup);
  if (tokens.length !== 1 || tokens[0].numeric) return undefined;
  if (tokens[0].end - tokens[0].start !== headword.trim().length) return undefined;
  return tokens[0];
}

function add(map: Map<string, string[]>, key: string, concepts: string[], cap: number): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, concepts.slice(0, cap));
    return;
  }
  for (const c of concepts) if (list.length < cap && !list.includes(c)) list.push(c);
}

/** Compiles FreeDict files for a language into lookup maps (the slow step the cache avoids). */
export function compileDictionary(lang: string, files: DictionaryFiles): { byNorm: Map<string, string[]>; byStem: Map<string, string[]> } {
  const byNorm = new Map<string, string[]>();
  const byStem = new Map<string, string[]>();
  const words = compileWords();
  if (files.cedict) compileCedict(files.cedict, byNorm, words);
  if (files.forward) {
    const stemOwner = new Map<string, number>();
    for (const { headword, body } of readDictd(files.forward.index, files.forward.dict)) {
      const word = singleWord(headword, lang, words);
      if (!word) continue;
      const concepts: string[] = [];
      for (const sense of parseTranslations(body, 3)) {
        for (const translation of sense) {
          for (const stem of englishStems(translation, words)) if (!concepts.includes(stem)) concepts.push(stem);
        }
        if (concepts.length >= MAX_CONCEPTS) break;
      }
      if (concepts.length === 0) continue;
      add(byNorm, word.norm, concepts, MAX_CONCEPTS);
      // A stem is owned by its shortest headword (the base form: force, not forcer).
      const owner = stemOwner.get(word.stem);
      if (owner === undefined || word.norm.length < owner) {
        stemOwner.set(word.stem, word.norm.length);
        byStem.set(word.stem, concepts.slice(0, MAX_CONCEPTS));
      } else if (word.norm.length === owner) add(byStem, word.stem, concepts, MAX_CONCEPTS);
    }
  }
  if (files.reverse) {
    // Rank: sense and position of the word in the English entry; ties go to the English word with the
    // longer entry, a fair proxy for the more common word (house before abode).
    const ranked = new Map<string, Array<[number, number, string]>>();
    for (const { headword, body } of readDictd(files.reverse.index, files.reverse.dict)) {
      const english = singleWord(headword, 'en', words);
      if (!english || english.norm.length < 2) continue;
      parseTranslations(body, 2, 2).forEach((sense, senseIndex) => {
        sense.forEach((translation, position) => {
          const word = singleWord(translation, lang, words);
          if (!word) return;
          const rank = senseIndex * 8 + Math.min(position, 7);
          for (const key of [`n${word.norm}`, `s${word.stem}`]) {
            let list = ranked.get(key);
            if (!list) ranked.set(key, (list = []));
            list.push([rank, -body.length, englishConceptStem(english.norm, english.stem)]);
          }
        });
      });
    }
    for (const [key, list] of ranked) {
      list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const map = key[0] === 'n' ? byNorm : byStem;
      if (map.has(key.slice(1))) continue;
      map.set(key.slice(1), [...new Set(list.map(([, , stem]) => stem))].slice(0, MAX_CONCEPTS));
    }
  }
  // A stem entry equal to the word entry of the same spelling is redundant (lookups fall back to it).
  for (const [key, concepts] of byStem) {
    const same = byNorm.get(key);
    if (same && same.length === concepts.length && same.every((c, i) => c === concepts[i])) byStem.delete(key);
  }
  return { byNorm, byStem };
}

// CC-CEDICT senses that are cross-references or labels, not translations.
const CEDICT_SKIP = /^(?:(?:old |archaic |japanese )?variant of|see |surname |cl:|abbr\. (?:for|of)|used in|erhua variant|also written|same as|taiwan pr\.)/i;

/**
 * CC-CEDICT from the `cc-cedict` package's data module (`export default {"all": [[trad, simp, pinyin,
 * meanings, ...], ...]}`), read as JSON so nothing is executed and loading stays synchronous.
 */
function compileCedict(path: string, byNorm: Map<string, string[]>, words: WordLookup): void {
  const source = readFileSync(path, 'utf8');
  const json = source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1);
  const data = JSON.parse(json) as { all?: unknown[] };
  for (const entry of data.all ?? []) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') continue;
    const meanings = (typeof entry[3] === 'string' ? [entry[3]] : Array.isArray(entry[3]) ? entry[3] : []).filter((m): m is string => typeof m === 'string');
    const concepts: string[] = [];
    for (const meaning of meanings.slice(0, 3)) {
      if (CEDICT_SKIP.test(meaning)) continue;
      const cleaned = meaning.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ').replace(/^to /, '');
      for (const part of cleaned.split(/[;,]/)) for (const stem of englishStems(part.replace(/^\s*to /, ''), words)) if (!concepts.includes(stem)) concepts.push(stem);
      if (concepts.length >= MAX_CEDICT_CONCEPTS) break;
    }
    if (concepts.length === 0) continue;
    for (const headword of new Set([entry[1], entry[0]])) if (!byNorm.has(headword)) byNorm.set(headword, concepts.slice(0, MAX_CEDICT_CONCEPTS));
  }
}
