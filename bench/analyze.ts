// Analysis speed benchmark: dictionary cache build and load times, language detection, and analysis
// (articles/second, median ms per article) over the seeds and the SemEval dev articles, plus the median
// for ~4,000-character articles with a per-stage breakdown. Single process, so one core.
// Usage: npm run bench:analyze [-- --limit N] [-- --keep-cache] [-- --cache-dir DIR]
// --cache-dir reuses (or fills) a dictionary cache, so repeated runs skip the one-off builds. Builds in the
// same process leave a larger heap (and full word memos) behind, which slows the analysis timings after them.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysedText, createAnalyzer } from '../src/analyze/analyzer.js';
import { extractDates } from '../src/analyze/dates/extract-dates.js';
import { extractEntities } from '../src/analyze/entities/extract-entities.js';
import { detectLanguage } from '../src/analyze/language.js';
import { extractNumbers } from '../src/analyze/numbers/extract-numbers.js';
import { loadDictionary, loadLexicon } from '../src/analyze/pivot/lexicon.js';
import { pivotTerms } from '../src/analyze/pivot/pivot-terms.js';
import { tokenize } from '../src/analyze/text/tokenize.js';
import type { AnalysisInput } from '../src/core/model.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const shared = resolve(root, '../shared/data');
const args = process.argv.slice(2);
const limitArg = args.indexOf('--limit');
const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Infinity;

interface Doc extends AnalysisInput {
  lang: string;
  id: string;
}

const median = (xs: number[]) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
const fmt = (x: number, digits = 2) => x.toFixed(digits);

function seeds(): Doc[] {
  const dir = join(shared, 'seeds');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { articles: Record<string, { lang: string }> };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const [title, ...rest] = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim());
      return { id: f, title, text: rest.join('\n'), lang: expected.articles[f].lang };
    });
}

function semeval(): Doc[] {
  const lines = readFileSync(join(shared, 'semeval-dev/articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return lines.slice(0, limit).map((line) => {
    const r = JSON.parse(line) as { id: string; lang: string; title: string | null; text: string | null };
    return { id: r.id, title: r.title ?? '', text: r.text ?? '', lang: r.lang };
  });
}

const cacheDirArg = args.indexOf('--cache-dir');
const cacheDir = cacheDirArg >= 0 ? resolve(args[cacheDirArg + 1]) : mkdtempSync(join(tmpdir(), 'sw-bench-analyze-'));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`${new Date().toISOString()}, load average ${load()}`);
const seedDocs = seeds();
const semDocs = semeval();
const languages = [...new Set([...seedDocs, ...semDocs].map((d) => d.lang))].sort();
console.log(`articles: ${seedDocs.length} seeds, ${semDocs.length} SemEval dev; languages: ${languages.join(' ')}`);

console.log('\n## Dictionary cache (FreeDict -> compiled per-language file)');
// Also Chinese (CC-CEDICT) and the reverse-only dictionaries (Russian, Turkish), though no article here needs them.
for (const lang of [...new Set([...languages, 'zh', 'ru', 'tr'])]) {
  const built = loadDictionary(lang, { dataDir: cacheDir }).load;
  if (built.source === 'none') {
    console.log(`${lang}: ${lang === 'en' ? 'English is the pivot (no dictionary needed)' : 'no dictionary (cognate fallback)'}`);
    continue;
  }
  const loaded = loadDictionary(lang, { dataDir: cacheDir }).load;
  const build = built.source === 'compiled' ? `build ${fmt(built.ms / 1000)} s` : 'cache reused';
  console.log(`${lang}: ${build}, cache load ${fmt(loaded.ms, 0)} ms, ${loaded.entries} keys`);
}

const lexicon = await loadLexicon({ dataDir: cacheDir, preload: languages });
const analyzer = await createAnalyzer({ lexicon });

console.log('\n## Language detection (fastText lid.176, first 2,000 characters)');
await detectLanguage('warm up the model');
{
  const times: number[] = [];
  let agree = 0;
  const started = performance.now();
  for (const doc of semDocs) {
    const t = performance.now();
    const guess = await detectLanguage(`${doc.title}\n${doc.text}`);
    times.push(performance.now() - t);
    if (guess.lang === doc.lang) agree++;
  }
  const total = (performance.now() - started) / 1000;
  console.log(`SemEval dev: ${fmt(semDocs.length / total, 0)} articles/s, median ${fmt(median(times), 3)} ms, agrees with the labels on ${fmt((100 * agree) / semDocs.length, 1)}%`);
}

