import { createRequire } from 'node:module';
import { scriptOf } from './script.js';
import { normalizeWord } from './normalize.js';
import { ownValue } from '../../core/own-value.js';

const require = createRequire(import.meta.url);

// stopwords-iso's English list also holds news content words; these stay content.
const KEEP: Record<string, string[]> = {
  en: `million billion trillion thousand hundred zero one two three four five six seven eight nine ten eleven twelve
    fifteen twenty thirty forty fifty sixty seventy eighty ninety first second third fifth world new year years home
    house man men women woman country group groups grouped area areas case cases member members war city part parts end
    ended ending point points work worked working works system information problem problems order ordered orders room
    rooms place placed places face faces fact facts interest interests number numbers present presented open opened
    opening turn turned large old older young younger high higher long small big great greatest early late today
    yesterday tomorrow night week month day days bill fire computer research results adopted affected announce backed
    cause causes effect date value test text site website page name join free good general important proud serious
    significant novel keys ring state states run help move kept court police army force forces government president
    minister people children killed dead`.split(/\s+/),
};

let all: Record<string, string[]> | undefined;
const sets = new Map<string, Set<string>>();

/** Normalised stop words of a language (empty when none are known). Built once per language. */
export function stopWords(lang: string): Set<string> {
  let set = sets.get(lang);
  if (set) return set;
  all ??= require('stopwords-iso') as Record<string, string[]>;
  const keep = new Set(ownValue(KEEP, lang) ?? []);
  set = new Set<string>();
  for (const word of all[lang] ?? []) {
    // Vietnamese is tokenised by syllable: only one-syllable entries can match a token.
    if (word.includes(' ') || keep.has(word)) continue;
    set.add(normalizeWord(word, scriptOf(word), lang));
  }
  sets.set(lang, set);
  return set;
}
