// The README's demo: the bundled examples (invented events, CC0) form the four stories examples/README.md
// describes, across five scripts, with the railway opening kept apart from the earthquake it shares a
// president and a city with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { ingestSources } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/sqlite-store.js';
import { createStoryEngine, storyPartition } from '../../src/stories/index.js';
import { canonicalGroups } from './fixture-articles.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

test('the bundled examples form the stories their README describes', async () => {
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.txt'));
  const expected = new Map<string, string[]>();
  for (const file of files) {
    const story = file.split('-')[0];
    expected.set(story, [...(expected.get(story) ?? []), file]);
  }
  const store = openStore(':memory:');
  try {
    const engine = createStoryEngine(store);
    const report = await ingestSources(store, files.map((name) => join(EXAMPLES, name)), {
      analyzer: await createAnalyzer(),
      onArticleStored: (article, analysis) => void engine.addArticle(article, analysis),
    });
    assert.deepEqual(report.failed, []);
    const fileOf = new Map(store.listArticles().map((article) => [article.id, article.source.split('/').at(-1)!]));
    const groups = new Map<string, string[]>();
    for (const [articleId, storyId] of storyPartition(store)) groups.set(storyId, [...(groups.get(storyId) ?? []), fileOf.get(articleId)!]);
    assert.deepEqual(canonicalGroups([...groups.values()]), canonicalGroups([...expected.values()]));
  } finally {
    store.close();
  }
});
