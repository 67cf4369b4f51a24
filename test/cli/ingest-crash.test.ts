import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { runCli, startCli } from '../helpers/run-cli.js';
import { writeSyntheticArticles } from '../helpers/synthetic-articles.js';
import { openStore } from '../../src/store/sqlite-store.js';

function countArticles(db: string): number {
  try {
    const connection = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (connection.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      connection.close();
    }
  } catch {
    return 0;
  }
}

test('kill -9 in the middle of an ingest leaves a consistent store that a re-run completes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-crash-'));
  try {
    const inputs = join(dir, 'in');
    const total = 400;
    writeSyntheticArticles(inputs, total, 7);
    const crashed = join(dir, 'crashed.db');
    const child = startCli(['ingest', inputs, '--db', crashed, '--workers', '0']);
    const deadline = Date.now() + 60_000;
    while (countArticles(crashed) < 20 && Date.now() < deadline) await sleep(50);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const before = countArticles(crashed);
    assert.ok(before > 0 && before < total, `killed midway (${before} of ${total} stored)`);

    const integrity = new Database(crashed);
    assert.equal(integrity.pragma('integrity_check', { simple: true }), 'ok');
    const orphans = integrity
      .prepare('SELECT COUNT(*) AS n FROM articles a LEFT JOIN analyses an ON an.article_id = a.id WHERE an.article_id IS NULL')
      .get() as { n: number };
    assert.equal(orphans.n, 0, 'every stored article has its analysis');
    integrity.close();

    const rerun = runCli(['ingest', inputs, '--db', crashed, '--json', '--workers', '0']);
    assert.equal(rerun.status, 0, rerun.stderr);
    const report = JSON.parse(rerun.stdout) as { ingested: number; unchanged: number };
    assert.equal(report.ingested + report.unchanged, total);

    const clean = join(dir, 'clean.db');
    assert.equal(runCli(['ingest', inputs, '--db', clean, '--workers', '0']).status, 0);
    const ids = (db: string) => {
      const store = openStore(db);
      const result = store.listArticles().map((a) => a.id).sort();
      store.close();
      return result;
    };
    assert.deepEqual(ids(crashed), ids(clean));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
