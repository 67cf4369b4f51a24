import { after, before } from 'node:test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ingestSources, type IngestReport } from '../../src/pipeline/ingest.js';
import { createServer, type ServerOptions } from '../../src/server/create-server.js';
import { storyHookFor } from '../../src/server/services/story-hook.js';
import { openStore, type SqliteStore } from '../../src/store/sqlite-store.js';

export const SEEDS_DIR = new URL('../../../shared/data/seeds/', import.meta.url).pathname;

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(SEEDS_DIR, name));
}

export interface TempStore {
  store: SqliteStore;
  dir: string;
  dispose(): void;
}

export function tempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'storyweave-server-'));
  const store = openStore(join(dir, 'test.db'));
  return {
    store,
    dir,
    dispose() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ingests files through the real pipeline, grouping into stories as the server does. */
export async function ingestFiles(store: SqliteStore, files: string[]): Promise<IngestReport> {
  return ingestSources(store, files, { onArticleStored: storyHookFor(store) });
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** A real server on 127.0.0.1, port 0. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = await createServer(options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { app, url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

/** The seed file name (`000_…`) an article came from. */
export function seedNameOf(source: string): string {
  return source.split('/').pop() ?? source;
}

/** A fresh store and a server on it for the enclosing `describe` (started before its tests, closed after). */
export function serverForSuite(): { readonly server: RunningServer; readonly temp: TempStore } {
  const suite = {} as { server: RunningServer; temp: TempStore };
  before(async () => {
    suite.temp = tempStore();
    suite.server = await startServer({ store: suite.temp.store });
  });
  after(async () => {
    await suite.server?.close();
    suite.temp?.dispose();
  });
  return suite;
}
