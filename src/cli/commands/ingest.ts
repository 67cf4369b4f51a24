import { InvalidArgumentError, type Command } from 'commander';
import type { IngestReport } from '../../pipeline/ingest.js';
import { createProgress } from '../progress.js';
import { DB_OPTION_FLAGS, DB_OPTION_HELP, withStore } from '../open-store.js';
import { EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';
import { readOptionsFrom, addReadOptions, type ReadFlags } from '../read-flags.js';

interface IngestFlags extends ReadFlags {
  db?: string;
  json?: boolean;
  progress: boolean;
  workers?: number;
}

// Below this many inputs, starting worker threads costs more than it saves.
const PARALLEL_FROM_INPUTS = 64;

export function registerIngestCommand(program: Command): void {
  const command = program
    .command('ingest')
    .description('read files, directories, feeds and URLs into the store (text, HTML, JSONL/JSON, RSS/Atom, .gz)')
    .argument('<inputs...>', 'paths or http(s) URLs')
    .option(DB_OPTION_FLAGS, DB_OPTION_HELP)
    .option('--json', 'print a machine-readable report')
    .option('--no-progress', 'no progress bar')
    .option('--workers <n>', 'worker threads for extraction and analysis (default for large batches: one per core but one, which stores and clusters)', nonNegativeInteger);
  addReadOptions(command);
  command.action(async (inputs: string[], flags: IngestFlags) => {
    // Loaded on use: the pipeline pulls in every stage, which other commands do not need.
    const { ingestSources } = await import('../../pipeline/ingest.js');
    const { attachStories } = await import('../../pipeline/stories-hook.js');
    const { expandInputs } = await import('../../ingest/walk-inputs.js');
    const files = await expandInputs(inputs);
    const { defaultPrepareWorkers } = await import('../../pipeline/prepare-pool.js');
    const workers = flags.workers ?? (files.length >= PARALLEL_FROM_INPUTS ? defaultPrepareWorkers() : 0);
    const report = await withStore(flags.db, async (store) => {
      const progress = createProgress(files.length, flags.progress && !flags.json);
      try {
        return await ingestSources(store, inputs, {
          ...readOptionsFrom(flags),
          workers,
          onArticleStored: attachStories(store),
          onProgress: ({ source }) => progress.tick(source),
        });
      } finally {
        progress.stop();
      }
    });
    if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else printSummary(report);
    process.exitCode = report.failed.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  });
}

function printSummary(report: IngestReport): void {
  for (const failure of report.failed) process.stderr.write(`${failure.location}: ${failure.code} ${failure.message}\n`);
  for (const warning of report.warnings) process.stderr.write(`${warning.location}: warning: ${warning.code} ${warning.message}\n`);
  const parts = [
    `${report.ingested} ingested`,
    `${report.duplicates} duplicate${report.duplicates === 1 ? '' : 's'}`,
    `${report.nearDuplicates} near-duplicate${report.nearDuplicates === 1 ? '' : 's'} linked`,
    `${report.unchanged} already in the store`,
    `${report.failed.length} failed`,
    ...(report.warnings.length > 0 ? [`${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`] : []),
  ];
  process.stdout.write(`${parts.join(', ')}\n`);
}

function nonNegativeInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError('expected a whole number >= 0');
  return parsed;
}
