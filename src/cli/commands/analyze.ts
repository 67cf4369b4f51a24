import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { AnalysisInput, ArticleAnalysis } from '../../core/model.js';
import { StoryweaveError } from '../../core/errors.js';
import { defaultDbPath } from '../../core/paths.js';
import { calendarDate, languageCode, positiveInteger } from '../flag-values.js';
import { looksLikePath } from '../looks-like-path.js';
import { DB_OPTION_FLAGS, DB_OPTION_HELP, withStore } from '../open-store.js';

interface AnalyzeFlags {
  db?: string;
  json?: boolean;
  lang?: string;
  published?: string;
  terms: number;
}

// Same cap as ingest's default: analysis of one article, not of a dump.
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function registerAnalyzeCommands(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article (a text file, or a stored article id): language, entities, numbers, dates, pivot terms')
    .argument('<path|article-id>', 'a plain-text file (title on the first meaningful line), or the id (or unique prefix) of a stored article')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--lang <code>', 'language of a file, instead of detecting it', languageCode)
    .option('--published <date>', 'publication date of a file, to resolve "yesterday" and weekday names', calendarDate)
    .option('--terms <n>', 'how many top pivot terms to print', positiveInteger, 20)
    .option('--json', 'print the ArticleAnalysis as JSON')
    .action(async (target: string, flags: AnalyzeFlags) => {
      const { createAnalyzer, ANALYZER_VERSION } = await import('../../analyze/analyzer.js');
      const { detectLanguage } = await import('../../analyze/language.js');
      const analyzer = await createAnalyzer();
      let analysis: ArticleAnalysis;
      let confidence: number | undefined;
      if (isFile(target) || looksLikePath(target)) {
        const input = readArticleFile(target);
        let lang = flags.lang;
        if (!lang) {
          const guess = await detectLanguage(`${input.title}\n${input.text}`);
          lang = guess.lang;
          confidence = guess.confidence;
        }
        analysis = analyzer.analyze({ ...input, lang, published: flags.published });
      } else {
        const dbPath = flags.db ?? defaultDbPath();
        if (!existsSync(dbPath)) throw new StoryweaveError('SW_NOT_FOUND', `${target} is neither a file nor an article (no store at ${dbPath})`);
        analysis = await withStore(dbPath, (store) => {
          const article = store.findArticle(target);
          if (!article) throw new StoryweaveError('SW_NOT_FOUND', `article ${target}`);
          confidence = article.langConfidence;
          const stored = store.getAnalysis(article.id);
          if (stored && stored.analyzerVersion === ANALYZER_VERSION) return stored;
          return analyzer.analyze({ title: article.title, text: article.text, lang: article.lang, published: article.published });
        });
      }
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
        return;
      }
      process.stdout.write(formatAnalysis(analysis, confidence, flags.terms));
    });
}

function isFile(target: string): boolean {
  try {
    return statSync(target).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads a plain-text article: the title is the first meaningful line (not a short section label or
 * counter), the rest is the body. Kept in one function so the real ingest + extract pipeline can replace it.
 */
export function readArticleFile(path: string): AnalysisInput {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) throw new StoryweaveError('SW_INPUT_TOO_LARGE', `over ${MAX_FILE_BYTES} bytes`, path);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof StoryweaveError) throw error;
    throw new StoryweaveError('SW_INPUT_UNREADABLE', (error as NodeJS.ErrnoException).code ?? String(error), path);
  }
  if (bytes.includes(0)) throw new StoryweaveError('SW_INPUT_BINARY', undefined, path);
  const lines = bytes.toString('utf8').replace(/^\ufeff/, '').split(/\r?\n/).map((l) => l.trim());
  const meaningful = lines.findIndex((l) => l.split(/\s+/).length >= 3 || l.length >= 25);
  const titleIndex = meaningful >= 0 ? meaningful : lines.findIndex((l) => l.length > 0);
  if (titleIndex < 0) throw new StoryweaveError('SW_INPUT_EMPTY', undefined, path);
  return { title: lines[titleIndex], text: lines.slice(titleIndex + 1).join('\n').trim() };
}

/** The human-readable report: language, entities, numbers, dates, top pivot terms. */
export function formatAnalysis(a: ArticleAnalysis, confidence: number | undefined, topTerms: number): string {
  const out: string[] = [];
  out.push(`language: ${a.lang}${confidence !== undefined ? ` (${confidence.toFixed(2)})` : ''}   words: ${a.wordCount}   analyzer: ${a.analyzerVersion}`);
  out.push(`entities (${a.entities.length}):`);
  for (const e of a.entities) {
    const counts = new Map<string, number>();
    for (const m of e.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const mentions = [...counts].map(([text, n]) => (n > 1 ? `${text} ×${n}` : text)).join(', ');
    out.push(`  ${e.id}  ${e.canonical}  [${e.type}${e.country ? ` ${e.country}` : ''}]  ${mentions}`);
  }
  out.push(`numbers (${a.numbers.length}):`);
  for (const n of a.numbers) {
    const extras = [n.approximate ? 'approximate' : '', n.unit ? `unit ${n.unit}` : '', n.counts ? `counts ${n.counts} (${n.countsText})` : ''].filter(Boolean);
    out.push(`  ${n.value}  "${n.text}"${extras.length ? `  ${extras.join(', ')}` : ''}`);
  }
  out.push(`dates (${a.dates.length}):`);
  for (const d of a.dates) out.push(`  ${d.iso}  "${d.text}"${d.relative ? '  relative' : ''}`);
  const terms = Object.entries(a.terms).sort((x, y) => y[1] - x[1]).slice(0, topTerms);
  out.push(`top terms: ${terms.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  return `${out.join('\n')}\n`;
}
