import { brotliDecompress, inflate, inflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import { StoryweaveError } from '../../core/errors.js';
import { gunzipCapped } from '../gunzip-capped.js';

const brotliAsync = promisify(brotliDecompress);
const inflateAsync = promisify(inflate);
const inflateRawAsync = promisify(inflateRaw);

/** Undoes an HTTP Content-Encoding, capping the decoded size like any gzip input. */
export async function decodeContentEncoding(body: Buffer, encoding: string | undefined, maxOutput: number, location: string): Promise<Buffer> {
  const coding = (encoding ?? '').trim().toLowerCase();
  if (!coding || coding === 'identity') return body;
  if (coding === 'gzip' || coding === 'x-gzip') return gunzipCapped(body, maxOutput, location);
  const run = async (fn: () => Promise<Buffer>): Promise<Buffer> => {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new StoryweaveError('SW_GZIP_BOMB', `over ${maxOutput} bytes once decompressed`, location, { cause: error });
      }
      throw new StoryweaveError('SW_GZIP_CORRUPT', `${coding}: ${(error as Error).message}`, location, { cause: error });
    }
  };
  if (coding === 'br') return run(() => brotliAsync(body, { maxOutputLength: maxOutput }));
  if (coding === 'deflate') {
    // Servers send either zlib-wrapped or raw deflate under this name.
    return run(() => inflateAsync(body, { maxOutputLength: maxOutput }).catch((error: unknown) => {
      if (error instanceof RangeError) throw error;
      return inflateRawAsync(body, { maxOutputLength: maxOutput });
    }));
  }
  throw new StoryweaveError('SW_FETCH_FAILED', `unsupported content encoding ${coding}`, location);
}
