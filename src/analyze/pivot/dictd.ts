import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface DictdEntry {
  headword: string;
  body: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's index numbers: base64 digits, most significant first. */
export function decodeDictdNumber(text: string): number {
  let n = 0;
  for (const char of text) {
    const digit = B64.indexOf(char);
    if (digit < 0) throw new Error(`bad dictd number ${JSON.stringify(text)}`);
    n = n * 64 + digit;
  }
  return n;
}

/**
 * Reads a dictd dictionary (`.index` + `.dict.dz`, or `.dict`). dictzip is gzip with a random-access
 * table in an extra field; inflating it whole is simplest and fast enough for a one-off compile.
 */
export function* readDictd(indexPath: string, dictPath: string): Generator<DictdEntry> {
  const raw = readFileSync(dictPath);
  const data = dictPath.endsWith('.dz') || dictPath.endsWith('.gz') ? gunzipSync(raw) : raw;
  const index = readFileSync(indexPath, 'utf8');
  let lineStart = 0;
  while (lineStart < index.length) {
    let lineEnd = index.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = index.length;
    const line = index.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    const tab1 = line.indexOf('\t');
    const tab2 = line.indexOf('\t', tab1 + 1);
    if (tab1 <= 0 || tab2 < 0) continue;
    const headword = line.slice(0, tab1);
    if (headword.startsWith('00-database') || headword.startsWith('00database')) continue;
    const offset = decodeDictdNumber(line.slice(tab1 + 1, tab2));
    const length = decodeDictdNumber(line.slice(tab2 + 1).trim());
    if (offset + length > data.length) continue;
    yield { headword, body: data.toString('utf8', offset, offset + length) };
  }
}
