// Search benchmark: entity resolution and whole searches (as `/api/search` runs them) on a large store.
// Usage: npm run bench:search -- --db STORE [--queries "Tokayev,Токаев,earthquake"]
// A store of 100,000 articles: npm run bench:scale -- --sizes 100000 --per-day 274 --dir DIR (keeps DIR/scale-100000.db).
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/sqlite-store.js';
import { resolveQueryEntities } from '../src/server/services/entity-search.js';
import { searchArticles } from '../src/server/services/search.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    queries: { type: 'string', default: 'Tokayev,Токаев,توكاييف,earthquake,Kilsas,Килсас' },
  },
});
if (!values.db) throw new Error('--db STORE is required');
const store = openStore(values.db);
const articles = store.countArticles();
const entityRows = (store.db.prepare('SELECT COUNT(*) AS n FROM article_entities').get() as { n: number }).n;
console.log(`${values.db}: ${articles} articles, ${entityRows} entity rows`);
const time = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
};
const [, coldMs] = time(() => resolveQueryEntities(store, 'warm-up'));
console.log(`first query (reads every stored spelling): ${coldMs.toFixed(0)} ms`);
for (const query of values.queries.split(',')) {
  const [entities, resolveMs] = time(() => resolveQueryEntities(store, query));
  const [result, searchMs] = time(() => searchArticles(store, { q: query, limit: 20 }));
  console.log(`${query}: entities ${resolveMs.toFixed(0)} ms (${entities.map((entity) => entity.id).join(' ') || 'none'}), whole search ${searchMs.toFixed(0)} ms, ${result.hits.length} hits${result.hasMore ? '+' : ''}`);
}
store.close();
