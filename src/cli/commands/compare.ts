import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { AnalysisInput, ArticleAnalysis } from '../../core/model.js';
import { asStoryweaveError, StoryweaveError } from '../../core/errors.js';
import { defaultDbPath } from '../../core/paths.js';
import type { AnalyzedArticle } from '../../compare/model.js';
import { EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';
import { looksLikePath } from '../looks-like-path.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-flags.js';

interface CompareFlags extends ReadFlags {
  json?: boolean;
  db?: string;
  articles?: string;
  pairs?: string;
  out?: string;
}

/** Background articles from the store for IDF, so two articles alone are not their own corpus. */
const MAX_BACKGROUND_ARTICLES = 5000;

export function registerCompareCommands(program: Command): void {
  const command = program
    .command('compare')
    .description('score how similar two articles are (any languages), or a batch of pairs')
    .argument('[a]', 'file, URL or stored article id')
    .argument('[b]', 'file, URL or stored article id')
    .option('--json', 'print the comparison as JSON')
    .option('--db <file>', 'SQLite store for article ids (env STORYWEAVE_DB, default ./storyweave.db)')
    .option('--articles <file>', 'batch: ARTICLES.jsonl with {id, title, text, lang?} per line')
    .option('--pairs <file>', 'batch: PAIRS.csv with columns id1,id2')
    .option('--out <file>', 'batch: where to write SCORES.csv');
  addReadOptions(command);
  command.action(async (a: string | undefined, b: string | undefined, flags: CompareFlags) => {
    if (flags.articles || flags.pairs || flags.out) {
      if (!flags.articles || !flags.pairs || !flags.out) throw new StoryweaveError('SW_USAGE', 'batch mode needs --articles, --pairs and --out');
      if (a || b) throw new StoryweaveError('SW_USAGE', 'give either two articles or --articles/--pairs/--out, not both');
      await runBatch(flags.articles, flags.pairs, flags.out);
      return;
    }
    if (!a || !b) throw new StoryweaveError('SW_USAGE', 'compare needs two articles (files, URLs or stored ids), or --articles/--pairs/--out');
    await runPair(a, b, flags);
  });
}

async function runBatch(articlesPath: string, pairsPath: string, outPath: string): Promise<void> {
  const { batchCompare } = await import('../../compare/batch/batch-compare.js');
  const result = await batchCompare({
    articlesPath,
    pairsPath,
    outPath,
    onError: (error) => process.stderr.write(`${error.toLine()}\n`),
  });
  process.stderr.write(`${result.scored} pairs scored into ${outPath}${result.failed ? `, ${result.failed} failed` : ''}\n`);
  process.exitCode = result.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

interface LoadedInput {
  label: string;
  input: AnalysisInput & { id: string };
  /** Analysis kept in the store, when current. */
  stored?: ArticleAnalysis;
}

async function runPair(a: string, b: string, flags: CompareFlags): Promise<void> {
  const { ANALYZER_VERSION, createAnalyzer } = await import('../../analyze/analyzer.js');
  const { loadLexicon } = await import('../../analyze/pivot/lexicon.js');
  const { compareArticles } = await import('../../compare/compare-articles.js');
  const { CorpusStats } = await import('../../compare/corpus-stats.js');
  const { formatComparison } = await import('../../compare/format-comparison.js');
  const dbPath = flags.db ?? defaultDbPath();
  const hasStore = existsSync(dbPath);
  const background = new Map<string, ArticleAnalysis>();
  const inputs: LoadedInput[] = [];
  for (const source of [a, b]) inputs.push(await loadInput(source, flags, hasStore ? dbPath : undefined));
  if (hasStore) {
    const { openStore } = await import('../../store/sqlite-store.js');
    const store = openStore(dbPath);
    try {
      for (const article of store.listArticles({ limit: MAX_BACKGROUND_ARTICLES })) {
        const analysis = store.getAnalysis(article.id);
        if (analysis?.analyzerVersion === ANALYZER_VERSION) background.set(article.id, analysis);
      }
    } finally {
      store.close();
    }
  }
  const analyzer = await createAnalyzer();
  const articles: AnalyzedArticle[] = [];
  for (const { input, stored } of inputs) {
    const analysis = stored?.analyzerVersion === ANALYZER_VERSION ? stored : await analyzer.analyzeAsync(input);
    articles.push({ id: input.id, title: input.title, text: input.text, lang: analysis.lang, published: input.published, analysis });
  }
  const stats = CorpusStats.fromAnalyses(background.values());
  for (const article of articles) if (!background.has(article.id)) stats.add(article.analysis);
  const comparison = compareArticles(articles[0], articles[1], stats, { lexicon: await loadLexicon() });
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ a: summary(articles[0]), b: summary(articles[1]), ...comparison }, null, 2)}\n`);
  } else {
    process.stdout.write(formatComparison(comparison, { a: inputs[0].label, b: inputs[1].label }));
  }
}

function summary(article: AnalyzedArticle): { id: string; title: string; lang: string; published?: string } {
  return { id: article.id, title: article.title, lang: article.lang, ...(article.published ? { published: article.published } : {}) };
}

/** A file or URL is read and extracted; anything else is looked up as a stored article id. */
async function loadInput(source: string, flags: CompareFlags, dbPath: string | undefined): Promise<LoadedInput> {
  const { looksLikeUrl } = await import('../../ingest/is-url.js');
  if (looksLikeUrl(source) || existsSync(source) || looksLikePath(source)) {
    const { readSources } = await import('../../ingest/read-sources.js');
    const { extractDocument } = await import('../../extract/extract-document.js');
    for await (const item of readSources([source], readOptionsFrom(flags))) {
      if (!item.ok) throw item.error;
      try {
        const article = extractDocument(item.doc);
        return {
          label: `${article.title || '(untitled)'} (${source})`,
          input: { id: source, title: article.title, text: article.text, published: article.published, ...(item.doc.lang ? { lang: item.doc.lang } : {}) },
        };
      } catch (error) {
        throw asStoryweaveError(error, 'SW_INPUT_NO_ARTICLE', item.doc.source);
      }
    }
    throw new StoryweaveError('SW_INPUT_NO_ARTICLE', undefined, source);
  }
  if (!dbPath) throw new StoryweaveError('SW_NOT_FOUND', `${source} is not a file, a URL or a stored article (no store at ${flags.db ?? defaultDbPath()})`);
  const { openStore } = await import('../../store/sqlite-store.js');
  const store = openStore(dbPath);
  try {
    const article = store.findArticle(source);
    if (!article) throw new StoryweaveError('SW_NOT_FOUND', `article ${source}`);
    return {
      label: `${article.title} (${article.id})`,
      input: { id: article.id, title: article.title, text: article.text, lang: article.lang, published: article.published },
      stored: store.getAnalysis(article.id),
    };
  } finally {
    store.close();
  }
}
