import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { CorpusStatsJSON } from './corpus-stats.js';
import { STAT_KINDS, type StatKind } from './model.js';

/** Document frequencies of a reference news corpus, frozen: see CorpusStats. */
export interface ReferenceCorpus {
  documents: number;
  df: Record<StatKind, Map<string, number>>;
}

// Same depth from src/compare and dist/compare, so the file resolves in both.
const REFERENCE_FILE = new URL('../../models/reference-corpus.json.gz', import.meta.url);

let loaded: ReferenceCorpus | null | undefined;

export function referenceCorpusFromJSON(json: CorpusStatsJSON): ReferenceCorpus {
  const df = {} as Record<StatKind, Map<string, number>>;
  for (const kind of STAT_KINDS) df[kind] = new Map(Object.entries(json.df[kind] ?? {}));
  return { documents: json.documents, df };
}

/**
 * The committed reference corpus (`npm run build:reference-corpus`: document frequencies only, no
 * text), or undefined when the file is missing: IDF then comes from the live corpus alone.
 */
export function defaultReferenceCorpus(): ReferenceCorpus | undefined {
  if (loaded === undefined) {
    loaded = existsSync(REFERENCE_FILE) ? referenceCorpusFromJSON(JSON.parse(gunzipSync(readFileSync(REFERENCE_FILE)).toString('utf8')) as CorpusStatsJSON) : null;
  }
  return loaded ?? undefined;
}
