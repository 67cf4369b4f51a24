import { extractEntities } from '../../analyze/entities/extract-entities.js';
import { matchNames } from '../../analyze/entities/match-names.js';
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
  canonical: string;
  type: string;
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

const formCache = new WeakMap<SqliteStore, { count: number; forms: StoredForm[] }>();

/** Stored forms, reread only when the number of articles changed. */
function storedForms(store: SqliteStore): StoredForm[] {
  const count = store.countArticles();
  const cached = formCache.get(store);
  if (cached?.count === count) return cached.forms;
  const forms = readStoredForms(store);
  formCache.set(store, { count, forms });
  return forms;
}

// The store has no entity listing API, so read its entity table here (distinct forms per language).
function readStoredForms(store: SqliteStore): StoredForm[] {
  const rows = store.db
    .prepare(
      `SELECT e.entity_id AS entityId, e.canonical AS canonical, e.type AS type, a.lang AS lang, e.forms AS forms
       FROM article_entities e JOIN articles a ON a.id = e.article_id`,
    )
    .all() as { entityId: string; canonical: string; type: string; lang: string; forms: string }[];
  // Each article stores its own canonical name; show the one most articles agree on.
  const canonicalVotes = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const votes = canonicalVotes.get(row.entityId) ?? new Map<string, number>();
    votes.set(row.canonical, (votes.get(row.canonical) ?? 0) + 1);
    canonicalVotes.set(row.entityId, votes);
  }
  const canonicalOf = (entityId: string): string =>
    [...(canonicalVotes.get(entityId) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
  const seen = new Set<string>();
  const out: StoredForm[] = [];
  for (const row of rows) {
    for (const form of [row.canonical, ...(JSON.parse(row.forms) as string[])]) {
      const key = `${row.entityId}\u0000${row.lang}\u0000${form}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ entityId: row.entityId, canonical: canonicalOf(row.entityId), type: row.type, lang: row.lang, form });
    }
  }
  return out;
}

/**
 * Resolves a query (`Токаев`, `loc:KZ`, `توكاييف`) to stored entity ids: an exact id, the entities the
 * analyzer finds in the query, and stored spellings in any script that name-match it.
 */
export function resolveQueryEntities(store: SqliteStore, query: string): ResolvedQueryEntity[] {
  const text = query.trim();
  if (!text) return [];
  const found = new Map<string, ResolvedQueryEntity>();
  const forms = storedForms(store);
  const known = new Map(forms.map((form) => [form.entityId, form]));
  const exact = known.get(text);
  if (exact) found.set(exact.entityId, { id: exact.entityId, canonical: exact.canonical, type: exact.type, via: 'id' });
  const lang = queryLanguage(text);
  for (const entity of extractEntities(text, lang, tokenize(text, lang))) {
    const stored = known.get(entity.id);
    if (stored && !found.has(entity.id)) found.set(entity.id, { id: entity.id, canonical: stored.canonical, type: stored.type, via: 'analysis' });
  }
  const folded = text.toLocaleLowerCase();
  for (const form of forms) {
    if (found.has(form.entityId)) continue;
    if (form.form.toLocaleLowerCase() === folded || matchNames(text, lang, form.form, form.lang).same) {
      found.set(form.entityId, { id: form.entityId, canonical: form.canonical, type: form.type, via: 'name-match', matchedForm: form.form });
    }
  }
  return [...found.values()];
}

/** A story filter's entity as an id: ids pass through; a name in any script becomes the entity it names. */
export function entityFilterId(store: SqliteStore, entity: string | undefined): string | undefined {
  if (!entity || store.articlesWithEntities([entity], 1).length > 0) return entity;
  return resolveQueryEntities(store, entity)[0]?.id ?? entity;
}
