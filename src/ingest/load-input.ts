import { open } from 'node:fs/promises';
import { StoryweaveError, asStoryweaveError } from '../core/errors.js';
import type { ByteInput } from './documents-from-bytes.js';
import { fetchUrl, type FetchOptions } from './fetch/fetch-url.js';
import { sha256Hex } from './hash.js';
import { looksLikeUrl } from './is-url.js';

export interface LoadedInput extends ByteInput {
  /** True when a conditional request found the input unchanged: `bytes` is empty. */
  notModified: boolean;
  /** Validators for the next conditional read (for files, the ETag is a hash of the bytes). */
  etag?: string;
  lastModified?: string;
}

/** The bytes of one file or URL, with validators for conditional re-reads. */
export async function loadInput(input: string, options: FetchOptions & { maxBytes: number }): Promise<LoadedInput> {
  if (!looksLikeUrl(input)) {
    const bytes = await readFileCapped(input, options.maxBytes);
    const etag = `"${sha256Hex(bytes)}"`;
    const notModified = options.ifNoneMatch === etag;
    return { location: input, bytes: notModified ? Buffer.alloc(0) : bytes, etag, notModified };
  }
  const fetched = await fetchUrl(input, options);
  return {
    location: input,
    bytes: fetched.bytes,
    url: fetched.url,
    contentType: fetched.contentType,
    charset: fetched.charset,
    notModified: fetched.notModified,
    etag: fetched.etag,
    lastModified: fetched.lastModified,
  };
}

/** Reads a whole file, checking its size before reading so an oversized file costs nothing. */
export async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw asStoryweaveError(error, 'SW_INPUT_UNREADABLE', path);
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new StoryweaveError('SW_INPUT_TOO_LARGE', `${size} bytes, cap ${maxBytes}`, path);
    // Read one byte past the cap: a file growing while we read must not slip through.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > maxBytes) throw new StoryweaveError('SW_INPUT_TOO_LARGE', `over ${maxBytes} bytes`, path);
    return buffer.subarray(0, filled);
  } catch (error) {
    throw asStoryweaveError(error, 'SW_INPUT_UNREADABLE', path);
  } finally {
    await handle.close();
  }
}
