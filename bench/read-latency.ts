// Read latency on a large store: every web page and API read endpoint through `storyweave serve`, and the read-only CLI commands.
// Usage: npm run bench:reads -- --db STORE [--port 4593] [--runs 5] [--no-cli]
// Serving migrates the store to this version's schema: run it on a copy. Needs `npm run build`.
// A store of 10,000 or 100,000 articles: npm run bench:scale -- --sizes 100000 --per-day 274 --dir DIR (keeps DIR/scale-100000.db).
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '4593' },
    runs: { type: 'string', default: '5' },
    'no-cli': { type: 'boolean', default: false },
  },
});
if (!values.db) throw new Error('--db STORE is required');
const dbPath = values.db;
const runs = Number(values.runs);
const cli = fileURLToPath(new URL('../bin/storyweave.js', import.meta.url));

/** Realistic parameters read from the store itself: its largest story, its most mentioned entity, words of its titles. */
function pickParameters(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
  const articles = one<{ n: number }>('SELECT COUNT(*) AS n FROM articles').n;
  const stories = one<{ n: number }>('SELECT COUNT(*) AS n FROM stories').n;
  const bigStory = one<{ id: string; n: number }>('SELECT id, article_count AS n FROM stories ORDER BY article_count DESC, id LIMIT 1');
  const lang = one<{ lang: string }>('SELECT lang FROM articles GROUP BY lang ORDER BY COUNT(*) DESC, lang LIMIT 1').lang;
  const entity = one<{ id: string; canonical: string }>(
    'SELECT entity_id AS id, canonical FROM article_entities GROUP BY entity_id ORDER BY COUNT(*) DESC, entity_id LIMIT 1',
  );
  const members = db.prepare('SELECT article_id AS id FROM story_articles WHERE story_id = ? ORDER BY article_id LIMIT 2').all(bigStory.id) as { id: string }[];
  const latest = one<{ id: string }>('SELECT id FROM articles ORDER BY seq DESC LIMIT 1').id;
  // A word of a title in each script the store has: the first word of the latest title in each language.
  const words = (db.prepare('SELECT lang, title FROM articles WHERE seq IN (SELECT MAX(seq) FROM articles GROUP BY lang) ORDER BY lang').all() as {
    lang: string;
    title: string;
  }[]).map((row) => {
    const long = row.title.split(/[\s:,.]+/u).filter((word) => [...word].length >= 4);
    return { lang: row.lang, word: long[0] ?? row.title, other: long.at(-1) ?? row.title };
  });
  const updated = db.prepare('SELECT updated_at AS at FROM stories ORDER BY updated_at DESC LIMIT 1 OFFSET 20').get() as { at: string } | undefined;
  db.close();
  return { articles, stories, bigStory, lang, entity, members, latest, words, changedSince: updated?.at ?? '2020-01-01T00:00:00.000Z' };
}

