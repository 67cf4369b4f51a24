import type { Command } from 'commander';
import type { ExtractedArticle } from '../../core/model.js';
import { asStoryweaveError } from '../../core/errors.js';
import { EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';
import { addReadOptions, readOptionsFrom, type ReadFlags } from '../read-flags.js';

interface ExtractFlags extends ReadFlags {
  json?: boolean;
  jsonl?: boolean;
}

type ExtractedWithSource = ExtractedArticle & { source: string; url?: string };

export function registerExtractCommand(program: Command): void {
  const command = program
    .command('extract')
    .description('print the clean article(s) extracted from inputs, without storing them')
    .argument('<inputs...>', 'paths or http(s) URLs')
    .option('--json', 'print a JSON array')
    .option('--jsonl', 'print one JSON object per line');
  addReadOptions(command);
  command.action(async (inputs: string[], flags: ExtractFlags) => {
    const { extractDocument } = await import('../../extract/extract-document.js');
    const { SiteLineStats } = await import('../../extract/text/site-line-stats.js');
    const { readSources } = await import('../../ingest/read-sources.js');
    const siteLines = new SiteLineStats();
    const articles: ExtractedWithSource[] = [];
    let failed = 0;
    for await (const item of readSources(inputs, readOptionsFrom(flags))) {
      if (!item.ok) {
        failed++;
        process.stderr.write(`${item.error.toLine()}\n`);
        continue;
      }
      try {
        const article: ExtractedWithSource = { source: item.doc.source, ...extractDocument(item.doc, { siteLines }) };
        if (item.doc.url) article.url = item.doc.url;
        if (flags.jsonl) process.stdout.write(`${JSON.stringify(article)}\n`);
        else if (flags.json) articles.push(article);
        else process.stdout.write(formatArticle(article));
      } catch (error) {
        failed++;
        process.stderr.write(`${asStoryweaveError(error, 'SW_INPUT_NO_ARTICLE', item.doc.source).toLine()}\n`);
      }
    }
    if (flags.json) process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
    process.exitCode = failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  });
}

function formatArticle(article: ExtractedWithSource): string {
  const meta = [
    ['source', article.source],
    ['url', article.url ?? article.canonicalUrl],
    ['site', article.site],
    ['published', article.published],
    ['author', article.author],
    ['lang hint', article.langHint],
  ]
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}: ${value}`);
  return `# ${article.title}\n${meta.join('\n')}\n\n${article.text}\n\n`;
}
