import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, type SqliteStore } from '../../src/store/sqlite-store.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import type { NewArticle } from '../../src/store/store.js';

function tempDb(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sw-store-'));
  return { path: join(dir, 'test.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the test against a fresh store in its own folder, closed and removed afterwards. */
function withStore(run: (store: SqliteStore) => void): void {
  const { path, cleanup } = tempDb();
  const store = openStore(path);
  try {
    run(store);
  } finally {
    store.close();
    cleanup();
  }
}

function article(overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    source: 'a.txt',
    lang: 'en',
    title: 'Title',
    text: 'Body text of the article.',
    contentHash: 'c'.repeat(64),
    rawHash: 'r'.repeat(64),
    ...overrides,
  };
}

test('a new store is in WAL mode at the latest schema version', () => {
  withStore((store) => {
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.schemaVersion, Math.max(...MIGRATIONS.map((m) => m.version)));
  });
});

test('an article round-trips and the same clean text is stored once', () => {
  withStore((store) => {
    const first = store.putArticle(article({ published: '2022-09-27', site: 'example.org' }));
    assert.equal(first.status, 'inserted');
    const again = store.putArticle(article({ source: 'b.txt', rawHash: 'x'.repeat(64), url: 'https://b.example/1' }));
    assert.deepEqual(again, { id: first.id, status: 'duplicate', duplicateOf: first.id });
    assert.equal(store.countArticles(), 1);
    const stored = store.getArticle(first.id);
    assert.equal(stored?.published, '2022-09-27');
    assert.equal(stored?.site, 'example.org');
    assert.deepEqual(store.duplicateSightings(first.id).map((s) => s.url), ['https://b.example/1']);
  });
});

test('filters by language and date, finds by id prefix, searches text in any script', () => {
  withStore((store) => {
    const ar = store.putArticle(article({ lang: 'ar', title: 'كازاخستان', text: 'روسيا وكازاخستان', contentHash: '1'.repeat(64), published: '2022-10-01' }));
    store.putArticle(article({ lang: 'en', title: 'Kazakhstan', text: 'Russia and Kazakhstan', contentHash: '2'.repeat(64), published: '2022-01-01' }));
    assert.equal(store.listArticles({ lang: 'ar' }).length, 1);
    assert.equal(store.listArticles({ since: '2022-06-01' }).length, 1);
    assert.equal(store.findArticle(ar.id.slice(0, 6))?.id, ar.id);
    assert.deepEqual(store.searchText('روسيا').map((hit) => hit.articleId), [ar.id]);
    assert.equal(store.searchText('KAZAKH').length, 1, 'search ignores case');
  });
});

test('analyses and their entities are stored together and replaced on re-analysis', () => {
  withStore((store) => {
    const { id } = store.putArticle(article());
    const analysis = {
      analyzerVersion: 'v1',
      lang: 'en',
      entities: [{ id: 'loc:KZ', canonical: 'Kazakhstan', type: 'place' as const, mentions: [{ text: 'Kazakhstan', start: 0, end: 10 }] }],
      numbers: [],
      dates: [],
      terms: {},
      titleTerms: {},
      tokens: {},
      wordCount: 4,
    };
    store.putAnalysis(id, analysis);
    assert.deepEqual(store.articlesNeedingAnalysis('v1'), []);
    assert.deepEqual(store.articlesNeedingAnalysis('v2'), [id]);
    assert.deepEqual(store.articlesWithEntities(['loc:KZ']).map((hit) => hit.forms), [['Kazakhstan']]);
    store.putAnalysis(id, { ...analysis, analyzerVersion: 'v2', entities: [] });
    assert.deepEqual(store.articlesWithEntities(['loc:KZ']), []);
    assert.equal(store.getAnalysis(id)?.analyzerVersion, 'v2');
  });
});

test('analyses are stored deflated and read back whole; analyses stored as plain JSON still read', () => {
  withStore((store) => {
    const { id } = store.putArticle(article());
    const analysis = {
      analyzerVersion: 'v1',
      lang: 'en',
      entities: [],
      numbers: [{ value: 98000, text: '98,000', start: 3, end: 9 }],
      dates: [],
      terms: { 'en:border': 2, 'cg:bord': 0.25 },
      titleTerms: { 'en:border': 1 },
      tokens: { border: 2, crossed: 1 },
      wordCount: 12,
    };
    store.putAnalysis(id, analysis);
    const stored = store.db.prepare('SELECT data FROM analyses WHERE article_id = ?').get(id) as { data: unknown };
    assert.ok(Buffer.isBuffer(stored.data), 'stored as a blob');
    assert.ok((stored.data as Buffer).length < JSON.stringify(analysis).length);
    assert.deepEqual(store.getAnalysis(id), analysis);
    // Stores written before analyses were deflated hold JSON text.
    store.db.prepare('UPDATE analyses SET data = ? WHERE article_id = ?').run(JSON.stringify({ ...analysis, wordCount: 13 }), id);
    assert.equal(store.getAnalysis(id)?.wordCount, 13);
  });
});

test('full-text rows are written with the transaction: an article rolled back inside it leaves no row, the article taking its place does', () => {
  withStore((store) => {
    store.transaction(() => {
      assert.throws(() =>
        store.transaction(() => {
          store.putArticle(article({ title: 'Rolled back', text: 'Quokkas were counted on the island.', contentHash: 'a'.repeat(64), rawHash: 'a'.repeat(64) }));
          throw new Error('analysis failed');
        }),
      );
      store.putArticle(article({ title: 'Kept', text: 'Wombats were counted in the valley.', contentHash: 'b'.repeat(64), rawHash: 'b'.repeat(64) }));
    });
    assert.equal(store.searchText('Quokkas').length, 0);
    assert.equal(store.searchText('Wombats').length, 1);
    store.putArticle(article({ title: 'Alone', text: 'Numbats outside any batch.', contentHash: 'c'.repeat(64), rawHash: 'c'.repeat(64) }));
    assert.equal(store.searchText('Numbats').length, 1);
  });
});

test('a failed transaction leaves nothing behind', () => {
  withStore((store) => {
    assert.throws(() =>
      store.transaction(() => {
        store.putArticle(article());
        throw new Error('crash mid-write');
      }),
    );
    assert.equal(store.countArticles(), 0);
  });
});

test('a store written by a newer version is refused', () => {
  const { path, cleanup } = tempDb();
  try {
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    assert.throws(() => openStore(path), /SW_STORE_SCHEMA|schema version/);
  } finally {
    cleanup();
  }
});
