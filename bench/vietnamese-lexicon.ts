// Vietnamese lexicon benchmark: share of content syllables the core lexicon covers, and pair scores of the
// Vietnamese seed and example against the other languages (each pair compared alone, as `storyweave compare`).
// Usage: npx tsx bench/vietnamese-lexicon.ts
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysedText, createAnalyzer } from '../src/analyze/analyzer.js';
import { loadLexicon } from '../src/analyze/pivot/lexicon.js';
import { tokenize } from '../src/analyze/text/tokenize.js';
import { compareArticles } from '../src/compare/compare-articles.js';
import { CorpusStats } from '../src/compare/corpus-stats.js';
import type { AnalyzedArticle } from '../src/compare/model.js';
import { extractDocument } from '../src/extract/extract-document.js';
import { readSources } from '../src/ingest/read-sources.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const seedsDir = resolve(root, '../shared/data/seeds');
const analyzer = await createAnalyzer();
const lexicon = await loadLexicon();

async function load(path: string, id: string): Promise<AnalyzedArticle> {
  for await (const item of readSources([path])) {
    if (!item.ok) throw item.error;
    const article = extractDocument(item.doc);
    const analysis = await analyzer.analyzeAsync({ title: article.title, text: article.text, published: article.published });
    return { id, title: article.title, text: article.text, lang: analysis.lang, published: article.published, analysis };
  }
  throw new Error(`${path}: no article`);
}

function coverage(article: AnalyzedArticle): string {
  const tokens = tokenize(analysedText(article), 'vi');
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; ) {
    const match = lexicon.phrase?.('vi', tokens, i);
    if (!match) {
      i++;
      continue;
    }
    if (match.concepts.length > 0) covered.fill(true, i, i + match.length);
    i += match.length;
  }
  const content = tokens.map((t, i) => [t, covered[i]] as const).filter(([t]) => !t.stop && !t.numeric);
  const hits = content.filter(([, hit]) => hit).length;
  let mass = 0;
  let concepts = 0;
  for (const [key, weight] of Object.entries(article.analysis.terms)) {
    mass += weight;
    if (!key.startsWith('cg:')) concepts += weight;
  }
  return `${hits}/${content.length} content syllables covered (${((hits / content.length) * 100).toFixed(1)}%), non-cognate term mass ${(concepts / mass).toFixed(3)}`;
}

function pairs(vi: AnalyzedArticle, others: AnalyzedArticle[]): void {
  for (const other of others) {
    const result = compareArticles(vi, other, CorpusStats.fromAnalyses([vi.analysis, other.analysis]), { explain: false });
    console.log(`  ${vi.id} vs ${other.id}: overall ${result.scores.overall.toFixed(3)}, P(same story) ${result.sameStoryProbability.toFixed(3)}`);
  }
}

const seeds = readdirSync(seedsDir).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort();
const seedArticles = await Promise.all(seeds.map((name) => load(join(seedsDir, name), name.slice(0, 3))));
const seedVi = seedArticles.find((a) => a.lang === 'vi')!;
console.log(`seed ${seedVi.id} (vi): ${coverage(seedVi)}`);
pairs(seedVi, seedArticles.filter((a) => a !== seedVi));

const examples = ['quake-en', 'quake-ru', 'quake-ar', 'quake-zh', 'railway-en', 'railway-ru'];
const exampleVi = await load(join(root, 'examples/quake-vi.txt'), 'quake-vi');
console.log(`examples/quake-vi: ${coverage(exampleVi)}`);
pairs(exampleVi, await Promise.all(examples.map((name) => load(join(root, `examples/${name}.txt`), name))));
