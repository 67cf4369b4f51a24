// Article-extraction benchmark: the Zyte article-extraction metric (4-token shingles of Unicode
// \w+ tokens, per-page tp/fp/fn normalised, precision and recall averaged over pages).
// Usage: npm run bench:extract -- [--data DIR] [--dump DIR] [--worst N] [--only ID]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../src/extract/html/extract-html.js';

interface Truth {
  articleBody: string;
  url?: string;
}

export interface PageScore {
  /** Undefined when the page has nothing predicted and nothing true to find (not averaged). */
  precision?: number;
  recall?: number;
}

// Python's re `\w` (letters and numbers of any script and `_`, but no combining marks)
const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const add = (s: string) => out.set(s, (out.get(s) ?? 0) + 1);
  if (tokens.length === 0) return out;
  if (tokens.length < 4) add(tokens.join(' '));
  for (let i = 0; i + 4 <= tokens.length; i++) add(tokens.slice(i, i + 4).join(' '));
  return out;
}

/**
 * The benchmark's per-page score: tp/fp/fn over shingle multisets; precision is left out of the
 * average when nothing was predicted, recall when nothing was expected (its evaluate.py).
 */
export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, n] of p) {
    const m = t.get(s) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [s, n] of t) fn += Math.max(0, n - (p.get(s) ?? 0));
  const both = fp === 0 && fn === 0;
  return {
    ...(tp + fp > 0 || both ? { precision: both ? 1 : tp / (tp + fp) } : {}),
    ...(tp + fn > 0 || both ? { recall: both ? 1 : tp / (tp + fn) } : {}),
  };
}

export function averageScores(scores: readonly PageScore[]): { precision: number; recall: number; f1: number } {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(scores.flatMap((s) => (s.precision === undefined ? [] : [s.precision])));
  const recall = mean(scores.flatMap((s) => (s.recall === undefined ? [] : [s.recall])));
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
  const dataDir = resolve(argValue(args, '--data') ?? join(repoRoot, '..', 'shared', 'data', 'extraction-dev'));
  const dumpDir = argValue(args, '--dump');
  const worst = Number(argValue(args, '--worst') ?? 0);
  const only = argValue(args, '--only');
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const files = readdirSync(join(dataDir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  if (dumpDir) mkdirSync(dumpDir, { recursive: true });
  const scores: Array<{ id: string } & PageScore> = [];
  let extractMs = 0;
  for (const file of files) {
    const id = file.replace(/\.html\.gz$/, '');
    if (only && !id.startsWith(only)) continue;
    const expected = truth[id];
    if (!expected) continue;
    const html = gunzipSync(readFileSync(join(dataDir, 'html', file))).toString('utf8');
    const t0 = performance.now();
    let text = '';
    try {
      text = extractHtml(html, { url: expected.url }).text;
    } catch (error) {
      console.error(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    extractMs += performance.now() - t0;
    scores.push({ id, ...scorePage(expected.articleBody, text) });
    if (dumpDir) writeFileSync(join(dumpDir, `${id}.txt`), text);
  }
  const n = scores.length;
  const { precision, recall, f1 } = averageScores(scores);
  console.log(`pages ${n}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  ${(n / (extractMs / 1000)).toFixed(1)} pages/s`);
  if (worst > 0) {
    const byF1 = scores
      .map((s) => {
        const p = s.precision ?? 0;
        const r = s.recall ?? 0;
        return { ...s, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
      })
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, worst);
    for (const s of byF1) console.log(`${s.id.slice(0, 16)}  P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}  ${truth[s.id].url ?? ''}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
