import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 may grow a heap past what the last full collection kept, in percent.
 *
 * When the heap limit is above 1 GiB (the default on a machine with much memory), V8 lets a heap
 * grow to up to four times its live size before it collects. A long ingest then holds mostly
 * garbage: over 100,000 articles of the scale stream, peak RSS was 1,896 MiB with V8's default and
 * 1,601-1,726 MiB with 50%, 5-11% slower, with the same stories (BENCHMARKS.md, Scale, session 9).
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Caps heap growth for every thread of the process. V8 reads this flag at each full collection, so
 * it takes effect when set after start-up too. A `--heap-growing-percent` given to Node wins.
 */
export function limitHeapSlack(percent = HEAP_GROWING_PERCENT): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (given.some((flag) => flag.startsWith('--heap-growing-percent') || flag.startsWith('--heap_growing_percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