const p = pickParameters(dbPath);
const q = encodeURIComponent;
const [wordA, wordB] = [p.words.find((w) => /^\p{Script=Latin}/u.test(w.word)), p.words.find((w) => !/^\p{Script=Latin}/u.test(w.word))];
const searchWords = p.words.map((w) => w.word);
const paths: [string, string][] = [
  ['/', 'stories, first page'],
  [`/?lang=${p.lang}`, 'stories in one language'],
  [`/?entity=${q(p.entity.canonical)}`, 'stories naming an entity (by name)'],
  [`/?q=${q(wordA?.word ?? searchWords[0])}`, 'stories whose summary has a word'],
  [`/?live=1&mark=${q(p.changedSince)}`, 'live view with changes'],
  [`/stories/${p.bigStory.id}`, `largest story (${p.bigStory.n} articles)`],
  [`/stories/${p.bigStory.id}?all=1`, 'largest story, every article'],
  ['/articles', 'articles, first page'],
  ['/articles?offset=9000', 'articles, a late page'],
  [`/articles/${p.latest}`, 'one article'],
  ...searchWords.map((word, i): [string, string] => [`/search?q=${q(word)}`, `search, ${p.words[i].lang} title word`]),
  [`/search?entity=${q(p.entity.id)}`, 'search by entity id'],
  [`/search?q=${q(wordA?.word ?? searchWords[0])}&offset=20`, 'search, next page'],
  [`/compare?a=${p.members[0]?.id}&b=${p.members[1]?.id}`, 'compare two members'],
  ['/api/health', 'API health'],
  ['/api/stories', 'API stories'],
  [`/api/stories?lang=${p.lang}`, 'API stories in one language'],
  [`/api/stories?entity=${q(p.entity.id)}`, 'API stories naming an entity (by id)'],
  [`/api/stories?q=${q(wordB?.word ?? searchWords[0])}`, 'API stories whose summary has a word'],
  [`/api/stories?changedSince=${q(p.changedSince)}`, 'API stories changed since'],
  [`/api/stories/${p.bigStory.id}`, 'API largest story'],
  ['/api/articles', 'API articles'],
  [`/api/articles?lang=${p.lang}&offset=1000`, 'API articles in one language, later page'],
  [`/api/articles/${p.latest}`, 'API one article'],
  // Another word than the pages searched: a search asked again reuses its name resolution.
  [`/api/search?q=${q(wordB?.other ?? searchWords[0])}`, 'API search, a word not searched before'],
  [`/api/search?entity=${q(p.entity.id)}`, 'API search by entity id'],
  [`/api/compare?a=${p.members[0]?.id}&b=${p.members[1]?.id}`, 'API compare'],
  ['/api/openapi.json', 'OpenAPI document'],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));

async function startServer(): Promise<{ base: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', values.port!, '--db', dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('is serving')) resolve();
    });
  });
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { base: `http://127.0.0.1:${values.port}`, stop: () => (child.kill('SIGTERM'), stopped) };
}

async function timeRequest(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength };
}

console.log(`${dbPath}: ${p.articles} articles, ${p.stories} stories; median of ${runs} warm requests after the first (cold) one`);
const server = await startServer();
// Searches wait for the server's warm-up read of every stored spelling: wait for it as a user who opens the UI would.
await timeRequest(`${server.base}/api/search?q=warmup`);
console.log('| request | what | first ms | warm median ms | status | KiB |');
console.log('|---|---|---:|---:|---:|---:|');
try {
  for (const [path, what] of paths) {
    const first = await timeRequest(server.base + path);
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push((await timeRequest(server.base + path)).ms);
    console.log(`| \`${path.length > 60 ? `${path.slice(0, 57)}...` : path}\` | ${what} | ${ms(first.ms)} | ${ms(median(warm))} | ${first.status} | ${(first.bytes / 1024).toFixed(0)} |`);
  }
} finally {
  await server.stop();
}

if (!values['no-cli']) {
  const commands: [string[], string][] = [
    [['stories'], 'storyweave stories'],
    [['stories', '--json'], 'storyweave stories --json'],
    [['story', p.bigStory.id], `storyweave story ID (${p.bigStory.n} articles)`],
    [['story', p.bigStory.id, '--json'], 'storyweave story ID --json'],
    [['export', '--format', 'json', '--out', '/dev/null'], 'storyweave export --format json'],
    [['export', '--format', 'csv', '--out', '/dev/null'], 'storyweave export --format csv'],
  ];
  const cliRuns = Math.max(1, Math.min(runs, 3));
  console.log(`\n| command | median of ${cliRuns} runs, ms (whole process) |`);
  console.log('|---|---:|');
  for (const [args, what] of commands) {
    const times: number[] = [];
    for (let i = 0; i < cliRuns; i++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, [cli, ...args, '--db', dbPath], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
      times.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`${what} exited with ${result.status}: ${result.stderr.toString()}`);
    }
    console.log(`| ${what} | ${ms(median(times))} |`);
  }
}
