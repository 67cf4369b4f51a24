// Entities per language on the dev articles, and where they differ from an earlier run: a change meant for
// other languages must leave these lists as they were.
// Usage: npx tsx bench/entity-languages.ts [--data FILE] [--out FILE] [--against FILE]
//   --out FILE      write each article's entity lists (id, type, mentions) as JSON lines
//   --against FILE  compare with a file an earlier run wrote: per language, articles whose lists differ
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analysedText, ENTITY_TEXT_CAP } from '../src/analyze/analyzer.js';
import { extractEntities } from '../src/analyze/entities/extract-entities.js';
import { readArticlesJsonl } from '../src/compare/batch/read-articles-jsonl.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, against: { type: 'string' } } });
const dataPath = resolve(root, values.data ?? '../shared/data/semeval-dev/articles.jsonl');
const outPath = values.out;
const againstPath = values.against;

interface Row {
  id: string;
  lang: string;
  entities: string;
}

const rows: Row[] = [];
const totals = new Map<string, { articles: number; entities: number; mentions: number }>();
const started = performance.now();
const { articles, errors } = readArticlesJsonl(dataPath);
for (const error of errors) console.error(error.toLine());
for (const record of articles) {
  const article = { ...record, lang: record.lang ?? 'und' };
  const full = analysedText(article);
  const text = full.length > ENTITY_TEXT_CAP ? full.slice(0, ENTITY_TEXT_CAP) : full;
  const entities = extractEntities(text, article.lang, []);
  const t = totals.get(article.lang) ?? { articles: 0, entities: 0, mentions: 0 };
  t.articles++;
  t.entities += entities.length;
  for (const e of entities) t.mentions += e.mentions.length;
  totals.set(article.lang, t);
  rows.push({ id: String(article.id), lang: article.lang, entities: JSON.stringify(entities.map((e) => [e.id, e.type, e.mentions.map((m) => [m.start, m.end, m.text])])) });
}
console.log(`${rows.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log('lang  articles  entities  mentions');
for (const [lang, t] of [...totals].sort()) console.log(`${lang.padEnd(4)}  ${String(t.articles).padStart(8)}  ${String(t.entities).padStart(8)}  ${String(t.mentions).padStart(8)}`);
if (outPath) writeFileSync(outPath, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
if (againstPath) {
  const earlier = new Map<string, Row>();
  for (const line of readFileSync(againstPath, 'utf8').split('\n')) if (line.trim()) {
    const row = JSON.parse(line) as Row;
    earlier.set(row.id, row);
  }
  const differing = new Map<string, string[]>();
  for (const row of rows) {
    const before = earlier.get(row.id);
    if (before && before.entities === row.entities) continue;
    const list = differing.get(row.lang) ?? [];
    list.push(row.id);
    differing.set(row.lang, list);
  }
  console.log(`against ${againstPath}: articles whose entity lists differ`);
  for (const lang of [...totals.keys()].sort()) console.log(`${lang.padEnd(4)}  ${differing.get(lang)?.length ?? 0}${differing.get(lang)?.length ? `  (${differing.get(lang)!.slice(0, 5).join(', ')})` : ''}`);
}
