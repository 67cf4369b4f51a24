import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import { StoryweaveError, asStoryweaveError } from '../core/errors.js';
import { binaryReason } from './binary-sniff.js';
import { decodeBytes } from './decode/decode-bytes.js';
import type { ResolvedReadOptions } from './options.js';
import { lineToRecord, type RecordResult } from './parse/parse-records.js';

// A streamed .gz dump is a bomb when it is both over the decompressed cap and far more
// compressed than text ever is (text gzips 3-10x; bombs 1000x).
const BOMB_RATIO = 20;

/**
 * JSON Lines files are read as a stream, so a dump of any size can be ingested: the size cap
 * applies to each line (maxBytes), not to the file.
 */
export async function* streamJsonlFile(path: string, options: ResolvedReadOptions): AsyncGenerator<RecordResult> {
  try {
    yield* stream(path, options);
  } catch (error) {
    yield { ok: false, error: asStoryweaveError(error, 'SW_INPUT_UNREADABLE', path) };
  }
}

async function* stream(path: string, options: ResolvedReadOptions): AsyncGenerator<RecordResult> {
  const { size } = await stat(path);
  if (size === 0) throw new StoryweaveError('SW_INPUT_EMPTY', undefined, path);
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const gzipped = /\.gz$/i.test(path);
  const gunzip = gzipped ? createGunzip() : undefined;
  const chunks: AsyncIterable<Buffer> = gunzip ? file.pipe(gunzip) : file;
  if (gunzip) file.on('error', (error) => gunzip.destroy(error));
  let decoder: ReturnType<typeof iconv.getDecoder> | undefined;
  let decompressed = 0;
  let pending = '';
  let skipping = false;
  let lineNo = 0;
  let sawContent = false;
  try {
    for await (const chunk of readChunks(chunks, path, gzipped)) {
      decompressed += chunk.length;
      if (gzipped && decompressed > options.maxDecompressedBytes && decompressed > BOMB_RATIO * file.bytesRead) {
        throw new StoryweaveError('SW_GZIP_BOMB', `over ${options.maxDecompressedBytes} bytes once decompressed, ${Math.round(decompressed / file.bytesRead)}x the compressed size`, path);
      }
      if (!decoder) {
        const binary = binaryReason(chunk);
        if (binary) throw new StoryweaveError('SW_INPUT_BINARY', binary, path);
        // Decide the encoding on whole lines, so a character cut by the chunk edge does not mislead.
        const lastNewline = chunk.lastIndexOf(0x0a);
        const sample = lastNewline > 0 ? chunk.subarray(0, lastNewline) : chunk;
        decoder = iconv.getDecoder(decodeBytes(sample, {}, path).encoding);
      }
      pending += decoder.write(chunk);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        lineNo++;
        if (skipping) {
          skipping = false;
          continue;
        }
        if (!line.trim()) continue;
        sawContent = true;
        if (line.length > options.maxBytes / 3 && Buffer.byteLength(line) > options.maxBytes) {
          yield { ok: false, error: new StoryweaveError('SW_JSONL_LINE', `line over ${options.maxBytes} bytes`, `${path}:${lineNo}`) };
        } else yield lineToRecord(line, `${path}:${lineNo}`);
      }
      if (!skipping && Buffer.byteLength(pending) > options.maxBytes) {
        sawContent = true;
        yield { ok: false, error: new StoryweaveError('SW_JSONL_LINE', `line over ${options.maxBytes} bytes`, `${path}:${lineNo + 1}`) };
        skipping = true;
      }
      if (skipping) pending = '';
    }
    pending += decoder?.end() ?? '';
    if (!skipping && pending.trim()) {
      sawContent = true;
      yield lineToRecord(pending, `${path}:${lineNo + 1}`);
    }
    if (!sawContent) throw new StoryweaveError('SW_INPUT_EMPTY', 'only whitespace', path);
  } finally {
    file.destroy();
    gunzip?.destroy();
  }
}

async function* readChunks(chunks: AsyncIterable<Buffer>, path: string, gzipped: boolean): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of chunks) yield chunk;
  } catch (error) {
    if (error instanceof StoryweaveError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (gzipped && code.startsWith('Z_')) throw new StoryweaveError('SW_GZIP_CORRUPT', (error as Error).message, path, { cause: error });
    throw asStoryweaveError(error, 'SW_INPUT_UNREADABLE', path);
  }
}
