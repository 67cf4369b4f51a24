// Request schemas: Fastify validates requests against them and the OpenAPI document reuses them.
import { CALENDAR_DATE_EXAMPLE } from '../core/calendar-date.js';
import { LANGUAGE_CODE_PATTERN } from '../core/language-code.js';
import type { StoryFilter } from '../stories/model.js';

/** Validated by isCalendarDate (src/core/calendar-date.ts), the check the CLI's date flags use. */
export const CALENDAR_DATE_FORMAT = 'calendar-date';
const isoDate = { type: 'string', format: CALENDAR_DATE_FORMAT, maxLength: 40, description: `ISO date or time naming a real day: ${CALENDAR_DATE_EXAMPLE}` } as const;
const limit = { type: 'integer', minimum: 1, maximum: 200, default: 20 } as const;
const offset = { type: 'integer', minimum: 0, maximum: 1000000, default: 0 } as const;
const lang = { type: 'string', pattern: LANGUAGE_CODE_PATTERN, maxLength: 20 } as const;

export const storyListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lang,
    since: isoDate,
    until: isoDate,
    entity: { type: 'string', maxLength: 200 },
    q: { type: 'string', maxLength: 500 },
    changedSince: { ...isoDate, description: 'ISO time: stories created or changed at or after it, oldest change first (poll with the last updatedAt seen)' },
    limit,
    offset,
  },
} as const;

/** The web story list: the API's filters, and the live view (`live=1`: reload every minute, marking what changed since `mark`). */
export const webStoryListQuery = {
  ...storyListQuery,
  properties: {
    ...storyListQuery.properties,
    live: { type: 'string', enum: ['1'] },
    mark: isoDate,
  },
} as const;

export const articleListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { lang, since: isoDate, limit, offset },
} as const;

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 500 },
    entity: { type: 'string', maxLength: 200 },
    lang,
    limit,
    offset,
  },
} as const;

export const compareQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['a', 'b'],
  properties: {
    a: { type: 'string', minLength: 4, maxLength: 80 },
    b: { type: 'string', minLength: 4, maxLength: 80 },
  },
} as const;

export const storyPageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { all: { type: 'string', enum: ['1'] } },
} as const;

export interface StoryPageQuery {
  /** `1`: every article, not only the most central of each language. */
  all?: '1';
}

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export const ingestBody = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    kind: { type: 'string', enum: ['text', 'html', 'url', 'feed'] },
    content: { type: 'string', maxLength: 4_000_000 },
    url: { type: 'string', maxLength: 2000 },
    title: { type: 'string', maxLength: 2000 },
    lang,
    published: isoDate,
    site: { type: 'string', maxLength: 200 },
  },
} as const;

/** Fastify fills `limit` and `offset` from the schema defaults. */
export type StoryListQuery = StoryFilter & Required<Pick<StoryFilter, 'limit' | 'offset'>>;

export type WebStoryListQuery = StoryListQuery & { live?: '1'; mark?: string };

export interface ArticleListQuery {
  lang?: string;
  since?: string;
  limit: number;
  offset: number;
}

export interface SearchQuery {
  q?: string;
  entity?: string;
  lang?: string;
  limit: number;
  offset: number;
}

export interface CompareQuery {
  a: string;
  b: string;
}
