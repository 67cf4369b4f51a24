import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ANALYZER_VERSION, analysedText, createAnalyzer } from '../../../src/analyze/analyzer.js';
import type { ArticleAnalysis } from '../../../src/core/model.js';
import { buildTinyDictd } from '../pivot/dictd-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'sw-analyzer-'));
const dictdDir = join(work, 'dictd');
buildTinyDictd(dictdDir);
after(() => rmSync(work, { recursive: true, force: true }));
const analyzerPromise = createAnalyzer({ dictdDir, dataDir: join(work, 'cache') });

test('an analysis carries version, language, pivot terms, title terms, surface tokens and word count', async () => {
  const analyzer = await analyzerPromise;
  const title = 'Le président fuit';
  const text = "L'armée du Kazakhstan a vu fuir 98.000 personnes le 21 septembre.";
  const a = analyzer.analyze({ title, text, lang: 'fr' });
  assert.equal(a.analyzerVersion, ANALYZER_VERSION);
  assert.equal(a.lang, 'fr');
  assert.ok(a.terms['en:flee'] > 0 && a.terms['en:armi'] > 0, JSON.stringify(a.terms));
  assert.ok(Object.keys(a.terms).some((k) => k.startsWith('cg:')), 'names get cognate ids');
  assert.ok(a.titleTerms['en:presid'] > 0);
  assert.equal(a.titleTerms['en:armi'], undefined, 'title terms come from the title only');
  assert.ok(a.tokens['arm'] || a.tokens['armé'], JSON.stringify(a.tokens));
  assert.equal(a.wordCount, 13); // 98.000 and 21 are numbers, not words
  assert.deepEqual(a.numbers.map((n) => n.value), [98000]);
  assert.deepEqual(a.dates.map((d) => d.iso), ['--09-21']);
  const full = analysedText({ title, text });
  for (const d of a.dates) assert.equal(full.slice(d.start, d.end), d.text);
});

test('Vietnamese surface terms are syllable bigrams', async () => {
  const analyzer = await analyzerPromise;
  const a = analyzer.analyze({ title: 'Tổng thống Kazakhstan', text: 'Những người Nga chạy khỏi đất nước.', lang: 'vi' });
  assert.ok(a.tokens['tổng_thống'] > 0, JSON.stringify(a.tokens));
  assert.ok(Object.keys(a.tokens).every((k) => k.includes('_')));
});

test('bad input: empty text and a script nobody knows', async () => {
  const analyzer = await analyzerPromise;
  const empty = analyzer.analyze({ title: '', text: '', lang: 'en' });
  assert.equal(empty.wordCount, 0);
  assert.deepEqual(empty.terms, {});
  assert.deepEqual(empty.numbers, []);
  const runic = analyzer.analyze({ title: 'ᚠᚢᚦᚨᚱᚲ', text: 'ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾ', lang: 'und' });
  assert.equal(runic.wordCount, 3);
});

test('a 5 MB text is analysed in bounded time', async () => {
  const analyzer = await analyzerPromise;
  const paragraph = 'Le 21 septembre, environ 98.000 Russes ont fui vers le Kazakhstan, a déclaré le président Tokaev. ';
  const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
  const started = performance.now();
  const a = analyzer.analyze({ title: 'Big', text, lang: 'fr' });
  const ms = performance.now() - started;
  assert.ok(a.wordCount > 500_000);
  assert.ok(ms < 60_000, `${Math.round(ms)} ms`);
});

test('language is detected when not given', async () => {
  const analyzer = await analyzerPromise;
  const a = await analyzer.analyzeAsync({ title: 'Russians flee', text: 'Thousands of Russians have fled to Kazakhstan since the mobilisation was announced by the president.' });
  assert.equal(a.lang, 'en');
});

const seeds = join(process.cwd(), '..', 'shared', 'data', 'seeds');
const realDictd = '/usr/share/dictd';
const haveSeeds = existsSync(join(seeds, 'expected.json')) && existsSync(join(realDictd, 'freedict-fra-eng.index'));

function readSeed(file: string): { title: string; text: string } {
  const [title, ...rest] = readFileSync(join(seeds, file), 'utf8').split('\n').filter((l) => l.trim());
  return { title, text: rest.join('\n') };
}

function cosine(a: Record<string, number>, b: Record<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of Object.entries(a)) {
    na += v * v;
    if (b[k]) dot += v * b[k];
  }
  for (const v of Object.values(b)) nb += v * v;
  return dot / Math.sqrt(na * nb || 1);
}

test('seeds: facts found, and the French report of the same story is nearer the English one than the other French story', { skip: haveSeeds ? false : 'seed data or FreeDict not present' }, async () => {
  const analyzer = await createAnalyzer({ dataDir: join(work, 'real-cache') });
  const expected = JSON.parse(readFileSync(join(seeds, 'expected.json'), 'utf8')) as { articles: Record<string, { lang: string }> };
  const analyses: Record<string, ArticleAnalysis> = {};
  for (const file of ['000_1a9971e1b8cd9eb0.txt', '002_c55213d5c76b741f.txt', '003_c3826daaabdbbbfb.txt', '004_3336c18a44a6bb92.txt']) {
    analyses[file.slice(0, 3)] = analyzer.analyze({ ...readSeed(file), lang: expected.articles[file].lang });
  }
  const vi = analyses['002'].numbers.find((n) => n.value === 98000);
  assert.ok(vi?.approximate, 'khoảng 98.000 is approximate');
  const same = cosine(analyses['000'].terms, analyses['003'].terms);
  const other = cosine(analyses['004'].terms, analyses['003'].terms);
  assert.ok(same > other, `same story ${same.toFixed(3)} vs other story ${other.toFixed(3)}`);
});
