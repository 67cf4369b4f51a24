import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { americanSpelling, englishConceptStem } from '../../../src/analyze/pivot/english-spelling.js';
import { loadLexicon } from '../../../src/analyze/pivot/lexicon.js';
import { stemmerFor } from '../../../src/analyze/text/stemmers.js';
import { tokenize } from '../../../src/analyze/text/tokenize.js';
import { writeDictd } from './dictd-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'sw-spelling-'));
after(() => rmSync(work, { recursive: true, force: true }));

const conceptStem = (word: string) => englishConceptStem(word, stemmerFor('en')(word));

test('British and American spellings of a word give one concept stem', () => {
  for (const [british, american] of [
    ['mobilisation', 'mobilization'],
    ['recognised', 'recognized'],
    ['analyse', 'analyze'],
    ['labour', 'labor'],
    ['neighbourhood', 'neighborhood'],
    ['centres', 'centers'],
    ['theatre', 'theater'],
    ['defence', 'defense'],
    ['catalogue', 'catalog'],
    ['programme', 'program'],
  ]) {
    assert.equal(conceptStem(british), conceptStem(american), `${british} / ${american}`);
  }
});

test('short words and words without a British ending keep their stem', () => {
  for (const word of ['rise', 'wise', 'your', 'four', 'hour', 'tour', 'course', 'source', 'genre', 'are', 'fire', 'president', 'analysis']) {
    assert.equal(americanSpelling(word), undefined, word);
    assert.equal(conceptStem(word), stemmerFor('en')(word), word);
  }
});

test('a dictionary gloss in one spelling meets an English article in the other', async () => {
  const dictdDir = join(work, 'dictd');
  writeDictd(dictdDir, 'fra-eng', [['mobilisation', 'mobilisation <n, fem>\nmobilization\n']]);
  const lexicon = await loadLexicon({ dictdDir, dataDir: join(work, 'cache') });
  const [french] = tokenize('mobilisation', 'fr').map((t) => lexicon.concepts('fr', t));
  const [english] = tokenize('mobilisation', 'en').map((t) => lexicon.concepts('en', t));
  assert.deepEqual(french, english);
  assert.deepEqual(english, ['en:mobil']);
});
