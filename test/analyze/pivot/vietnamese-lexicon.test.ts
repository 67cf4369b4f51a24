import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { loadLexicon } from '../../../src/analyze/pivot/lexicon.js';
import { PhraseTable } from '../../../src/analyze/pivot/phrase-table.js';
import { pivotTerms } from '../../../src/analyze/pivot/pivot-terms.js';
import { VIETNAMESE_CORE_LEXICON } from '../../../src/analyze/pivot/vietnamese-core-lexicon.js';
import { syllableKey } from '../../../src/analyze/text/vietnamese-syllable.js';
import { tokenize } from '../../../src/analyze/text/tokenize.js';

const work = mkdtempSync(join(tmpdir(), 'sw-vi-lexicon-'));
after(() => rmSync(work, { recursive: true, force: true }));
// An empty dictd folder: Vietnamese concepts then come from our word list alone.
const lexicon = await loadLexicon({ dictdDir: work, dataDir: work });
const terms = (text: string) => pivotTerms(tokenize(text, 'vi'), 'vi', lexicon);
const total = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

test('Vietnamese counts as bridged to the pivot', () => {
  assert.equal(lexicon.hasDictionary('vi'), true);
  assert.ok(new PhraseTable(VIETNAMESE_CORE_LEXICON, 'vi').size >= 1000);
});

test('a word of several syllables is one concept, weighted once', () => {
  const president = terms('tổng thống');
  assert.deepEqual(Object.keys(president), ['en:presid']);
  assert.equal(president['en:presid'], 1);
  const mobilise = terms('huy động');
  // British and American glosses (mobilise, mobilize) are one concept.
  assert.deepEqual(Object.keys(mobilise), ['en:mobil']);
  assert.ok(Math.abs(total(mobilise) - 1) < 1e-9, `total ${total(mobilise)}`);
});

test('the longest word wins, up to four syllables', () => {
  assert.deepEqual(Object.keys(terms('người tị nạn')), ['en:refuge']);
  assert.ok(terms('tị nạn')['en:asylum'] > 0, 'without người it is refuge or asylum');
  assert.ok(terms('lệnh tổng động viên')['en:mobil'] > 0);
  const flee = terms('những người Nga chạy trốn qua biên giới');
  for (const concept of ['en:russian', 'en:flee', 'en:cross', 'en:border']) assert.ok(flee[concept] > 0, `${concept} in ${Object.keys(flee).join(' ')}`);
});

test('syllables the list does not know are left as they were', () => {
  const unknown = terms('Smadiyarov khôngbiết');
  assert.ok(unknown['en:smadiyarov'] > 0, 'a capitalised Latin word stands for itself');
  assert.ok(Object.keys(unknown).some((c) => c.startsWith('cg:')), 'cognate n-grams are kept');
  assert.ok(!Object.keys(unknown).some((c) => c.startsWith('en:') && c !== 'en:smadiyarov'), Object.keys(unknown).join(' '));
});

test('words do not run across punctuation, and tones tell words apart', () => {
  assert.equal(terms('tổng, thống')['en:presid'], undefined);
  assert.ok(terms('bán')['en:sell'] > 0);
  assert.equal(terms('ban')['en:sell'], undefined, 'ban (board) is not bán (sell)');
});

test('tone placement and y/i spelling variants meet', () => {
  assert.equal(syllableKey('hoà'), syllableKey('hòa'));
  assert.equal(syllableKey('thuỷ'), syllableKey('thủy'));
  assert.equal(syllableKey('kỹ'), syllableKey('kĩ'));
  assert.notEqual(syllableKey('hòa'), syllableKey('hóa'));
  assert.ok(terms('hoà bình')['en:peac'] > 0 && terms('hòa bình')['en:peac'] > 0);
});

test('a run of capitalised syllables is a name; capitals a word needs must be there', () => {
  assert.ok(terms('Hòa bình là mục tiêu')['en:peac'] > 0, 'sentence start');
  assert.equal(terms('tỉnh Hòa Bình')['en:peac'], undefined, 'the province');
  assert.ok(terms('người Nga')['en:russian'] > 0);
  assert.equal(terms('người nga')['en:russian'], undefined);
  assert.ok(terms('hôm thứ Ba')['en:tuesdai'] > 0);
  assert.equal(terms('lớn thứ ba')['en:tuesdai'], undefined, 'thứ ba in lower case is "third"');
});

test('single syllables: stop words stay out of the terms, but a number still finds what it counts', () => {
  assert.deepEqual(terms('người'), {}, 'người is a stop syllable');
  const [person] = tokenize('người', 'vi');
  assert.equal(lexicon.concepts('vi', { ...person, stop: false })[0], 'en:peopl');
});
