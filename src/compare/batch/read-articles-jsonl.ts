import { readFileSync } from 'node:fs';
import { asStoryweaveError, StoryweaveError } from '../../core/errors.js';

/** One line of ARTICLES.jsonl. */
export interface ArticleRecord {
  id: string;
  title: string;
  text: string;
  lang?: string;
  published?: string;
  /** Where the article was published: records of one site share its chrome (see withoutSharedSiteSentences). */
  url?: string;
}

export interface ReadArticlesResult {
  articles: ArticleRecord[];
  errors: StoryweaveError[];
}

/** Reads `{id, title, text, lang?, published?, url?}` per line; a bad line is reported and skipped. */
export function readArticlesJsonl(path: string): ReadArticlesResult {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw asStoryweaveError(error, 'SW_INPUT_UNREADABLE', path);
  }
  const articles: ArticleRecord[] = [];
  const errors: StoryweaveError[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const location = `${path}:${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      errors.push(asStoryweaveError(error, 'SW_JSONL_LINE', location));
      return;
    }
    const parsed = toArticleRecord(record);
    if (parsed) articles.push(parsed);
    else errors.push(new StoryweaveError('SW_RECORD_INVALID', 'needs id and title or text', location));
  });
  return { articles, errors };
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function toArticleRecord(value: unknown): ArticleRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'number' ? String(record.id) : optionalString(record.id);
  const title = optionalString(record.title) ?? '';
  const text = optionalString(record.text) ?? '';
  if (!id || (!title && !text)) return undefined;
  return { id, title, text, lang: optionalString(record.lang), published: optionalString(record.published), url: optionalString(record.url) };
}
