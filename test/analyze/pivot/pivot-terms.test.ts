import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyzer } from '../../../src/analyze/analyzer.js';
import { loadLexicon } from '../../../src/analyze/pivot/lexicon.js';
import { nameReadings } from '../../../src/analyze/pivot/pivot-terms.js';

test('a Chinese name reads as its English name, not as its characters\' glosses', async () => {
  const analyzer = await createAnalyzer();
  const { terms, entities } = analyzer.analyze({ title: '吉尔吉斯斯坦南部发生地震', text: '红十字会已从比什凯克运送帐篷。', lang: 'zh' });
  assert.ok(entities.some((entity) => entity.id === 'loc:KG'), 'the resolver knows Kyrgyzstan');
  for (const concept of ['en:kyrgyzstan', 'en:bishkek', 'en:red', 'en:cross', 'en:earthquak']) assert.ok(terms[concept] > 0, concept);
  // 吉 alone is `lucky`: read character by character the name was noise.
  assert.equal(terms['en:lucki'], undefined);
});

test('names keep their own words in languages written with spaces', async () => {
  const lexicon = await loadLexicon();
  const entities = [{ canonical: 'Kyrgyzstan', mentions: [{ start: 0, end: 10 }] }];
  assert.deepEqual(nameReadings('de', entities, lexicon), []);
  assert.deepEqual(nameReadings('zh', entities, lexicon).map((reading) => reading.words.flat().filter((c) => c.startsWith('en:'))), [['en:kyrgyzstan']]);
});
