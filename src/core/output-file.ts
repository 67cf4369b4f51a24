import { createWriteStream, openSync, writeFileSync, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { StoryweaveError } from './errors.js';

const REASONS: Record<string, string> = {
  EISDIR: 'it is a directory',
  ENOENT: 'its directory does not exist',
  ENOTDIR: 'a part of its path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

function unwritable(path: string, error: unknown): StoryweaveError {
  const code = (error as NodeJS.ErrnoException).code;
  const detail = code ? `${code}${REASONS[code] ? ` (${REASONS[code]})` : ''}` : String(error);
  return new StoryweaveError('SW_OUTPUT_UNWRITABLE', detail, path, { cause: error });
}

/** Writes a whole output file (--out), reporting a path that cannot be written as SW_OUTPUT_UNWRITABLE. */
export function writeOutputFile(path: string, body: string): void {
  try {
    writeFileSync(path, body);
  } catch (error) {
    throw unwritable(path, error);
  }
}

export interface OutputStream {
  stream: WriteStream;
  /** Ends the file and waits until it is written; rejects with SW_OUTPUT_UNWRITABLE if any write failed. */
  close(): Promise<void>;
}

/**
 * Opens an output file (--out) for streaming, at once, so a path that cannot be written fails
 * before any work is done instead of as an uncaught stream error afterwards.
 */
export function openOutputStream(path: string): OutputStream {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw unwritable(path, error);
  }
  const stream = createWriteStream(path, { fd });
  let failure: StoryweaveError | undefined;
  stream.on('error', (error) => (failure ??= unwritable(path, error)));
  return {
    stream,
    close: async () => {
      stream.end();
      try {
        await finished(stream);
      } catch (error) {
        throw failure ?? unwritable(path, error);
      }
      if (failure) throw failure;
    },
  };
}
