// The coverage of the bundled earthquake example (examples/quake-*.txt, CC0: en, ru, vi, ar, zh) as the
// CLI prints it, through the real pipeline and a real SQLite file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { ingestSources } from '../../src/pipeline/ingest.js';
import { openStore } from '../../src/store/sqlite-store.js';
import { createStoryEngine, getStory, storyOfArticle } from '../../src/stories/index.js';
import { storyText } from '../../src/stories/story-text.js';

const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

async function quakeStory() {
  const dir = mkdtempSync(join(tmpdir(), 'sw-coverage-examples-'));
  const store = openStore(join(dir, 'quake.db'));
  try {
    const engine = createStoryEngine(store);
    const files = readdirSync(EXAMPLES).filter((name) => name.startsWith('quake-')).sort();
    const report = await ingestSources(store, files.map((name) => join(EXAMPLES, name)), {
      analyzer: await createAnalyzer(),
      onArticleStored: (article, analysis) => void engine.addArticle(article, analysis),
    });
    assert.deepEqual(report.failed, []);
    const english = store.listArticles().find((article) => article.source.endsWith('quake-en.txt'))!;
    return getStory(store, storyOfArticle(store, english.id)!.id)!;
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the magnitude every source reports is labelled in the headline language, with no verb read as what it counts', async () => {
  const story = await quakeStory();
  assert.equal(story.headlines[0].lang, 'en');
  const magnitude = story.coverage.agreements.find((fact) => fact.kind === 'number' && fact.key.endsWith(':6.1'));
  assert.ok(magnitude, JSON.stringify(story.coverage.agreements.map((fact) => fact.key)));
  assert.equal(magnitude.label, '6.1');
  const texts = new Map(magnitude.reportedBy.map((report) => [report.lang, report.text]));
  assert.equal(texts.get('en'), '6.1');
  assert.equal(texts.get('ru'), '6,1');
  const text = storyText(story);
  const line = text.split('\n').find((row) => row.startsWith('  number 6.1'));
  assert.ok(line, text);
  assert.doesNotMatch(line, /strikes|произошло|độ:/);
  // The English version's translations (ru, vi, and zh, which renders it sentence by sentence with every
  // figure) come after the independent Arabic report, the one that gives 1,500 damaged homes.
  assert.match(line, /^ {2}number 6\.1: \[en\] 6\.1 \| \[ar\] 6\.1 درجات \| /);
});
