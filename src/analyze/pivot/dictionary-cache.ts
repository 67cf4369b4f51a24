import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CompiledDictionary } from './compile-dictionary.js';
import { compareKeys, SortedConceptTable, type ConceptTable } from './concept-table.js';
import type { DictionaryFiles } from './languages.js';

/** Bump when compilation or the file layout changes: caches with another stamp are rebuilt. */
export const LEXICON_FORMAT = '14';
/** Bump when bridged glosses (`bridgedConcepts`) change. */
export const BRIDGES_FORMAT = '2';

/** Identifies the sources a cache was built from, so an upgraded dictionary or sense prior invalidates it. */
export function sourceStamp(files: DictionaryFiles, priorStamp?: string): string {
  const parts = [`v${LEXICON_FORMAT}`];
  if (priorStamp) parts.push(`prior:${priorStamp}`);
  for (const path of [files.forward?.dict, files.reverse?.dict, files.cedict]) {
    if (!path) continue;
    const stat = statSync(path);
    parts.push(`${basename(path)}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
  }
  // A bridge's glosses also depend on the pivot language's own dictionary, stamped with it. Bridging has a version
  // of its own, so that changing it rebuilds only the languages that use bridges.
  if (files.bridges?.length) parts.push(`bridges:${BRIDGES_FORMAT}`);
  for (const bridge of files.bridges ?? []) {
    for (const path of [bridge.dict, ...bridge.pivotDicts]) {
      const stat = statSync(path);
      parts.push(`${basename(path)}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
    }
  }
  return parts.join(' ');
}

// The format is in the file name too, so checkouts with different formats sharing a cache directory do not
// keep rebuilding each other's file.
export function cachePath(cacheDir: string, lang: string): string {
  return join(cacheDir, 'lexicon', `${lang}.v${LEXICON_FORMAT}.tsv`);
}

const HEADER = '#storyweave-lexicon\t';

function sortedLines(kind: string, table: ConceptTable): string[] {
  return [...table]
    .sort((a, b) => compareKeys(a[0], b[0]))
    .map(([key, concepts]) => `${kind}\t${key}\t${concepts.join(' ')}\n`);
}

/** The cache file's text: a header with the stamp and entry counts, then word lines and stem lines, each sorted by key. */
export function serializeDictionary(stamp: string, dictionary: CompiledDictionary): string {
  const header = `${HEADER}${stamp}\t${dictionary.byNorm.size}\t${dictionary.byStem.size}\n`;
  return header + sortedLines('n', dictionary.byNorm).join('') + sortedLines('s', dictionary.byStem).join('');
}

export function writeDictionaryCache(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  // Written aside then renamed: a concurrent reader never sees half a file.
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/** A dictionary searched in its cache text, if the text was built from sources with this stamp. */
export function parseDictionary(text: string, stamp: string): CompiledDictionary | undefined {
  const headerEnd = text.indexOf('\n');
  const prefix = `${HEADER}${stamp}\t`;
  if (headerEnd < 0 || !text.startsWith(prefix) || !text.endsWith('\n')) return undefined;
  const [normCount, stemCount] = text.slice(prefix.length, headerEnd).split('\t').map(Number);
  if (!Number.isInteger(normCount) || !Number.isInteger(stemCount)) return undefined;
  const start = headerEnd + 1;
  const stemStart = text.startsWith('s\t', start) ? start : text.indexOf('\ns\t', start) + 1 || text.length;
  try {
    return {
      byNorm: new SortedConceptTable(text, start, stemStart, normCount),
      byStem: new SortedConceptTable(text, stemStart, text.length, stemCount),
    };
  } catch {
    return undefined; // a damaged file is rebuilt
  }
}

/** The cached dictionary if it exists and was built from the same sources, else undefined. */
export function readDictionaryCache(path: string, stamp: string): CompiledDictionary | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return parseDictionary(text, stamp);
}
