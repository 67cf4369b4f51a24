import { readFileSync } from 'node:fs';
import { describeWord, tokenize, wordInfo, type WordInfo, type WordLookup } from '../text/tokenize.js';
import type { ConceptTable } from './concept-table.js';
import { readDictd } from './dictd.js';
import type { EnglishFrequency } from './english-frequency.js';
import { englishConceptStem } from './english-spelling.js';
import { MIN_BRIDGES, type Bridge, type DictionaryFiles } from './languages.js';
import { parseTranslations } from './parse-entry.js';
import { scriptOf } from '../text/script.js';

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

// English words that dictionaries give as glosses of pronouns and numerals (French personne: `no-one`,
// German man: `one`), which the stop list keeps as content words. Numerals are compared as numbers.
const FUNCTION_GLOSSES = new Set(['one']);

/** English content-word stems of one translation (`run away` -> [`run`]); none if it is a long phrase. */
export function englishStems(translation: string, lookup: WordLookup = wordInfo): string[] {
  const content = tokenize(translation, 'en', lookup).filter((t) => !t.stop && !t.numeric && t.norm.length > 1 && !FUNCTION_GLOSSES.has(t.norm));
  // Some entries gloss in the source language or another script: only English words make concepts.
  if (content.length > 2 || content.some((t) => !/^[a-z][a-z'-]*$/.test(t.norm))) return [];
  return content.map((t) => englishConceptStem(t.norm, t.stem));
}

// Stop words are kept as headwords: stopwords-iso lists hold content words too (French `force`), and their
// entries must still own their stem (`forces` -> force, not forcer).
function singleWord(headword: string, lang: string, lookup: WordLookup): { norm: string; stem: string; stop: boolean; script: string } | undefined {
  const tokens = tokenize(headword.trim(), lang, lookup);
  if (tokens.length !== 1 || tokens[0].numeric) return undefined;
  if (tokens[0].end - tokens[0].start !== headword.trim().length) return undefined;
  return tokens[0];
}

/** An English concept a word may stand for, with the sense (of its entry) that gives it. */
interface Candidate {
  stem: string;
  sense: number;
}

// Senses read per entry, and candidates kept per word, before the prior picks MAX_CONCEPTS of them.
const SENSES_CONSIDERED = 6;
const MAX_CANDIDATES = 10;
// Natural log of how many times more news articles must use a later sense's word, per sense, for it to
// rank before an earlier one: dictionaries order senses by use, but not in the news (Arabic رئيس lists
// boss, chief, chairperson, ..., president).
const SENSE_PENALTY = 0.1;

function addCandidates(map: Map<string, Candidate[]>, key: string, candidates: Candidate[]): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, candidates.slice(0, MAX_CANDIDATES));
    return;
  }
  for (const c of candidates) if (list.length < MAX_CANDIDATES && !list.some((known) => known.stem === c.stem)) list.push(c);
}

/** The MAX_CONCEPTS candidates most likely meant in news: sense order weighed against English news frequency. */
function rankConcepts(candidates: readonly Candidate[], prior: EnglishFrequency | undefined): string[] {
  if (!prior) return candidates.slice(0, MAX_CONCEPTS).map((c) => c.stem);
  const score = (c: Candidate): number => Math.log1p(prior.df(c.stem)) - SENSE_PENALTY * c.sense;
  return candidates
    .map((c, order) => ({ stem: c.stem, score: score(c), order }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_CONCEPTS)
    .map((c) => c.stem);
}

/**
 * Compiles FreeDict files for a language into lookup maps (the slow step the cache avoids). `prior` ranks a
 * word's senses by how often news uses them; without it the dictionary's order stands.
 */
export function compileDictionary(
  lang: string,
  files: DictionaryFiles,
  prior?: EnglishFrequency,
  pivot?: (via: string) => CompiledDictionary | undefined,
): { byNorm: Map<string, string[]>; byStem: Map<string, string[]> } {
  const byNorm = new Map<string, string[]>();
  const byStem = new Map<string, string[]>();
  const words = compileWords();
  if (files.cedict) compileCedict(files.cedict, byNorm, words);
  if (files.forward) {
    const normCandidates = new Map<string, Candidate[]>();
    const stemCandidates = new Map<string, Candidate[]>();
    const stemOwner = new Map<string, number>();
    for (const { headword, body } of readDictd(files.forward.index, files.forward.dict)) {
      const word = singleWord(headword, lang, words);
      if (!word) continue;
      const candidates: Candidate[] = [];
      parseTranslations(body, SENSES_CONSIDERED).forEach((sense, senseIndex) => {
        for (const translation of sense) {
          for (const stem of englishStems(translation, words)) if (!candidates.some((c) => c.stem === stem)) candidates.push({ stem, sense: senseIndex });
        }
      });
      if (candidates.length === 0) continue;
      addCandidates(normCandidates, word.norm, candidates);
      // A stem is owned by its shortest headword (the base form: force, not forcer).
      const owner = stemOwner.get(word.stem);
      if (owner === undefined || word.norm.length < owner) {
        stemOwner.set(word.stem, word.norm.length);
        stemCandidates.set(word.stem, candidates.slice(0, MAX_CANDIDATES));
      } else if (word.norm.length === owner) addCandidates(stemCandidates, word.stem, candidates);
    }
    for (const [key, candidates] of normCandidates) if (!byNorm.has(key)) byNorm.set(key, rankConcepts(candidates, prior));
    for (const [key, candidates] of stemCandidates) byStem.set(key, rankConcepts(candidates, prior));
  }
  // Words the bridges gloss with fewer than MAX_CONCEPTS senses take the reverse dictionary's next ones (домов:
  // home through German and French, house as well through eng-rus).
  const bridgedKeys = new Set<string>();
  if (files.bridges && pivot) {
    const bridged = bridgedConcepts(lang, files.bridges, pivot, prior, words);
    for (const [kind, from, to] of [['n', bridged.byNorm, byNorm], ['s', bridged.byStem, byStem]] as const) {
      for (const [key, concepts] of from) {
        if (to.has(key)) continue;
        to.set(key, concepts);
        bridgedKeys.add(`${kind}${key}`);
      }
    }
  }
  if (files.reverse) {
    // Rank: sense and position of the word in the English entry; ties go to the English word more news
    // articles use (a stem shared by страна and странный: country before queer), then to the one with the
    // longer entry, a fair proxy for the more common word (house before abode).
    const ranked = new Map<string, Array<[number, number, number, string]>>();
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
            const stem = englishConceptStem(english.norm, english.stem);
            list.push([rank, -(prior?.df(stem) ?? 0), -body.length, stem]);
          }
        });
      });
    }
    for (const [key, list] of ranked) {
      list.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
      const map = key[0] === 'n' ? byNorm : byStem;
      const reverse = list.map(([, , , stem]) => stem);
      const known = map.get(key.slice(1));
      if (known && !bridgedKeys.has(key)) continue;
      map.set(key.slice(1), [...new Set([...(known ?? []), ...reverse])].slice(0, MAX_CONCEPTS));
    }
  }
  // A stem entry equal to the word entry of the same spelling is redundant (lookups fall back to it).
  for (const [key, concepts] of byStem) {
    const same = byNorm.get(key);
    if (same && same.length === concepts.length && same.every((c, i) => c === concepts[i])) byStem.delete(key);
  }
  return { byNorm, byStem };
}

