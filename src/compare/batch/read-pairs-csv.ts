import { readFileSync } from 'node:fs';
import { asStoryweaveError, StoryweaveError } from '../../core/errors.js';

/** One row of PAIRS.csv: the two ids, its 1-based line number, and every column by header name. */
export interface PairRow {
  id1: string;
  id2: string;
  line: number;
  columns: Record<string, string>;
}

/** Splits CSV text into records (RFC 4180 quoting), with the line each record starts on. */
export function parseCsv(content: string): Array<{ line: number; fields: string[] }> {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else field += c;
  }
  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
  return records;
}

/** Reads PAIRS.csv: a header with at least id1 and id2; other columns are kept, not required. */
export function readPairsCsv(path: string): PairRow[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw asStoryweaveError(error, 'SW_INPUT_UNREADABLE', path);
  }
  const [header, ...rows] = parseCsv(content);
  const names = header?.fields.map((name) => name.trim()) ?? [];
  if (!names.includes('id1') || !names.includes('id2')) {
    throw new StoryweaveError('SW_USAGE', 'PAIRS.csv needs a header with columns id1,id2', `${path}:1`);
  }
  return rows.map(({ line, fields }) => {
    const columns: Record<string, string> = {};
    names.forEach((name, index) => (columns[name] = (fields[index] ?? '').trim()));
    return { id1: columns.id1, id2: columns.id2, line, columns };
  });
}
