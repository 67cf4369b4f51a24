// Counts in how many English news articles each English concept stem occurs (no text is kept) and writes
// models/english-news-frequency.json.gz, the sense prior of the dictionary lexicon (src/analyze/pivot).
// Usage: npm run build:english-frequency -- [--articles FILE.jsonl] [--min-df 1]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { englishConceptStem } from '../src/analyze/pivot/english-spelling.js';
import type { EnglishFrequencyJSON } from '../src/analyze/pivot/english-frequency.js';
import { tokenize } from '../src/analyze/text/tokenize.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: resolve(root, '../shared/data/semeval-dev/articles.jsonl') },
    out: { type: 'string', default: resolve(root, 'models/english-news-frequency.json.gz') },
    'min-df': { type: 'string', default: '1' },
  },
});
const minDf = Number(values['min-df']);
const df = new Map<string, number>();
let documents = 0;
for (const line of readFileSync(resolve(values.articles!), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line) as { lang?: string; title?: string | null; text?: string };
  if (article.lang !== 'en') continue;
  documents++;
  const stems = new Set<string>();
  for (const token of tokenize(`${article.title ?? ''}\n${article.text ?? ''}`, 'en')) {
    if (token.numeric || token.script !== 'Latn' || token.norm.length < 2) continue;
    stems.add(englishConceptStem(token.norm, token.stem));
  }
  for (const stem of stems) df.set(stem, (df.get(stem) ?? 0) + 1);
}
const json: EnglishFrequencyJSON = {
  documents,
  df: Object.fromEntries([...df].filter(([, count]) => count >= minDf).sort(([a], [b]) => (a < b ? -1 : 1))),
};
const bytes = gzipSync(Buffer.from(JSON.stringify(json)), { level: 9 });
writeFileSync(values.out!, bytes);
console.log(`${documents} English articles; ${Object.keys(json.df).length} stems with df >= ${minDf}; wrote ${values.out} (${(bytes.length / 1024).toFixed(0)} KiB)`);
