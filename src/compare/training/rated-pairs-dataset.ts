import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultEnglishFrequency } from '../../analyze/pivot/english-frequency.js';
import { ANALYZER_VERSION } from '../../analyze/analyzer.js';
import { analyzeRecords } from '../batch/analyze-records.js';
import { readArticlesJsonl } from '../batch/read-articles-jsonl.js';
import { readPairsCsv } from '../batch/read-pairs-csv.js';
import { DIMENSIONS, type AnalyzedArticle, type SimilarityScores } from '../model.js';

export interface GoldPair {
  id1: string;
  id2: string;
  /** `es`, `de-en`...: the cross-validation group. */
  langPair: string;
  gold: SimilarityScores;
}

export interface SemevalDataset {
  articles: Map<string, AnalyzedArticle>;
  pairs: GoldPair[];
}

function sourceHash(dir: string): string {
  const hash = createHash('sha1');
  const walk = (path: string): void => {
    for (const name of readdirSync(path).sort()) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else hash.update(name).update(readFileSync(child));
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 12);
}

/** The analysis cache file for this analyzer version, source and sense prior (bench/out is git-ignored). */
export function analysisCachePath(root: string, dataDir: string): string {
  // Another dictionary folder gives other analyses.
  const key = createHash('sha1').update(dataDir).update(process.env.STORYWEAVE_DICTD_DIR ?? '').digest('hex').slice(0, 8);
  const prior = defaultEnglishFrequency()?.stamp ?? 'none';
  return join(root, 'bench', 'out', `analyses-${key}-${ANALYZER_VERSION}-${sourceHash(join(root, 'src', 'analyze'))}-${prior}.json`);
}

/** Reads a SemEval-layout folder (pairs.csv + articles.jsonl) and analyses its articles (cached). */
export async function loadSemevalDataset(dataDir: string, cacheFile?: string): Promise<SemevalDataset> {
  const { articles: records } = readArticlesJsonl(join(dataDir, 'articles.jsonl'));
  const { articles: analyzed, failures } = await analyzeRecords(records, { cacheFile });
  for (const failure of failures) process.stderr.write(`${failure.error.toLine()}\n`);
  const articles = new Map(analyzed.map((article) => [article.id, article]));
  const pairs: GoldPair[] = [];
  for (const row of readPairsCsv(join(dataDir, 'pairs.csv'))) {
    const a = articles.get(row.id1);
    const b = articles.get(row.id2);
    if (!a || !b) continue;
    const gold = {} as SimilarityScores;
    for (const dimension of DIMENSIONS) gold[dimension] = Number(row.columns[dimension]);
    if (!Number.isFinite(gold.overall)) continue;
    const lang1 = row.columns.lang1 || a.lang;
    const lang2 = row.columns.lang2 || b.lang;
    pairs.push({ id1: row.id1, id2: row.id2, langPair: lang1 === lang2 ? lang1 : [lang1, lang2].sort().join('-'), gold });
  }
  return { articles, pairs };
}
