// The same-text test on invented articles (test/fixtures/version-families, CC0) analysed by the real
// analyzer, and on anchors written out where one property is at stake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../../src/analyze/analyzer.js';
import { anchorKeyCounts, mayBeSameText, sameText } from '../../src/stories/same-text.js';
import { versionAnchors, type VersionAnchor, type VersionAnchors } from '../../src/stories/version-anchors.js';

const CASES = fileURLToPath(new URL('../fixtures/version-families/', import.meta.url));
const analyzer = await createAnalyzer();

function anchorsOfFile(path: string, lang: string): VersionAnchors {
  const [title, ...body] = readFileSync(path, 'utf8').split('\n\n');
  const text = body.join('\n\n');
  return versionAnchors({ title, text, lang }, analyzer.analyze({ title, text, lang }));
}

/** Anchors written sentence by sentence: `[['n:150', 'd:05-01'], ['e:loc:CH']]`. */
function written(sentences: string[][]): VersionAnchors {
  const anchors: VersionAnchor[] = sentences.flatMap((keys, sentence) =>
    keys.map((key) => (key.startsWith('n:') ? { key, sentence, value: Number(key.slice(2)), unit: '' } : { key, sentence })),
  );
  return { sentences: sentences.length, anchors };
}

function bound(x: VersionAnchors, y: VersionAnchors): boolean {
  const numbers = new Map<string, number>();
  return mayBeSameText(anchorKeyCounts(x, numbers), anchorKeyCounts(y, numbers));
}

for (const name of readdirSync(CASES).filter((entry) => !entry.includes('.'))) {
  test(`same text: ${name}`, () => {
    const expected = JSON.parse(readFileSync(`${CASES}${name}/expected.json`, 'utf8')) as { langA: string; langB: string; versions: boolean };
    const a = anchorsOfFile(`${CASES}${name}/a.txt`, expected.langA);
    const b = anchorsOfFile(`${CASES}${name}/b.txt`, expected.langB);
    const verdict = sameText(a, b);
    assert.equal(verdict.same, expected.versions, JSON.stringify(verdict));
    assert.equal(sameText(b, a).same, expected.versions, 'the test is symmetric');
    // The quick bound may let a pair through that the alignment rejects, never the other way round.
    if (verdict.same) assert.equal(bound(a, b), true);
  });
}

test('a changed figure is named, and an independent report shares figures without their order', () => {
  const dir = `${CASES}changed-figure/`;
  const changed = sameText(anchorsOfFile(`${dir}a.txt`, 'en'), anchorsOfFile(`${dir}b.txt`, 'en'));
  assert.deepEqual(changed.conflict, { a: 85, b: 110 });
  assert.ok(changed.shorterCovered > 0.8, 'everything else aligns');
  const independent = sameText(anchorsOfFile(`${CASES}independent-report/a.txt`, 'en'), anchorsOfFile(`${CASES}independent-report/b.txt`, 'en'));
  assert.equal(independent.conflict, undefined);
  assert.ok(independent.alignedFacts >= 3, 'it shares figures');
  assert.ok(independent.factsCovered < 0.7, JSON.stringify(independent));
});

test('a translation may split a sentence in two and reorder the words inside one', () => {
  const source = written([['d:05-01', 'e:loc:CH'], ['n:150', 'n:600', 'n:12'], ['n:35'], ['n:2030', 'e:org:cgn']]);
  const split = written([['e:loc:CH', 'd:05-01'], ['n:150'], ['n:600', 'n:12'], ['n:35'], ['e:org:cgn', 'n:2030']]);
  const verdict = sameText(source, split);
  assert.equal(verdict.same, true, JSON.stringify(verdict));
  assert.equal(verdict.similarity, 1);
});

test('the same figures in another order are not one text', () => {
  const source = written([['d:05-01', 'e:loc:CH'], ['n:150'], ['n:600'], ['n:12'], ['n:35'], ['n:2030']]);
  const shuffled = written([['n:2030'], ['n:35'], ['n:12'], ['n:600'], ['d:05-01', 'e:loc:CH'], ['n:150']]);
  assert.equal(sameText(source, shuffled).same, false);
  assert.equal(bound(source, shuffled), true, 'only the order tells them apart');
});

test('a digest of a long text is not a version of it, nor is a text with too few anchors to tell', () => {
  const long = written(Array.from({ length: 12 }, (_, i) => [`n:${100 + i}`, `e:per:p${i}`]));
  const digest = written([['n:100', 'e:per:p0'], ['n:101', 'e:per:p1'], ['n:102']]);
  assert.equal(sameText(long, digest).same, false, 'a fifth of the long one aligns');
  const few = written([['n:100'], ['n:101'], ['n:102']]);
  assert.equal(sameText(few, few).same, false, 'three anchors');
  assert.equal(sameText(long, long).same, true);
});

test('entities only one article resolved do not count against it; its figures do', () => {
  const a = written([['e:loc:lake', 'd:05-01'], ['n:150', 'n:600'], ['e:org:full-name', 'n:35'], ['n:12']]);
  const b = written([['d:05-01'], ['n:150', 'n:600', 'e:org:initials'], ['n:35'], ['n:12']]);
  assert.equal(sameText(a, b).same, true);
  const moreFigures = written([['d:05-01'], ['n:150', 'n:600', 'n:7000', 'n:8000'], ['n:35', 'n:9000', 'n:9500'], ['n:12', 'n:10000', 'n:11000']]);
  assert.equal(sameText(a, moreFigures).same, false, 'the other has more figures of its own than it shares');
});
