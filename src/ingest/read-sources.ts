import { asStoryweaveError } from '../core/errors.js';
import { documentsFromBytes, type ByteInput } from './documents-from-bytes.js';
import { extensionOf } from './detect-format.js';
import { looksLikeUrl } from './is-url.js';
import { loadInput } from './load-input.js';
import { streamJsonlFile } from './stream-jsonl.js';
import { resolveReadOptions, type ReadOptions, type SourceItem } from './options.js';
import { walkInputs } from './walk-inputs.js';

export type { ReadOptions, SourceItem } from './options.js';
export { expandInputs } from './walk-inputs.js';

const STREAMED_EXTENSIONS = new Set(['jsonl', 'ndjson']);

/**
 * Reads files, directories (walked recursively) and http(s) URLs into RawDocuments. Every
 * failure comes out as an error item naming its input, and reading carries on.
 */
export async function* readSources(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  const resolved = resolveReadOptions(options);
  for await (const walked of walkInputs(inputs)) {
    const { input } = walked;
    if ('error' in walked) yield { ok: false, error: walked.error, input };
    else yield* readOne(input, resolved, walked.fromDirectory);
    resolved.onInputDone?.(input);
  }
}

/** Reads one file or URL (no directory walk); fromDirectory when a walk found it (see ByteInput). */
export async function* readOne(input: string, readOptions: ReadOptions = {}, fromDirectory = false): AsyncGenerator<SourceItem> {
  const options = resolveReadOptions(readOptions);
  if (!looksLikeUrl(input) && STREAMED_EXTENSIONS.has(extensionOf(input))) {
    for await (const result of streamJsonlFile(input, options)) yield { ...result, input };
    return;
  }
  let byteInput: ByteInput;
  try {
    byteInput = await loadInput(input, options);
  } catch (error) {
    yield { ok: false, error: asStoryweaveError(error, 'SW_INPUT_UNREADABLE', input), input };
    return;
  }
  for await (const result of documentsFromBytes({ ...byteInput, fromDirectory }, options)) yield { ...result, input };
}
