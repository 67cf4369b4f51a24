import { InvalidArgumentError, type Command } from 'commander';
import { csvRow } from '../../core/csv-cell.js';
import { StoryweaveError } from '../../core/errors.js';
import { openOutputStream } from '../../core/output-file.js';
import type { StoryFilter } from '../../stories/model.js';
import type { SqliteStore } from '../../store/sqlite-store.js';
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';
import { calendarDate, languageCode, wholeNumber } from '../flag-values.js';
import { DB_OPTION_FLAGS, DB_OPTION_HELP, withExistingStore, withStore } from '../open-store.js';
import { createProgress } from '../progress.js';

interface ListFlags extends StoryFilter {
  db?: string;
  limit: number;
  offset: number;
  json?: boolean;
}

/** Updated stories listed under each poll of `watch`; the rest are counted. */
const WATCH_STORIES_LISTED = 20;

export function registerStoryCommands(program: Command): void {
  program
    .command('stories')
    .description('list stories, most recently active first')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--lang <code>', 'only stories with an article in this language', languageCode)
    .option('--since <date>', 'only stories active on or after this date', calendarDate)
    .option('--until <date>', 'only stories that started on or before this date', calendarDate)
    .option('--entity <id|name>', 'only stories mentioning this entity (loc:KZ, Tokayev)')
    .option('-q, --q <text>', 'only stories whose headlines contain this text')
    .option('--changed-since <time>', 'only stories created or changed (an article joined, a merge) at or after this time, oldest change first', calendarDate)
    .option('--limit <n>', 'at most this many', wholeNumber, 50)
    .option('--offset <n>', 'skip this many', wholeNumber, 0)
    .option('--json', 'print JSON')
    .action(async (flags: ListFlags) => {
      const { listStories, countStories } = await import('../../store/story-store.js');
      const { summaryLine } = await import('../../stories/story-text.js');
      const filter: StoryFilter = {
        ...(flags.lang ? { lang: flags.lang } : {}),
        ...(flags.since ? { since: flags.since } : {}),
        ...(flags.until ? { until: flags.until } : {}),
        ...(flags.entity ? { entity: flags.entity } : {}),
        ...(flags.q ? { q: flags.q } : {}),
        ...(flags.changedSince ? { changedSince: flags.changedSince } : {}),
        limit: flags.limit,
        offset: flags.offset,
      };
      await withExistingStore(flags.db, async (store) => {
        await clusterUnassigned(store, !flags.json);
        const stories = listStories(store, filter);
        if (flags.json) {
          process.stdout.write(`${JSON.stringify({ total: countStories(store, filter), stories }, null, 2)}\n`);
          return;
        }
        if (stories.length === 0) process.stdout.write('no stories\n');
        // Listing changes, each line starts with when its story last changed: what to poll from next time.
        for (const story of stories) process.stdout.write(`${flags.changedSince ? `${story.updatedAt}  ` : ''}${summaryLine(story)}\n`);
      });
    });

  program
    .command('story')
    .description('show one story: articles by language, agreements, differences, conflicts, timeline, evidence')
    .argument('<id>', 'story id (as `stories` lists it)')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--json', 'print JSON')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const { getStory } = await import('../../store/story-store.js');
      const { storyText } = await import('../../stories/story-text.js');
      await withExistingStore(flags.db, (store) => {
        const story = getStory(store, id);
        if (!story) throw new StoryweaveError('SW_NOT_FOUND', `story ${id}`);
        process.stdout.write(flags.json ? `${JSON.stringify(story, null, 2)}\n` : storyText(story));
      });
    });

  program
    .command('watch')
    .description('poll feeds, ingest new items and update stories until stopped (Ctrl-C)')
    .argument('<feeds...>', 'feed URLs or files')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--interval <time>', 'time between polls, at least 10s: 30s, 10m, 1h (a bare number is seconds)', '10m')
    .option('--allow-private', 'allow URLs on private, loopback and link-local addresses')
    .option('--timeout <ms>', 'URL fetch timeout in milliseconds', wholeNumber)
    .option('--polls <n>', 'stop after this many polls (a whole number from 1)')
    .option('--json', 'print one JSON line per poll')
    .action(async (feeds: string[], flags: { db?: string; interval: string; allowPrivate?: boolean; timeout?: number; polls?: string; json?: boolean }) => {
      const { watchFeeds, parseWatchInterval, parsePollCount } = await import('../../stories/watch-feeds.js');
      // SW_USAGE (exit 2) before the store is opened or a feed fetched.
      const intervalMs = parseWatchInterval(flags.interval);
      const maxPolls = flags.polls === undefined ? undefined : parsePollCount(flags.polls);
      const { getStorySummary } = await import('../../store/story-store.js');
      const { summaryLine } = await import('../../stories/story-text.js');
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let failed = 0;
      let interrupted = false;
      try {
        await withStore(flags.db, (store) =>
          watchFeeds(store, feeds, {
            intervalMs,
            signal: controller.signal,
            ...(flags.allowPrivate ? { allowPrivate: true } : {}),
            ...(flags.timeout ? { timeoutMs: flags.timeout } : {}),
            ...(maxPolls !== undefined ? { maxPolls } : {}),
            onPoll: (poll) => {
              failed += poll.failed.length;
              if (poll.interrupted) interrupted = true;
              if (flags.json) {
                process.stdout.write(`${JSON.stringify(poll)}\n`);
                return;
              }
              for (const failure of poll.failed) process.stderr.write(`${failure.location}: ${failure.code} ${failure.message}\n`);
              for (const warning of poll.warnings) process.stderr.write(`${warning.location}: warning: ${warning.code} ${warning.message}\n`);
              process.stdout.write(
                `${poll.at} poll ${poll.poll}${poll.interrupted ? ' interrupted' : ''}: ${poll.ingested} new, ${poll.duplicates} duplicates, ${poll.unchanged} seen, ${poll.failed.length} failed; ${poll.stories.length} stories updated\n`,
              );
              // What changed, as `storyweave stories` lists it (a story merged away since has no line).
              const shown = poll.stories.slice(0, WATCH_STORIES_LISTED).flatMap((id) => getStorySummary(store, id) ?? []);
              for (const story of shown) process.stdout.write(`  ${summaryLine(story)}\n`);
              if (poll.stories.length > WATCH_STORIES_LISTED) process.stdout.write(`  … and ${poll.stories.length - WATCH_STORIES_LISTED} more (storyweave stories --changed-since ${poll.at})\n`);
            },
          }),
        );
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      if (!flags.json) process.stdout.write(interrupted ? 'watch interrupted during a poll; what it stored is complete\n' : 'watch stopped\n');
      // Stopped between polls is how a watch ends; stopped inside one, the usual code for Ctrl-C.
      process.exitCode = interrupted ? EXIT_INTERRUPTED : failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });

  program
    .command('export')
    .description('export every story with its articles')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .requiredOption('--format <format>', 'json or csv', (value: string) => {
      if (value !== 'json' && value !== 'csv') throw new InvalidArgumentError('expected json or csv');
      return value;
    })
    .option('--out <file>', 'write here instead of standard output')
    .action(async (flags: { db?: string; format: 'json' | 'csv'; out?: string }) => {
      const { exportStories } = await import('../../stories/export-stories.js');
      await withExistingStore(flags.db, async (store) => {
        if (!flags.out) return exportStories(store, flags.format, process.stdout);
        const output = openOutputStream(flags.out);
        await exportStories(store, flags.format, output.stream);
        await output.close();
      });
    });

  program
    .command('cluster')
    .description('cluster articles from a JSONL file into stories, without touching any store; writes id,story CSV')
    .requiredOption('--articles <file>', 'JSONL of {id, title, text, lang?, published?}')
    .requiredOption('--out <file>', 'CSV to write (id,story)')
    .option('--no-progress', 'no progress bar')
    .action(async (flags: { articles: string; out: string; progress: boolean }) => {
      const { clusterRecords } = await import('../../stories/cluster-batch.js');
      const { readBatchRecords } = await import('../../stories/batch-records.js');
      const { records, failures } = await readBatchRecords(flags.articles);
      for (const failure of failures) process.stderr.write(`${failure.toLine()}\n`);
      if (records.length === 0 && failures.length === 0) throw new StoryweaveError('SW_INPUT_EMPTY', 'no articles', flags.articles);
      const output = openOutputStream(flags.out);
      const progress = createProgress(records.length, flags.progress);
      let clusters: Map<string, string>;
      try {
        const result = await clusterRecords(records, { onProgress: (done) => progress.tick(`${done}`) });
        clusters = result.stories;
        failures.push(...result.failures);
        for (const failure of result.failures) process.stderr.write(`${failure.toLine()}\n`);
      } finally {
        progress.stop();
      }
      output.stream.write('id,story\n');
      for (const record of records) output.stream.write(`${csvRow([record.id, clusters.get(record.id) ?? ''])}\n`);
      await output.close();
      process.stderr.write(`${records.length} articles in ${new Set(clusters.values()).size} stories -> ${flags.out}\n`);
      process.exitCode = failures.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });
}

/** Articles stored without a story (ingested before stories existed) are clustered before listing. */
async function clusterUnassigned(store: SqliteStore, verbose: boolean): Promise<void> {
  const pending = store.db
    .prepare('SELECT COUNT(*) AS n FROM analyses an LEFT JOIN story_articles sa ON sa.article_id = an.article_id WHERE sa.article_id IS NULL')
    .get() as { n: number };
  if (pending.n === 0) return;
  const { createStoryEngine } = await import('../../stories/story-engine.js');
  if (verbose) process.stderr.write(`clustering ${pending.n} article${pending.n === 1 ? '' : 's'} not yet in a story\n`);
  const progress = createProgress(pending.n, verbose);
  const engine = createStoryEngine(store);
  const result = engine.clusterPending(() => progress.tick('clustering'));
  progress.stop();
  for (const failure of result.failed) process.stderr.write(`${failure.articleId}: SW_ANALYSIS_FAILED ${failure.message}\n`);
  engine.checkpoint();
}
