import { extractEntities } from '../../analyze/entities/extract-entities.js';
import { matchPrepared, prepareName } from '../../analyze/entities/match-names.js';
import { skeletonKey } from '../../analyze/entities/skeleton.js';
import { scriptOf } from '../../analyze/text/script.js';
import { tokenize } from '../../analyze/text/tokenize.js';
import type { SqliteStore } from '../../store/sqlite-store.js';

export interface ResolvedQueryEntity {
  id: string;
  canonical: string;
  type: string;
  /** How the query reached it: an entity the analyzer recognised in the query, or a stored spelling that matched. */
  via: 'id' | 'analysis' | 'name-match';
  /** The stored spelling that matched, for name matches. */
  matchedForm?: string;
}

interface StoredForm {
  entityId: string;
  lang: string;
  form: string;
}

/** A language for the query good enough for name matching: its script decides. */
function queryLanguage(query: string): string {
  switch (scriptOf(query)) {
    case 'Cyrl':
      return 'ru';
    case 'Arab':
      return 'ar';
    case 'Hebr':
      return 'he';
    case 'Grek':
      return 'el';
    case 'Hani':
      return 'zh';
    default:
      return 'en';
  }
}

/**
 * Every stored spelling of every entity, indexed by the consonant pairs of their skeletons: a query is
 * name-matched against the spellings sharing most pairs with it (at most MATCHED_SPELLINGS), instead
 * of against all of them (on a store of 100,000 articles, 200,000 spellings took 18 s a query).
 * Pairs, not whole skeletons, because conventions change a name's first consonants (`Wrzesniewska`
 * / `Вжесневская`, `Chruschtschow` / `Хрущёв`) while most of its pairs stay.
 */
interface FormTable {
  /** Highest `article_entities` rowid read: rows of new or re-analysed articles come after it. */
  lastRowid: number;
  forms: StoredForm[];
  seen: Set<string>;
  /** Per entity, how many articles give each canonical name: the most agreed one is shown. */
  canonicalVotes: Map<string, Map<string, number>>;
  types: Map<string, string>;
  byKey: Map<string, number[]>;
  /** Queries resolved against the spellings as they are, most recent last: emptied whenever spellings are added. */
  resolved: Map<string, ResolvedQueryEntity[]>;
}

const formTables = new WeakMap<SqliteStore, FormTable>();

/** Spellings name-matched against a query, those sharing the most skeleton pairs with it first. */
const MATCHED_SPELLINGS = 2000;

/**
 * Queries whose resolution is kept. Name-matching a query against its spellings takes 0.1-0.3 s, and
 * the same query comes again and again: each page of a search, the live story list reloading every
 * minute with its entity filter.
 */
const RESOLVED_QUERIES = 256;

/** Keys of a spelling: the consonant pairs of each word's skeleton (a one-consonant word: that consonant), and of the whole. */
function nameKeys(form: string): string[] {
  const words = form.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const keys = new Set<string>();
  for (const word of words.length > 1 ? [...words, words.join('')] : words) {
    const skeleton = skeletonKey(word);
    if (skeleton.length === 1) keys.add(skeleton);
    for (let i = 0; i + 1 < skeleton.length; i++) keys.add(skeleton.slice(i, i + 2));
  }
  return [...keys];
}

/** Entity rows read at a time: between chunks a warm-up lets requests through. */
const ROWS_PER_CHUNK = 20_000;

function tableOf(store: SqliteStore): FormTable {
  let table = formTables.get(store);
  if (!table) {
    table = { lastRowid: 0, forms: [], seen: new Set(), canonicalVotes: new Map(), types: new Map(), byKey: new Map(), resolved: new Map() };
    formTables.set(store, table);
  }
  return table;
}