const failures = new Map<string, string>();

/** Analyses one article; a failure is recorded (and reported at the end) rather than ending the run. */
function tryAnalyze(doc: Doc): boolean {
  try {
    analyzer.analyze(doc);
    return true;
  } catch (error) {
    failures.set(doc.id, error instanceof Error ? `${error.message} ${error.stack?.split('\n')[1]?.trim() ?? ''}` : String(error));
    return false;
  }
}

function timeAnalysis(name: string, docs: Doc[]): void {
  for (const doc of docs.slice(0, 20)) tryAnalyze(doc); // warm-up: JIT, memo tables, gazetteer
  const times: number[] = [];
  let chars = 0;
  let failed = 0;
  const started = performance.now();
  for (const doc of docs) {
    const t = performance.now();
    if (!tryAnalyze(doc)) failed++;
    times.push(performance.now() - t);
    chars += doc.title.length + doc.text.length;
  }
  const total = (performance.now() - started) / 1000;
  console.log(`${name}: ${docs.length} articles, ${fmt(docs.length / total, 0)} articles/s, median ${fmt(median(times))} ms, p95 ${fmt(p95(times))} ms, mean ${fmt(chars / docs.length, 0)} chars${failed ? `, ${failed} FAILED` : ''}`);
}

const docs4k = [...semDocs, ...seedDocs].filter((d) => {
  const n = analysedText(d).length;
  return n >= 3500 && n <= 4500;
});

console.log('\n## ~4,000-character articles (3,500-4,500 characters), per stage (first pass over each article, before any other analysis, then the whole analysis again)');
{
  const docs = docs4k;
  // Stages first, on words not seen before (cold memo tables, as for a new article), then the whole
  // analysis again (warm), so both costs show.
  const stages: Record<string, number[]> = { tokenize: [], dates: [], numbers: [], terms: [], entities: [], 'total warm': [] };
  for (const doc of docs) {
    const text = analysedText(doc);
    let t = performance.now();
    const tokens = tokenize(text, doc.lang);
    stages.tokenize.push(performance.now() - t);
    t = performance.now();
    const dates = extractDates(text, doc.lang);
    stages.dates.push(performance.now() - t);
    t = performance.now();
    extractNumbers(text, doc.lang, tokens, { lexicon, exclude: dates });
    stages.numbers.push(performance.now() - t);
    t = performance.now();
    pivotTerms(tokens, doc.lang, lexicon);
    stages.terms.push(performance.now() - t);
    t = performance.now();
    try {
      extractEntities(text, doc.lang, tokens);
    } catch {
      continue;
    }
    stages.entities.push(performance.now() - t);
    t = performance.now();
    tryAnalyze(doc);
    stages['total warm'].push(performance.now() - t);
  }
  console.log(`${docs.length} articles; median ms: ${Object.entries(stages).map(([k, v]) => `${k} ${fmt(median(v))}`).join(', ')}`);
}


console.log('\n## Analysis (language given; dictionaries already loaded)');
timeAnalysis('seeds', seedDocs);
timeAnalysis('SemEval dev', semDocs);
// Long runs see mostly known word forms: a second pass shows the steady state (and any slowdown that builds up).
timeAnalysis('SemEval dev, second pass', semDocs);
for (const lang of languages) {
  const docs = semDocs.filter((d) => d.lang === lang);
  if (docs.length >= 50) timeAnalysis(`  ${lang}`, docs);
}

{
  // After everything above: compiled code and memos as in a long run.
  const times: number[] = [];
  for (const doc of docs4k) {
    const t = performance.now();
    if (tryAnalyze(doc)) times.push(performance.now() - t);
  }
  console.log(`\n## ~4,000-character articles, whole analysis in the steady state\n${times.length} articles; median ${fmt(median(times))} ms, p95 ${fmt(p95(times))} ms`);
}

if (failures.size > 0) {
  console.log(`\n${failures.size} articles failed analysis; first: ${[...failures].slice(0, 3).map(([id, message]) => `${id}: ${message}`).join(' | ')}`);
}

console.log(`\nload average at the end ${load()}`);
if (cacheDirArg >= 0) console.log(`cache in ${cacheDir}`);
else if (!args.includes('--keep-cache')) rmSync(cacheDir, { recursive: true, force: true });
else console.log(`\ncache kept in ${cacheDir}`);
