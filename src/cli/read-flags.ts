import type { Command } from 'commander';
import type { ReadOptions } from '../ingest/options.js';
import { positiveInteger } from './flag-values.js';

export interface ReadFlags {
  follow?: boolean;
  allowPrivate?: boolean;
  timeout?: number;
  maxBytes?: number;
}

/** The options every command that reads sources shares. */
export function addReadOptions(command: Command): Command {
  return command
    .option('--follow', 'for feeds: fetch each item\'s linked page')
    .option('--allow-private', 'allow URLs on private, loopback and link-local addresses')
    .option('--timeout <ms>', 'URL fetch timeout in milliseconds', positiveInteger)
    .option('--max-bytes <n>', 'size cap per input in bytes', positiveInteger);
}

export function readOptionsFrom(flags: ReadFlags): ReadOptions {
  return {
    ...(flags.follow ? { follow: true } : {}),
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
    ...(flags.timeout ? { timeoutMs: flags.timeout } : {}),
    ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
  };
}
