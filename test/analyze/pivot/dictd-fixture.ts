import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeDictdNumber(n: number): string {
  let out = '';
  do {
    out = B64[n % 64] + out;
    n = Math.floor(n / 64);
  } while (n > 0);
  return out;
}

/** Writes freedict-<name>.index and .dict.dz from [headword, body] pairs, as dictfmt would. */
export function writeDictd(dir: string, name: string, entries: Array<[string, string]>): void {
  mkdirSync(dir, { recursive: true });
  const header = '00-database-info\nA test dictionary.\n';
  const chunks: Buffer[] = [Buffer.from(header)];
  const index: string[] = [`00-database-info\t${encodeDictdNumber(0)}\t${encodeDictdNumber(Buffer.byteLength(header))}`];
  let offset = Buffer.byteLength(header);
  for (const [headword, body] of entries) {
    const bytes = Buffer.from(body);
    index.push(`${headword}\t${encodeDictdNumber(offset)}\t${encodeDictdNumber(bytes.length)}`);
    chunks.push(bytes);
    offset += bytes.length;
  }
  writeFileSync(join(dir, `freedict-${name}.index`), `${index.join('\n')}\n`);
  writeFileSync(join(dir, `freedict-${name}.dict.dz`), gzipSync(Buffer.concat(chunks)));
}

/** Builds the tiny French dictionary of test/fixtures/analyze/dictd-tiny into `dir`. */
export function buildTinyDictd(dir: string): void {
  const source = JSON.parse(readFileSync(new URL('../../fixtures/analyze/dictd-tiny/entries.json', import.meta.url), 'utf8')) as Record<string, Array<[string, string]>>;
  writeDictd(dir, 'fra-eng', source['fra-eng']);
  writeDictd(dir, 'eng-fra', source['eng-fra']);
}
