import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CompiledDictionary } from './compile-dictionary.js';
import type { DictionaryFiles } from './languages.js';

/** Bump when compilation changes: caches with another stamp are rebuilt. */
export const LEXICON_FORMAT = '8';

/** Identifies the sources a cache was built from, so an upgraded dictionary invalidates it. */
export function sourceStamp(files: DictionaryFiles): string {
  const parts = [`v${LEXICON_FORMAT}`];
  for (const path of [files.forward?.dict, files.reverse?.dict, files.cedict]) {
    if (!path) continue;
    const stat = statSync(path);
    parts.push(`${basename(path)}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
  }
  return parts.join(' ');
}

export function cachePath(cacheDir: string, lang: string): string {
  return join(cacheDir, 'lexicon', `${lang}.tsv`);
}

const HEADER = '#storyweave-lexicon\t';

export function writeDictionaryCache(path: string, stamp: string, dictionary: CompiledDictionary): void {
  const lines = [`${HEADER}${stamp}`];
  for (const [key, concepts] of dictionary.byNorm) lines.push(`n\t${key}\t${concepts.join(' ')}`);
  for (const [key, concepts] of dictionary.byStem) lines.push(`s\t${key}\t${concepts.join(' ')}`);
  mkdirSync(join(path, '..'), { recursive: true });
  // Written aside then renamed: a concurrent reader never sees half a file.
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${lines.join('\n')}\n`);
  renameSync(temp, path);
}

/** The cached dictionary if it exists and was built from the same sources, else undefined. */
export function readDictionaryCache(path: string, stamp: string): CompiledDictionary | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || text.slice(0, firstEnd) !== `${HEADER}${stamp}`) return undefined;
  const byNorm = new Map<string, string[]>();
  const byStem = new Map<string, string[]>();
  let at = firstEnd + 1;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at + 2);
    if (tab > 0 && tab < end) {
      const map = text[at] === 'n' ? byNorm : byStem;
      map.set(text.slice(at + 2, tab), text.slice(tab + 1, end).split(' '));
    }
    at = end + 1;
  }
  return { byNorm, byStem };
}
