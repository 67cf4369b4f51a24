import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { asStoryweaveError, type StoryweaveError } from '../core/errors.js';
import { looksLikeUrl } from './is-url.js';

export type WalkedInput = { input: string } | { input: string; error: StoryweaveError };

/**
 * Expands inputs into the files and URLs to read: directories are walked recursively in sorted
 * order, hidden entries skipped, symlinked directories not followed (no cycles). Errors (missing
 * path, unreadable directory) come out as items so the caller reports them and carries on.
 */
export async function* walkInputs(inputs: readonly string[]): AsyncGenerator<WalkedInput> {
  const seen = new Set<string>();
  for await (const item of walkAll(inputs)) {
    // A file named directly and again inside a named directory is read once.
    if (seen.has(item.input)) continue;
    seen.add(item.input);
    yield item;
  }
}

async function* walkAll(inputs: readonly string[]): AsyncGenerator<WalkedInput> {
  for (const input of inputs) {
    if (looksLikeUrl(input)) {
      yield { input };
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield { input, error: asStoryweaveError(error, 'SW_INPUT_UNREADABLE', input) };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(input);
    else yield { input };
  }
}

async function* walkDirectory(dir: string): AsyncGenerator<WalkedInput> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { input: dir, error: asStoryweaveError(error, 'SW_INPUT_UNREADABLE', dir) };
    return;
  }
  const visible = entries.filter((entry) => !entry.name.startsWith('.'));
  visible.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of visible) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path);
    else if (entry.isFile()) yield { input: path };
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (target?.isFile()) yield { input: path };
    }
  }
}

/** The files and URLs `readSources` will read, after the directory walk (for a progress total). */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const item of walkInputs(inputs)) out.push(item.input);
  return out;
}
