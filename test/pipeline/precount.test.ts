import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analysedText, createAnalyzer } from '../../src/analyze/analyzer.js';
import { conceptWords, recordedConceptWords } from '../../src/analyze/pivot/concept-words.js';
import { articleProfile } from '../../src/compare/article-profile.js';
import { CorpusStats } from '../../src/compare/corpus-stats.js';
import type { AnalyzedArticle } from '../../src/compare/model.js';
import { compareArticles } from '../../src/compare/compare-articles.js';
import { candidateKeys } from '../../src/index/candidate-keys.js';
import { adoptPrecounted, precount } from '../../src/pipeline/precount.js';
import { encodedVersionAnchors, encodeVersionAnchors, versionAnchors } from '../../src/stories/version-anchors.js';

const dir = new URL('../fixtures/compare/flood-multilingual/', import.meta.url);

/** The flood report in three languages: title on the first line. */
function floodReports(): Array<{ name: string; lang: string; title: string; text: string }> {
  return (['en', 'es', 'de'] as const).map((name) => {
    const [title, ...rest] = readFileSync(new URL(`${name}.txt`, dir), 'utf8').trim().split('\n');
    return { name, lang: name, title, text: rest.join('\n').trim() };
  });
}

test('what a worker precounts and sends gives the same profile, retrieval keys and version anchors as counting on the writer thread', async () => {
  const analyzer = await createAnalyzer();
  const own: AnalyzedArticle[] = [];
  const adopted: AnalyzedArticle[] = [];
  for (const { name, lang, title, text } of floodReports()) {
    const analysis = analyzer.analyze({ title, text, lang });
    own.push({ id: name, title, text, lang, analysis });
    // As across threads: the worker's counts arrive as a structured clone, the analysis as JSON.
    const sent = structuredClone(precount({ title, text, analysis }));
    const received = JSON.parse(JSON.stringify(analysis)) as typeof analysis;
    adoptPrecounted(received, sent);
    adopted.push({ id: name, title, text, lang, analysis: received });
  }
  const stats = CorpusStats.fromAnalyses(own.map((article) => article.analysis));
  const statsAdopted = CorpusStats.fromAnalyses(adopted.map((article) => article.analysis));
  assert.deepEqual(statsAdopted.toJSON(), stats.toJSON());
  for (let i = 0; i < own.length; i++) {
    const a = articleProfile(own[i], stats);
    const b = articleProfile(adopted[i], statsAdopted);
    for (const part of ['grams', 'headlineGrams', 'leadGrams', 'tokens', 'terms'] as const) {
      assert.ok(a[part].size > 0, `${own[i].id} ${part} empty`);
      assert.deepEqual([...b[part].ids], [...a[part].ids], `${own[i].id} ${part}`);
      assert.deepEqual([...b[part].weights], [...a[part].weights], `${own[i].id} ${part}`);
    }
    assert.deepEqual(candidateKeys(adopted[i].analysis), candidateKeys(own[i].analysis));
    const anchors = encodeVersionAnchors(versionAnchors(own[i], own[i].analysis));
    assert.ok(versionAnchors(own[i], own[i].analysis).anchors.length > 0, `${own[i].id}: anchors`);
    assert.equal(encodedVersionAnchors(adopted[i], adopted[i].analysis), anchors, `${own[i].id}: version anchors`);
  }
});

test('explanations on a thread without the lexicon name the words the analysing worker recorded for each shared concept, as with the lexicon', async () => {
  const analyzer = await createAnalyzer();
  const recording = await createAnalyzer({ conceptWords: true });
  const withLexicon: AnalyzedArticle[] = [];
  const received: AnalyzedArticle[] = [];
  const bare: AnalyzedArticle[] = [];
  for (const { name, lang, title, text } of floodReports()) {
    const analysis = analyzer.analyze({ title, text, lang });
    withLexicon.push({ id: name, title, text, lang, analysis });
    const recorded = recording.analyze({ title, text, lang });
    assert.deepEqual(recorded, analysis, 'recording the words changes nothing in the analysis');
    assert.deepEqual(recordedConceptWords(recorded), conceptWords(analysedText({ title, text }), analysis, analyzer.lexicon), `${name}: recorded in the analysis pass as a pass of their own finds them`);
    const sent = structuredClone(precount({ title, text, analysis: recorded }));
    assert.ok(sent.conceptWords);
    const copy = JSON.parse(JSON.stringify(analysis)) as typeof analysis;
    adoptPrecounted(copy, sent);
    received.push({ id: name, title, text, lang, analysis: copy });
    bare.push({ id: name, title, text, lang, analysis: JSON.parse(JSON.stringify(analysis)) as typeof analysis });
  }
  const stats = CorpusStats.fromAnalyses(withLexicon.map((article) => article.analysis));
  const terms = (articles: AnalyzedArticle[], lexicon?: typeof analyzer.lexicon) =>
    compareArticles(articles[0], articles[1], stats, { explain: true, maxItems: 8, ...(lexicon ? { lexicon } : {}) }).explanation!.sharedTerms;
  const expected = terms(withLexicon, analyzer.lexicon);
  // English and Spanish share concepts the Spanish article writes in its own words (inundaciones / floods).
  assert.ok(expected.some((term) => term.wordsA.length > 0 && term.wordsB.length > 0 && term.wordsA[0].toLowerCase() !== term.wordsB[0].toLowerCase()), JSON.stringify(expected));
  assert.deepEqual(terms(received), expected);
  // Without adopted words, only words spelled like the concept's stem are found.
  assert.notDeepEqual(terms(bare), expected);
  // An analyser that does not record them sends none.
  assert.equal(precount({ title: '', text: withLexicon[0].text, analysis: withLexicon[0].analysis }).conceptWords, undefined);
});