// Stress marks of Russian and Ukrainian dictionary forms (`датча́нка`), which articles do not write.
const STRESS = /[\u0300\u0301]/g;
// In wikdict-made FreeDict files the line after the headword holds the translations, and further senses are
// numbered; unnumbered lines after them define the headword in its own language.
const SENSE_LINE = /^\s*\d+\.\s/;

/**
 * English glosses of a language's words reached through other languages: yyy-xxx dictionaries give the
 * words for a yyy headword, and yyy's own dictionary gives that headword's English glosses. A gloss counts
 * when at least MIN_BRIDGES pivot languages lead to it; each pivot alone brings its own polysemy (German
 * Aufgabe: task, surrender), which other languages rarely share. Ranked by how many pivots agree, then by
 * how much news uses the English word.
 */
export function bridgedConcepts(
  lang: string,
  bridges: Bridge[],
  pivot: (via: string) => CompiledDictionary | undefined,
  prior: EnglishFrequency | undefined,
  words: WordLookup = wordInfo,
): { byNorm: Map<string, string[]>; byStem: Map<string, string[]> } {
  // Key (`n` + form or `s` + stem) -> English stem -> pivot languages leading to it.
  const votes = new Map<string, Map<string, Set<string>>>();
  const vote = (key: string, stem: string, via: string) => {
    let byEnglish = votes.get(key);
    if (!byEnglish) votes.set(key, (byEnglish = new Map()));
    let vias = byEnglish.get(stem);
    if (!vias) byEnglish.set(stem, (vias = new Set()));
    vias.add(via);
  };
  const scripts = new Map<string, number>();
  for (const bridge of bridges) {
    const english = pivot(bridge.via);
    if (!english) continue;
    for (const { headword, body } of readDictd(bridge.index, bridge.dict)) {
      const head = singleWord(headword, bridge.via, words);
      if (!head) continue;
      const concepts = english.byNorm.get(head.norm) ?? english.byStem.get(head.stem);
      if (!concepts) continue;
      const lines = body.split('\n');
      for (let i = 1; i < lines.length; i++) {
        if (i > 1 && !SENSE_LINE.test(lines[i]!)) continue;
        const cleaned = lines[i]!.normalize('NFD').replace(STRESS, '').normalize('NFC').replace(/\[[^\]]*\]|<[^>]*>|\([^)]*\)|\{[^}]*\}/g, ' ').replace(SENSE_LINE, '');
        for (const part of cleaned.split(/[,;]/)) {
          const word = part.trim() ? singleWord(part, lang, words) : undefined;
          if (!word || word.stop) continue;
          scripts.set(word.script, (scripts.get(word.script) ?? 0) + 1);
          for (const stem of concepts) {
            vote(`n${word.norm}`, stem, bridge.via);
            vote(`s${word.stem}`, stem, bridge.via);
          }
        }
      }
    }
  }
  // Some entries quote the pivot word or a foreign one among the translations: only the language's own script counts.
  const script = [...scripts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byNorm = new Map<string, string[]>();
  const byStem = new Map<string, string[]>();
  for (const [key, byEnglish] of votes) {
    if (scriptOf(key.slice(1)) !== script) continue;
    const agreed = [...byEnglish]
      .filter(([, vias]) => vias.size >= MIN_BRIDGES)
      .map(([stem, vias], order) => ({ stem, agree: vias.size, df: prior?.df(stem) ?? 0, order }))
      .sort((a, b) => b.agree - a.agree || b.df - a.df || a.order - b.order);
    if (agreed.length === 0) continue;
    (key[0] === 'n' ? byNorm : byStem).set(key.slice(1), agreed.slice(0, MAX_CONCEPTS).map((c) => c.stem));
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
