import { open } from 'node:fs/promises';
import { StoryweaveError, asStoryweaveError } from '../core/errors.js';

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
