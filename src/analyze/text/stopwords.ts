import { createRequire } from 'node:module';
import { scriptOf } from './script.js';
import { normalizeWord } from './normalize.js';

const require = createRequire(import.meta.url);

// stopwords-iso's English list also holds news content words; these stay content.
const KEEP: Record<string, string[]> = {
  en: ['million', 'billion', 'world', 'new', 'year', 'years', 'first', 'second', 'third', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundred', 'thousand', 'states', 'state', 'home', 'house', 'man', 'men', 'women', 'woman', 'country', 'group', 'groups', 'area', 'areas', 'world', 'case', 'cases', 'member', 'members', 'war', 'city', 'part', 'parts', 'end', 'point', 'work', 'system', 'information', 'problem', 'order', 'room', 'place', 'face', 'fact', 'interest', 'number', 'numbers', 'present', 'open', 'opened', 'turn', 'large', 'old', 'young', 'high', 'long', 'small', 'big', 'great', 'early', 'late', 'today', 'yesterday', 'tomorrow', 'night', 'week', 'month', 'day', 'days'],
};

let all: Record<string, string[]> | undefined;
const sets = new Map<string, Set<string>>();

/** Normalised stop words of a language (empty when none are known). Built once per language. */
export function stopWords(lang: string): Set<string> {
  let set = sets.get(lang);
  if (set) return set;
  all ??= require('stopwords-iso') as Record<string, string[]>;
  const keep = new Set(KEEP[lang] ?? []);
  set = new Set<string>();
  for (const word of all[lang] ?? []) {
    // Vietnamese is tokenised by syllable: only one-syllable entries can match a token.
    if (word.includes(' ') || keep.has(word)) continue;
    set.add(normalizeWord(word, scriptOf(word), lang));
  }
  sets.set(lang, set);
  return set;
}
