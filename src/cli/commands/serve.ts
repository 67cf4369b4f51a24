import type { Command } from 'commander';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoryweaveError } from '../../core/errors.js';
import { defaultDbPath } from '../../core/paths.js';
import { ingestSources } from '../../pipeline/ingest.js';
import { isLoopbackHost } from '../../server/access.js';
import { createServer } from '../../server/create-server.js';
import { warmSpellings } from '../../server/services/entity-search.js';
import { createStoryEngine } from '../../stories/story-engine.js';
import { storyHookFor } from '../../server/services/story-hook.js';
import { openStore, type SqliteStore } from '../../store/sqlite-store.js';

interface ServeFlags {
  db?: string;
  port: string;
  host: string;
  token?: string;
}

const DEFAULT_PORT = '4477';
const DEFAULT_DEMO_DB = 'storyweave-demo.db';

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StoryweaveError('SW_USAGE', `--port ${value} is not a port number`);
  return port;
}

/** Starts the server and keeps it running until SIGINT/SIGTERM; resolves once it has stopped. */
async function runServer(store: SqliteStore, flags: ServeFlags): Promise<void> {
  const port = parsePort(flags.port);
  const token = flags.token ?? process.env.STORYWEAVE_TOKEN;
  const exposed = !isLoopbackHost(flags.host);
  if (exposed && !token) {
    throw new StoryweaveError('SW_USAGE', `refusing to listen on ${flags.host} without a token: pass --token or set STORYWEAVE_TOKEN`);
  }
  const app = await createServer({ store, exposed, ...(token ? { token } : {}) });
  await app.listen({ port, host: flags.host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
  process.stdout.write(`Storyweave is serving ${store.path} at http://${shownHost}:${actualPort}/\n`);
  // Searches match names against every stored spelling: read them now rather than at the first search.
  void warmSpellings(store).catch(() => undefined);
  if (token) process.stdout.write('Writes (POST /api/ingest) need: Authorization: Bearer <token>\n');
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app.close().then(() => resolve());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function examplesDir(): string {
  return fileURLToPath(new URL('../../../examples/', import.meta.url));
}

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and the HTTP API (loopback only unless --host and a token are given)')
    .option('--db <file>', 'SQLite store file (env STORYWEAVE_DB, default ./storyweave.db)')
    .option('--port <n>', 'port (0 picks a free one)', DEFAULT_PORT)
    .option('--host <address>', 'address to bind; anything beyond loopback needs a token', '127.0.0.1')
    .option('--token <token>', 'bearer token for write endpoints (env STORYWEAVE_TOKEN)')
    .action(async (flags: ServeFlags) => {
      const store = openStore(flags.db ?? defaultDbPath());
      try {
        await runServer(store, flags);
      } finally {
        store.close();
      }
    });

  program
    .command('demo')
    .description('ingest the bundled example articles into a demo store and serve them')
    .option('--db <file>', 'demo store file', DEFAULT_DEMO_DB)
    .option('--port <n>', 'port (0 picks a free one)', DEFAULT_PORT)
    .option('--host <address>', 'address to bind; anything beyond loopback needs a token', '127.0.0.1')
    .option('--token <token>', 'bearer token for write endpoints (env STORYWEAVE_TOKEN)')
    .action(async (flags: ServeFlags & { db: string }) => {
      const examples = examplesDir();
      if (!existsSync(examples)) throw new StoryweaveError('SW_INPUT_UNREADABLE', 'the bundled examples folder is missing', examples);
      const store = openStore(flags.db);
      try {
        process.stdout.write(`Ingesting the examples from ${examples} into ${flags.db}…\n`);
        const files = readdirSync(examples)
          .filter((name) => !/^readme/i.test(name) && !name.startsWith('.'))
          .sort()
          .map((name) => join(examples, name));
        const report = await ingestSources(store, files, { onArticleStored: storyHookFor(store) });
        process.stdout.write(
          `${report.ingested} new, ${report.unchanged} already there, ${report.duplicates} duplicates, ${report.failed.length} failed\n`,
        );
        for (const failure of report.failed) process.stderr.write(`${failure.location}: ${failure.code} ${failure.message}\n`);
        // Articles stored by an earlier run that stopped before grouping them.
        createStoryEngine(store).clusterPending();
        await runServer(store, flags);
      } finally {
        store.close();
      }
    });
}
