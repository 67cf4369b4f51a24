import type { RawDocument } from '../../core/model.js';
import { StoryweaveError } from '../../core/errors.js';
import { canonicalJson, sha256Hex } from '../hash.js';
import { safeHttpUrl } from '../safe-url.js';
import { normaliseDate } from '../normalise-date.js';

/** A document (with what was repaired or cut on the way, if anything), or why there is none. */
export type RecordResult = { ok: true; doc: RawDocument; warnings?: StoryweaveError[] } | { ok: false; error: StoryweaveError };

/** One JSONL line per record; bad lines are reported with their line number, the rest still read. */
export function* parseJsonl(text: string, source: string): Generator<RecordResult> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    yield lineToRecord(line, `${source}:${i + 1}`);
  }
}

/** One JSONL line (location `file:line`) to a document or an error. */
export function lineToRecord(line: string, location: string): RecordResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: new StoryweaveError('SW_JSONL_LINE', (error as Error).message, location) };
  }
  return recordToDocument(value, location);
}

const ARRAY_KEYS = ['articles', 'items', 'records', 'documents', 'data'];

/**
 * A JSON array of records, an object holding one (`{"articles": [...]}`), or a single record.
 * With skipNonRecords, an object that is none of these (a metadata file) yields nothing.
 */
export function* parseJson(text: string, source: string, options: { skipNonRecords?: boolean } = {}): Generator<RecordResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A .json file that is really JSON Lines.
    if (/^\s*\{[^\n]*\}\s*\n\s*\{/.test(text)) {
      yield* parseJsonl(text, source);
      return;
    }
    yield { ok: false, error: new StoryweaveError('SW_JSON_INVALID', (error as Error).message, source) };
    return;
  }
  let records: unknown[] | undefined = Array.isArray(value) ? value : undefined;
  let containerTitle: string | undefined;
  if (!records && isObject(value)) {
    const key = ARRAY_KEYS.find((k) => Array.isArray(value[k]));
    if (key) {
      records = value[key] as unknown[];
      // A JSON Feed's title names the site its items come from.
      containerTitle = str(value, 'title');
    }
    else {
      const single = recordToDocument(value, source);
      if (single.ok || !options.skipNonRecords) yield single;
      return;
    }
  }
  if (!records) {
    yield { ok: false, error: new StoryweaveError('SW_RECORD_INVALID', 'not an array of records', source) };
    return;
  }
  for (let i = 0; i < records.length; i++) {
    const result = recordToDocument(records[i], `${source}#record-${i + 1}`);
    if (result.ok && containerTitle && !result.doc.site) result.doc.site = containerTitle;
    yield result;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ "name": "..." }` objects (JSON Feed authors, nested sources). */
function nameOf(value: unknown): string | undefined {
  return isObject(value) ? str(value, 'name') : undefined;
}

function str(record: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

/** `{id?, url?, title?, text? | html?, lang?, published?, source?}` to a `record` RawDocument. */
export function recordToDocument(value: unknown, location: string): RecordResult {
  if (!isObject(value)) {
    return { ok: false, error: new StoryweaveError('SW_RECORD_INVALID', 'record is not an object', location) };
  }
  // Aliases cover common dump shapes: JSON Feed (content_html, date_published), schema.org (articleBody).
  const html = str(value, 'html', 'content_html');
  const text = str(value, 'text', 'content', 'body', 'content_text', 'articleBody');
  const title = str(value, 'title', 'headline');
  if (!html && !text && !title) {
    return { ok: false, error: new StoryweaveError('SW_RECORD_INVALID', undefined, location) };
  }
  const doc: RawDocument = {
    source: location,
    format: 'record',
    body: text ?? html ?? '',
    rawHash: sha256Hex(canonicalJson(value)),
  };
  if (!text && html) doc.bodyIsHtml = true;
  const fields: Array<[keyof RawDocument, string | undefined]> = [
    ['id', str(value, 'id', 'guid')],
    ['url', safeHttpUrl(str(value, 'url', 'link'))],
    ['title', title],
    ['lang', str(value, 'lang', 'language')],
    ['published', normaliseDate(str(value, 'published', 'date', 'pubDate', 'published_at', 'date_published', 'datePublished'))],
    ['site', str(value, 'source', 'site') ?? nameOf(value.source)],
    ['author', str(value, 'author', 'byline') ?? nameOf(value.author) ?? nameOf(Array.isArray(value.authors) ? value.authors[0] : undefined)],
  ];
  for (const [key, field] of fields) if (field !== undefined) (doc as unknown as Record<string, string>)[key] = field;
  return { ok: true, doc };
}
