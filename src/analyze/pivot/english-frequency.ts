import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * How many news articles use each English concept stem: the prior that ranks a dictionary word's senses, so
 * that Arabic رئيس reads as `president` and not as its first-listed gloss `boss`. Built from English news
 * text by `npm run build:english-frequency` (counts only, no text).
 */
export interface EnglishFrequency {
  documents: number;
  /** Documents using the stem (0 when unseen). */
  df(stem: string): number;
  /** Identifies the table's content, for dictionary cache stamps. */
  readonly stamp: string;
}

export interface EnglishFrequencyJSON {
  documents: number;
  df: Record<string, number>;
}

// Same depth from src/analyze/pivot and dist/analyze/pivot, so the file resolves in both.
const FREQUENCY_FILE = new URL('../../../models/english-news-frequency.json.gz', import.meta.url);

export function englishFrequencyFromJSON(json: EnglishFrequencyJSON, stamp: string): EnglishFrequency {
  const counts = new Map(Object.entries(json.df));
  return { documents: json.documents, df: (stem) => counts.get(stem) ?? 0, stamp };
}

let loaded: EnglishFrequency | null | undefined;

/** The committed table, or undefined when the file is missing: senses then keep the dictionary's order. */
export function defaultEnglishFrequency(): EnglishFrequency | undefined {
  if (loaded === undefined) {
    if (!existsSync(FREQUENCY_FILE)) loaded = null;
    else {
      const bytes = readFileSync(FREQUENCY_FILE);
      const stamp = createHash('sha1').update(bytes).digest('hex').slice(0, 10);
      loaded = englishFrequencyFromJSON(JSON.parse(gunzipSync(bytes).toString('utf8')) as EnglishFrequencyJSON, stamp);
    }
  }
  return loaded ?? undefined;
}
