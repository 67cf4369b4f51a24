// Name-matching benchmark: runs matchNames on labelled name pairs and prints precision, recall and F1
// per type and overall, on the two halves of the file (split by a hash of the row: tune on `A`,
// check on `B`) and for rows that are CLDR lookups (both names are CLDR territory or city names).
// Usage: npm run bench:names [-- --data FILE] [-- --errors]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookupName } from '../src/analyze/gazetteer/gazetteer.js';
import { matchNames } from '../src/analyze/entities/match-names.js';
import { extractEntities } from '../src/analyze/entities/extract-entities.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const dataArg = args.indexOf('--data');
const dataPath = dataArg >= 0 && args[dataArg + 1] ? resolve(root, args[dataArg + 1]!) : resolve(root, '../shared/data/names-dev/name_pairs.tsv');
const showErrors = args.includes('--errors');

interface Row {
  name1: string;
  lang1: string;
  name2: string;
  lang2: string;
  same: boolean;
  type: string;
  half: 'A' | 'B';
  cldr: boolean;
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function unquote(cell: string): string {
  return cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

const lines = readFileSync(dataPath, 'utf8').split(/\r?\n/).filter((l) => l.trim());
const header = lines[0]!.split('\t');
const col = (name: string) => header.indexOf(name);
const rows: Row[] = lines.slice(1).map((line) => {
  const cells = line.split('\t').map(unquote);
  const [name1, lang1, name2, lang2] = [cells[col('name1')]!, cells[col('lang1')]!, cells[col('name2')]!, cells[col('lang2')]!];
  return {
    name1, lang1, name2, lang2,
    same: cells[col('same')] === '1',
    type: cells[col('type')] ?? '?',
    half: fnv(line) % 2 === 0 ? 'A' : 'B',
    cldr: false,
  };
});

const started = performance.now();
const predicted = rows.map((row) => matchNames(row.name1, row.lang1, row.name2, row.lang2));
const elapsed = performance.now() - started;
for (const row of rows) {
  if (row.type === 'LOC') row.cldr = lookupName(row.name1, row.lang1).length > 0 && lookupName(row.name2, row.lang2).length > 0;
}

interface Counts { tp: number; fp: number; fn: number; n: number }
function f1(subset: number[]): { p: number; r: number; f: number; n: number } {
  const c: Counts = { tp: 0, fp: 0, fn: 0, n: subset.length };
  for (const i of subset) {
    const gold = rows[i]!.same;
    const pred = predicted[i]!.same;
    if (gold && pred) c.tp++;
    else if (pred) c.fp++;
    else if (gold) c.fn++;
  }
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, n: c.n };
}

const idx = rows.map((_, i) => i);
const fmt = (label: string, subset: number[]) => {
  const { p, r, f, n } = f1(subset);
  return `${label.padEnd(26)} n=${String(n).padStart(4)}  P=${p.toFixed(3)}  R=${r.toFixed(3)}  F1=${f.toFixed(3)}`;
};
console.log(`names benchmark: ${dataPath}`);
console.log(`${rows.length} pairs, ${elapsed.toFixed(0)} ms (${((elapsed * 1000) / rows.length).toFixed(0)} µs/pair incl. table build)`);
for (const half of ['all', 'A', 'B'] as const) {
  const inHalf = idx.filter((i) => half === 'all' || rows[i]!.half === half);
  console.log(`-- ${half === 'all' ? 'all rows' : `half ${half}${half === 'A' ? ' (tuned on)' : ' (held out)'}`}`);
  for (const type of ['PER', 'ORG', 'LOC']) console.log(fmt(`  ${type}`, inHalf.filter((i) => rows[i]!.type === type)));
  console.log(fmt('  overall', inHalf));
}
const cldr = idx.filter((i) => rows[i]!.cldr);
console.log(`-- LOC rows decided by CLDR/Intl lookups (both names found in the gazetteer): ${cldr.length} of ${idx.filter((i) => rows[i]!.type === 'LOC').length}`);
console.log(fmt('  LOC, CLDR lookups', cldr));
console.log(fmt('  LOC, not in CLDR', idx.filter((i) => rows[i]!.type === 'LOC' && !rows[i]!.cldr)));
if (showErrors) {
  for (const i of idx) {
    const row = rows[i]!;
    if (row.same !== predicted[i]!.same && (row.half === 'A' || args.includes('--all-errors'))) {
      console.log(`${row.same ? 'FN' : 'FP'} ${row.type} ${predicted[i]!.score.toFixed(3)}  ${row.name1} [${row.lang1}]  ~  ${row.name2} [${row.lang2}]`);
    }
  }
}

// Mention finding and resolution speed on the seed articles (tables already built above).
const seeds = resolve(root, '../shared/data/seeds');
if (existsSync(resolve(seeds, 'expected.json'))) {
  const expected = JSON.parse(readFileSync(resolve(seeds, 'expected.json'), 'utf8')) as { articles: Record<string, { lang: string }> };
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt') && expected.articles[f])
    .map((f) => {
      const lines = readFileSync(resolve(seeds, f), 'utf8').split(/\r?\n/);
      const first = lines.findIndex((l) => l.trim());
      return { text: `${lines[first]!.trim()}\n\n${lines.slice(first + 1).join('\n').trim()}`, lang: expected.articles[f]!.lang };
    });
  for (const { text, lang } of texts) extractEntities(text, lang, []);
  const rounds = 50;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  let entities = 0;
  for (let r = 0; r < rounds; r++) for (const { text, lang } of texts) entities += extractEntities(text, lang, []).length;
  const n = rounds * texts.length;
  const chars = texts.reduce((sum, t) => sum + t.text.length, 0) / texts.length;
  console.log(`-- extractEntities on ${texts.length} seed articles (mean ${chars.toFixed(0)} chars, ${(entities / n).toFixed(0)} entities each): ` +
    `${(process.cpuUsage(cpu).user / 1000 / n).toFixed(2)} ms CPU, ${((performance.now() - wall) / n).toFixed(2)} ms wall per article`);
}
