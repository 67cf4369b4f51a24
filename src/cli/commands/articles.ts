import type { Command } from 'commander';
import type { Article } from '../../core/model.js';
import { StoryweaveError } from '../../core/errors.js';
import { calendarDate, languageCode, positiveInteger } from '../flag-values.js';
import { DB_OPTION_FLAGS, DB_OPTION_HELP, withExistingStore } from '../open-store.js';

interface ListFlags {
  db?: string;
  lang?: string;
  since?: string;
  limit?: number;
  json?: boolean;
}

export function registerArticleCommands(program: Command): void {
  program
    .command('articles')
    .description('list stored articles')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--lang <code>', 'only this language (ISO 639-1)', languageCode)
    .option('--since <date>', 'only articles published (or ingested) on or after this date', calendarDate)
    .option('--limit <n>', 'at most this many', positiveInteger)
    .option('--json', 'print JSON')
    .action(async (flags: ListFlags) => {
      await withExistingStore(flags.db, (store) => {
        const filter = { lang: flags.lang, since: flags.since, limit: flags.limit };
        const articles = store.listArticles(filter);
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(articles.map(summaryOf), null, 2)}\n`);
          return;
        }
        for (const article of articles) {
          const date = (article.published ?? '').slice(0, 10).padEnd(10);
          process.stdout.write(`${article.id}  ${article.lang.padEnd(3)} ${date}  ${article.title}\n`);
        }
        process.stderr.write(`${articles.length} of ${store.countArticles()} articles\n`);
      });
    });

  program
    .command('show')
    .description('print one stored article')
    .argument('<id>', 'article id (or a unique prefix)')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--json', 'print JSON, with its analysis')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      await withExistingStore(flags.db, (store) => {
        const article = store.findArticle(id);
        if (!article) throw new StoryweaveError('SW_NOT_FOUND', `article ${id}`);
        const duplicates = store.duplicateSightings(article.id);
        const nearDuplicates = store.nearDuplicatesOf(article.id);
        if (flags.json) {
          const analysis = store.getAnalysis(article.id);
          process.stdout.write(`${JSON.stringify({ ...article, duplicates, nearDuplicates, analysis }, null, 2)}\n`);
          return;
        }
        const meta = [
          ['id', article.id],
          ['language', article.lang],
          ['source', article.source],
          ['url', article.url],
          ['site', article.site],
          ['published', article.published],
          ['author', article.author],
          ['ingested', article.ingestedAt],
          ['near-duplicate of', article.nearDuplicateOf],
          ['also seen at', duplicates.map((d) => d.url ?? d.source).join(', ')],
          ['near-duplicates', nearDuplicates.map((d) => d.articleId).join(', ')],
        ].filter(([, value]) => value);
        process.stdout.write(`# ${article.title}\n${meta.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${article.text}\n`);
      });
    });
}

function summaryOf(article: Article) {
  const { text, ...rest } = article;
  return { ...rest, characters: text.length };
}
