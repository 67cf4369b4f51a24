import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { StoryweaveError } from '../core/errors.js';

const gunzipAsync = promisify(gunzip);

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Decompresses gzip, refusing to produce more than maxOutput bytes (gzip bombs). */
export async function gunzipCapped(bytes: Uint8Array, maxOutput: number, location: string): Promise<Buffer> {
  try {
    return await gunzipAsync(bytes, { maxOutputLength: maxOutput });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof RangeError || code === 'ERR_BUFFER_TOO_LARGE') {
      throw new StoryweaveError('SW_GZIP_BOMB', `over ${maxOutput} bytes once decompressed`, location, { cause: error });
    }
    throw new StoryweaveError('SW_GZIP_CORRUPT', (error as Error).message, location, { cause: error });
  }
}
