// Stop-word density: prose has many function words, chrome (menus, names, headlines) has few.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let lists: Map<string, Set<string>> | undefined;

function stopwordLists(): Map<string, Set<string>> {
  if (!lists) {
    const raw = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
    lists = new Map(Object.entries(raw).map(([lang, words]) => [lang, new Set(words.map((w) => w.toLowerCase()))]));
  }
  return lists;
}

const WORD = /[\p{L}\p{M}\p{N}'’]+/gu;

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/^['’]+|['’]+$/g, ''));
}

/** The stop-word list that covers the most tokens of a sample, or undefined when none covers any meaningful share. */
export function guessStopwords(sample: readonly string[]): Set<string> | undefined {
  if (sample.length < 20) return undefined;
  let best: Set<string> | undefined;
  let bestHits = 0;
  for (const set of stopwordLists().values()) {
    let hits = 0;
    for (const w of sample) if (set.has(w)) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      best = set;
    }
  }
  return bestHits / sample.length >= 0.12 ? best : undefined;
}

export function stopwordDensity(words: readonly string[], stopwords: Set<string>): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (stopwords.has(w)) hits++;
  return hits / words.length;
}
