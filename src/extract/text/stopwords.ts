// Stop-word density: prose has many function words, chrome (menus, names, headlines) has few.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Every language's stop-word list, and for each word the lists that hold it (by position). */
let lists: { sets: Set<string>[]; listsOf: Map<string, number[]> } | undefined;

function stopwordLists(): { sets: Set<string>[]; listsOf: Map<string, number[]> } {
  if (!lists) {
    const raw = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
    const sets = Object.values(raw).map((words) => new Set(words.map((w) => w.toLowerCase())));
    const listsOf = new Map<string, number[]>();
    sets.forEach((set, index) => {
      for (const word of set) {
        const holders = listsOf.get(word);
        if (holders) holders.push(index);
        else listsOf.set(word, [index]);
      }
    });
    lists = { sets, listsOf };
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
  // Each word is looked up once, not once per language (57 lists): this runs for every plain-text document.
  const { sets, listsOf } = stopwordLists();
  const hits = new Array<number>(sets.length).fill(0);
  for (const w of sample) for (const index of listsOf.get(w) ?? []) hits[index]++;
  // Ties go to the first list, as they did when the lists were tried in turn.
  let best = -1;
  for (let index = 0; index < hits.length; index++) if (hits[index] > (best < 0 ? 0 : hits[best])) best = index;
  return best >= 0 && hits[best] / sample.length >= 0.12 ? sets[best] : undefined;
}

export function stopwordDensity(words: readonly string[], stopwords: Set<string>): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (stopwords.has(w)) hits++;
  return hits / words.length;
}
