import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { asStoryweaveError, type StoryweaveError } from '../core/errors.js';
import { extensionOf } from './detect-format.js';
import { looksLikeUrl } from './is-url.js';

/** `fromDirectory`: found by walking a directory rather than named by the user. */
export type WalkedInput = { input: string; fromDirectory: boolean } | { input: string; error: StoryweaveError };

/**
 * Expands inputs into the files and URLs to read: directories are walked recursively in sorted
 * order, hidden entries skipped, symlinked directories not followed (no cycles), and only files
 * that can hold articles taken (see isArticleFileName). Inputs named directly are always read.
 * Errors (missing path, unreadable directory) come out as items so the caller reports them.
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
      yield { input, fromDirectory: false };
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
    else yield { input, fromDirectory: false };
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
  const visible = entries.filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || isArticleFileName(entry.name)));
  visible.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of visible) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkDirectory(path);
    else if (entry.isFile()) yield { input: path, fromDirectory: true };
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      if (target?.isFile()) yield { input: path, fromDirectory: true };
    }
  }
}

const ARTICLE_EXTENSIONS = new Set([
  '', 'txt', 'text', 'html', 'htm', 'xhtml', 'shtml', 'php', 'asp', 'aspx', 'jsp', 'cfm',
  'json', 'jsonl', 'ndjson', 'xml', 'rss', 'atom', 'rdf',
]);
// Documentation that sits next to collections (README.md, LICENSE) is not an article.
const DOCUMENTATION = /^(readme|licen[cs]e|copying|notice|changelog|authors|contributing)(\.|$)/i;

/**
 * Whether a file met in a directory walk can hold articles: a text, HTML, JSON(L) or feed
 * extension (or none, or .gz of those), and not a README or LICENSE. Images, PDFs, CSVs and
 * Markdown notes in a collection are skipped rather than reported as failures.
 */
export function isArticleFileName(name: string): boolean {
  return !DOCUMENTATION.test(name) && ARTICLE_EXTENSIONS.has(extensionOf(name));
}

/** The files and URLs `readSources` will read, after the directory walk (for a progress total). */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const item of walkInputs(inputs)) out.push(item.input);
  return out;
}