/** Reads up to `limit` entity rows written since the table was last brought up to date; false once none are left. */
function readChunk(store: SqliteStore, table: FormTable, limit: number): boolean {
  // The store has no entity listing API, so read its entity table here.
  const rows = store
    .statement(
      `SELECT e.rowid AS rowid, e.entity_id AS entityId, e.canonical AS canonical, e.type AS type, a.lang AS lang, e.forms AS forms
       FROM article_entities e JOIN articles a ON a.id = e.article_id WHERE e.rowid > ? ORDER BY e.rowid LIMIT ?`,
    )
    .all(table.lastRowid, limit) as { rowid: number; entityId: string; canonical: string; type: string; lang: string; forms: string }[];
  if (rows.length > 0) table.resolved.clear();
  for (const row of rows) {
    table.lastRowid = row.rowid;
    const votes = table.canonicalVotes.get(row.entityId) ?? new Map<string, number>();
    votes.set(row.canonical, (votes.get(row.canonical) ?? 0) + 1);
    table.canonicalVotes.set(row.entityId, votes);
    table.types.set(row.entityId, row.type);
    for (const form of [row.canonical, ...(JSON.parse(row.forms) as string[])]) {
      const key = `${row.entityId}\u0000${row.lang}\u0000${form}`;
      if (table.seen.has(key)) continue;
      table.seen.add(key);
      const index = table.forms.push({ entityId: row.entityId, lang: row.lang, form }) - 1;
      for (const nameKey of nameKeys(form)) {
        const list = table.byKey.get(nameKey);
        if (list) list.push(index);
        else table.byKey.set(nameKey, [index]);
      }
    }
  }
  return rows.length === limit;
}

/** The store's spellings, brought up to date with the entity rows written since the last call. */
function formTable(store: SqliteStore): FormTable {
  const table = tableOf(store);
  while (readChunk(store, table, ROWS_PER_CHUNK));
  return table;
}

/**
 * Reads the store's spellings in chunks, yielding between them, so the first search of a large store
 * does not wait for them (about 7 s for 100,000 articles) and other requests are answered meanwhile.
 */
export async function warmSpellings(store: SqliteStore): Promise<void> {
  const table = tableOf(store);
  while (store.db.open && readChunk(store, table, ROWS_PER_CHUNK)) await new Promise((resolve) => setImmediate(resolve));
}

/** The canonical name most articles give an entity (the longer one on a tie). */
function canonicalOf(table: FormTable, entityId: string): string {
  const votes = table.canonicalVotes.get(entityId);
  if (!votes) return entityId;
  return [...votes].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}

/**
 * Resolves a query (`Токаев`, `loc:KZ`, `توكاييف`) to stored entity ids: an exact id, the entities the
 * analyzer finds in the query, and stored spellings in any script that name-match it.
 */
export function resolveQueryEntities(store: SqliteStore, query: string): ResolvedQueryEntity[] {
  const text = query.trim();
  if (!text) return [];
  const table = formTable(store);
  let entities = table.resolved.get(text);
  if (entities) table.resolved.delete(text);
  else entities = matchQuery(table, text);
  table.resolved.set(text, entities);
  if (table.resolved.size > RESOLVED_QUERIES) table.resolved.delete(table.resolved.keys().next().value as string);
  return entities.map((entity) => ({ ...entity }));
}

function matchQuery(table: FormTable, text: string): ResolvedQueryEntity[] {
  const found = new Map<string, ResolvedQueryEntity>();
  const resolved = (id: string, via: ResolvedQueryEntity['via'], matchedForm?: string): ResolvedQueryEntity => ({
    id,
    canonical: canonicalOf(table, id),
    type: table.types.get(id) ?? 'other',
    via,
    ...(matchedForm !== undefined ? { matchedForm } : {}),
  });
  // An entity id (an entity page's link) means that entity: read as a name, `per:tr` matched `Pirtor`, and
  // name matching cost a quarter of a second on a 10,000-article store.
  if (table.types.has(text)) return [resolved(text, 'id')];
  const lang = queryLanguage(text);
  for (const entity of extractEntities(text, lang, tokenize(text, lang))) {
    if (table.types.has(entity.id) && !found.has(entity.id)) found.set(entity.id, resolved(entity.id, 'analysis'));
  }
  const folded = text.toLocaleLowerCase();
  const shared = new Map<number, number>();
  for (const key of nameKeys(text)) for (const index of table.byKey.get(key) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
  const candidates = [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MATCHED_SPELLINGS);
  // The query's own side of the name matching (its parts, readings, meaning words) is computed once, not once per spelling.
  const prepared = prepareName(text, lang);
  for (const [index] of candidates) {
    const form = table.forms[index];
    if (found.has(form.entityId)) continue;
    if (form.form.toLocaleLowerCase() === folded || matchPrepared(prepared, prepareName(form.form, form.lang)).same) {
      found.set(form.entityId, resolved(form.entityId, 'name-match', form.form));
    }
  }
  return [...found.values()];
}

/** A story filter's entity as an id: ids pass through; a name in any script becomes the entity it names. */
export function entityFilterId(store: SqliteStore, entity: string | undefined): string | undefined {
  if (!entity || store.articlesWithEntities([entity], 1).length > 0) return entity;
  return resolveQueryEntities(store, entity)[0]?.id ?? entity;
}
