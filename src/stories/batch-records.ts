import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { StoryweaveError } from '../core/errors.js';
import type { BatchRecord } from './cluster-batch.js';

/** Reads `{id, title, text, lang?, published?, url?}` lines; bad lines are reported with their location, the rest kept. */
export async function readBatchRecords(path: string): Promise<{ records: BatchRecord[]; failures: StoryweaveError[] }> {
  const records: BatchRecord[] = [];
  const failures: StoryweaveError[] = [];
  const seen = new Set<string>();
  let stream;
  try {
    stream = createReadStream(path, 'utf8');
    await new Promise<void>((resolve, reject) => stream!.once('open', () => resolve()).once('error', reject));
  } catch (error) {
    throw new StoryweaveError('SW_INPUT_UNREADABLE', error instanceof Error ? error.message : String(error), path);
  }
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line++;
    if (!text.trim()) continue;
    const location = `${path}:${line}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      failures.push(new StoryweaveError('SW_JSONL_LINE', error instanceof Error ? error.message : String(error), location));
      continue;
    }
    const record = value as Partial<Record<keyof BatchRecord, unknown>>;
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : '';
    const body = typeof record.text === 'string' ? record.text : '';
    const title = typeof record.title === 'string' ? record.title : '';
    if (!id || (!body.trim() && !title.trim())) {
      failures.push(new StoryweaveError('SW_RECORD_INVALID', 'needs an id and a text or title', location));
      continue;
    }
    if (seen.has(id)) {
      failures.push(new StoryweaveError('SW_RECORD_DUPLICATE_ID', `${id} (the first record with it is clustered)`, location));
      continue;
    }
    seen.add(id);
    records.push({
      id,
      title,
      text: body,
      ...(typeof record.lang === 'string' && record.lang ? { lang: record.lang } : {}),
      ...(typeof record.published === 'string' && record.published ? { published: record.published } : {}),
      ...(typeof record.url === 'string' && record.url ? { url: record.url } : {}),
    });
  }
  return { records, failures };
}
