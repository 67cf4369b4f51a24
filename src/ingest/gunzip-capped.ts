import { constants, gunzip, gunzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { StoryweaveError } from '../core/errors.js';

const gunzipAsync = promisify(gunzip);

// Text gzips 3-10x; a bomb (zeros, one repeated byte) 1000x. Over the cap, the first compressed
// bytes tell which: a large file is refused as a large plain file would be, a bomb as a bomb.
const BOMB_RATIO = 20;
const PROBE_BYTES = 64 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Decompresses gzip, refusing to produce more than maxOutput bytes (the plain-file cap; gzip bombs). */
export async function gunzipCapped(bytes: Uint8Array, maxOutput: number, location: string): Promise<Buffer> {
  try {
    return await gunzipAsync(bytes, { maxOutputLength: maxOutput });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof RangeError || code === 'ERR_BUFFER_TOO_LARGE') {
      if (isBomb(bytes)) throw new StoryweaveError('SW_GZIP_BOMB', `over ${maxOutput} bytes once decompressed, over ${BOMB_RATIO}x the compressed size`, location, { cause: error });
      throw new StoryweaveError('SW_INPUT_TOO_LARGE', `over ${maxOutput} bytes once decompressed, cap ${maxOutput}`, location, { cause: error });
    }
    throw new StoryweaveError('SW_GZIP_CORRUPT', (error as Error).message, location, { cause: error });
  }
}

function isBomb(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, PROBE_BYTES);
  try {
    gunzipSync(probe, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: BOMB_RATIO * probe.length });
    return false;
  } catch (error) {
    return error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
  }
}
