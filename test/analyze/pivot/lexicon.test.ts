import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cognateIds, skeletonId } from '../../../src/analyze/pivot/cognates.js';
import { decodeDictdNumber, readDictd } from '../../../src/analyze/pivot/dictd.js';
import { cachePath } from '../../../src/analyze/pivot/dictionary-cache.js';
import { dictionaryFiles } from '../../../src/analyze/pivot/languages.js';
import { loadDictionary, loadLexicon } from '../../../src/analyze/pivot/lexicon.js';
import { parseTranslations } from '../../../src/analyze/pivot/parse-entry.js';
import { pivotTerms } from '../../../src/analyze/pivot/pivot-terms.js';
import { tokenize } from '../../../src/analyze/text/tokenize.js';
import { buildTinyDictd, encodeDictdNumber, writeDictd } from './dictd-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'sw-lexicon-'));
const dictdDir = join(work, 'dictd');
buildTinyDictd(dictdDir);
after(() => rmSync(work, { recursive: true, force: true }));

const concepts = async (lang: string, text: string, dataDir: string) => {
  const lexicon = await loadLexicon({ dictdDir, dataDir });
  return tokenize(text, lang).map((t) => lexicon.concepts(lang, t));
};

test('dictd numbers are base64 digits', () => {
  for (const n of [0, 1, 63, 64, 4095, 123456789]) assert.equal(decodeDictdNumber(encodeDictdNumber(n)), n);
  assert.throws(() => decodeDictdNumber('a*b'));
});

test('reads entries back from index + dict.dz, skipping the database header', () => {
  const entries = [...readDictd(join(dictdDir, 'freedict-fra-eng.index'), join(dictdDir, 'freedict-fra-eng.dict.dz'))];
  assert.equal(entries.length, 6);
  assert.equal(entries[0].headword, 'fuir');
  assert.ok(entries[0].body.includes('flee'));
});

test('entry parsing keeps senses, drops labels, notes and pronunciations', () => {
  assert.deepEqual(parseTranslations('fuir /fɥiʀ/ <v>\n1. flee, run away\n2. leak\n'), [['flee', 'run away'], ['leak']]);
  assert.deepEqual(parseTranslations('armée <n, fem>\n[mil.] army (ground forces) <n>\n   Note: also used for navy\n'), [['army']]);
  assert.deepEqual(parseTranslations('x\n1. a\n2. b\n3. c\n4. d\n', 2), [['a'], ['b']]);
});

test('entry parsing skips usage examples (deu-eng layout): their words are not translations', () => {
  const body = 'zumal /tsuːmˈɑːl/ <adv>\nespecially <adv>, particularly <adv>\n      "Kinder, zumal kleine, brauchen viel Zuwendung."  - Children, particularly small ones, require a lot of attention.\n';
  assert.deepEqual(parseTranslations(body), [['especially', 'particularly']]);
});

test('forward entries map words (and their inflections) to English stems', async () => {
  const dataDir = join(work, 'cache-forward');
  const [fuyait, presidents, forces] = await concepts('fr', 'fuir présidents forces', dataDir);
  // Two glosses only: the later sense (leak) would take half the word's weight from its meaning.
  assert.deepEqual([...fuyait].sort(), ['en:flee', 'en:run']);
  assert.ok(presidents.includes('en:presid'), presidents.join(' '));
  // The stem "forc" belongs to the base form "force", not to "forcer".
  assert.ok(forces.includes('en:forc') && !forces.includes('en:soften'), forces.join(' '));
});

test('reverse (eng-xxx) entries are inverted, common senses first', async () => {
  const dataDir = join(work, 'cache-reverse');
  const [maison, refugie] = await concepts('fr', 'maison réfugié', dataDir);
  assert.equal(maison[0], 'en:hous', maison.join(' '));
  assert.deepEqual(refugie, ['en:refuge']);
});

test('the compiled dictionary is cached and reloaded; a changed source rebuilds it', () => {
  const dataDir = join(work, 'cache-reload');
  const first = loadDictionary('fr', { dictdDir, dataDir });
  assert.equal(first.load.source, 'compiled');
  assert.ok(existsSync(cachePath(dataDir, 'fr')));
  const second = loadDictionary('fr', { dictdDir, dataDir });
  assert.equal(second.load.source, 'cache');
  assert.deepEqual([...second.dictionary!.byNorm], [...first.dictionary!.byNorm]);
  buildTinyDictd(dictdDir); // same content, new mtime
  const size = statSync(join(dictdDir, 'freedict-fra-eng.dict.dz')).size;
  assert.ok(size > 0);
});

test('languages without a dictionary fall back to transliterated cognates', async () => {
  const dataDir = join(work, 'cache-none');
  const lexicon = await loadLexicon({ dictdDir, dataDir });
  assert.equal(lexicon.hasDictionary('sq'), false);
  assert.equal(lexicon.hasDictionary('en'), true);
  const [kazakhstan] = tokenize('Kazakhstan', 'sq');
  const viConcepts = lexicon.concepts('sq', kazakhstan);
  assert.ok(viConcepts.includes('en:kazakhstan'), 'an unknown Latin word stands for itself');
  assert.ok(viConcepts.some((c) => c.startsWith('cg:')), viConcepts.join(' '));
  const [nga] = tokenize('Нга', 'ru');
  const ngaConcepts = lexicon.concepts('ru', nga);
  assert.ok(!ngaConcepts.some((c) => c.startsWith('en:')), 'no English guess outside Latin script');
  assert.ok(ngaConcepts.includes(`ru:${nga.stem}`), `an unknown word stands for itself within its language: ${ngaConcepts.join(' ')}`);
  const [short] = tokenize('мост', 'ru');
  assert.deepEqual(lexicon.concepts('ru', short), [], 'short lower-case unknown words add nothing');
  const ru = tokenize('Токаев', 'ru')[0];
  const fr = tokenize('Tokaev', 'fr')[0];
  const shared = lexicon.concepts('ru', ru).filter((c) => lexicon.concepts('fr', fr).includes(c));
  assert.ok(shared.length >= 3, `shared cognates: ${shared.join(' ')}`);
});

test('cognate ids: boundaries, nothing for short or numeric words', () => {
  assert.deepEqual(cognateIds('tokaev'), ['cg:^tok', 'cg:toka', 'cg:okae', 'cg:kaev', 'cg:aev$']);
  assert.deepEqual(cognateIds('ab'), []);
  assert.deepEqual(cognateIds('2022'), []);
});

test('pivot terms: each token spreads a weight of one', async () => {
  const lexicon = await loadLexicon({ dictdDir, dataDir: join(work, 'cache-terms') });
  const terms = pivotTerms(tokenize('fuir fuir le', 'fr'), 'fr', lexicon);
  const total = Object.values(terms).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(total - 2) < 1e-9, `total ${total}`);
  const perToken = lexicon.concepts('fr', tokenize('fuir', 'fr')[0]).length;
  assert.ok(Math.abs(terms['en:flee'] - 2 / perToken) < 1e-9);
});

test('pivot terms: an unknown word shares its weight with its cognate n-grams and its skeleton', async () => {
  const lexicon = await loadLexicon({ dictdDir, dataDir: join(work, 'cache-unknown') });
  const [word] = tokenize('землетрясение', 'ru');
  const terms = pivotTerms([word], 'ru', lexicon);
  assert.equal(terms[`ru:${word.stem}`], 0.5);
  const grams = Object.entries(terms).filter(([key]) => key.startsWith('cg:'));
  assert.ok(grams.length > 5, Object.keys(terms).join(' '));
  assert.ok(Math.abs(grams.reduce((sum, [, weight]) => sum + weight, 0) - 0.25) < 1e-9);
  const skeletons = Object.entries(terms).filter(([key]) => key.startsWith('sk:'));
  assert.equal(skeletons.length, 1);
  assert.ok(Math.abs(skeletons[0][1] - 0.25) < 1e-9);
});

test('skeleton ids: one name in Latin, Cyrillic and Arabic script meets on its consonants', () => {
  assert.equal(skeletonId('tokayev'), 'sk:tkf');
  assert.equal(skeletonId('токаев'), 'sk:tkf');
  assert.equal(skeletonId('توكاييف'), 'sk:tkf');
  // An invented name spelt letter by letter in Arabic script, short vowels as long ones.
  assert.equal(skeletonId('تيلغوكغين'), skeletonId('tilgokgin'));
  assert.notEqual(skeletonId('tilgokgin'), skeletonId('dossol'));
  assert.equal(skeletonId('ab'), undefined, 'two consonants are shared by chance too often');
});

const realDictd = '/usr/share/dictd';
test('the installed FreeDict French dictionary compiles and pivots', { skip: existsSync(join(realDictd, 'freedict-fra-eng.index')) ? false : 'FreeDict fra-eng not installed' }, async () => {
  const dataDir = join(work, 'cache-real');
  const { dictionary, load } = loadDictionary('fr', { dictdDir: realDictd, dataDir });
  assert.ok(dictionary && load.entries > 5000, `${load.entries} entries`);
  const lexicon = await loadLexicon({ dictdDir: realDictd, dataDir });
  const [fuir, securite] = tokenize('fuir sécurité', 'fr').map((t) => lexicon.concepts('fr', t));
  assert.ok(fuir.includes('en:flee'), fuir.join(' '));
  assert.ok(securite.includes('en:secur') || securite.includes('en:safeti'), securite.join(' '));
});

test('CC-CEDICT data (cc-cedict package layout) gives Chinese concepts, simplified and traditional', async () => {
  const { compileDictionary } = await import('../../../src/analyze/pivot/compile-dictionary.js');
  const cedict = join(fileURLToPath(new URL('../../fixtures/analyze/cedict-tiny/all.js', import.meta.url)));
  const { byNorm } = compileDictionary('zh', { cedict });
  assert.deepEqual(byNorm.get('总统'), ['presid']);
  assert.deepEqual(byNorm.get('總統'), ['presid']);
  assert.ok(byNorm.get('逃')!.includes('flee'), byNorm.get('逃')!.join(' '));
  assert.deepEqual(byNorm.get('俄罗斯'), ['russia']);
  assert.equal(byNorm.get('丢'), undefined, 'cross-references are not translations');
});

test('the news-frequency prior ranks a word\'s senses: a later sense used far more in news comes first', async () => {
  const { compileDictionary } = await import('../../../src/analyze/pivot/compile-dictionary.js');
  const { englishFrequencyFromJSON } = await import('../../../src/analyze/pivot/english-frequency.js');
  const dir = join(work, 'dictd-ara');
  writeDictd(dir, 'ara-eng', [
    ['رئيس', 'رئيس /raʔiːs/\n1. Boss\n2. Chief\n3. Chairperson\n4. President\n'],
    ['منع', 'منع /manaʕa/\n1. Debar\n2. Prevent\n'],
  ]);
  const files = dictionaryFiles('ar', dir)!;
  const prior = englishFrequencyFromJSON({ documents: 100, df: { presid: 60, chief: 20, boss: 2, prevent: 9, debar: 0 } }, 'test');
  const ranked = compileDictionary('ar', files, prior).byNorm;
  assert.deepEqual(ranked.get('رييس'), ['presid', 'chief']);
  assert.deepEqual(ranked.get('منع'), ['prevent', 'debar']);
  // Without a prior, the dictionary's order stands.
  assert.deepEqual(compileDictionary('ar', files).byNorm.get('رييس'), ['boss', 'chief']);
  // A small difference in frequency does not overturn the dictionary's order.
  const close = englishFrequencyFromJSON({ documents: 100, df: { boss: 20, chief: 22 } }, 'close');
  assert.deepEqual(compileDictionary('ar', files, close).byNorm.get('رييس'), ['boss', 'chief']);
});

test('inflected Polish words find their lemma in the installed FreeDict dictionary', { skip: existsSync(join(realDictd, 'freedict-pol-eng.index')) ? false : 'FreeDict pol-eng not installed' }, async () => {
  const lexicon = await loadLexicon({ dictdDir: realDictd, dataDir: join(work, 'cache-real-pl') });
  // kraju (of the country), prezydenta (of the president): the dictionary lists kraj and prezydent.
  const [kraju, prezydenta] = tokenize('kraju prezydenta', 'pl').map((t) => lexicon.concepts('pl', t));
  assert.ok(kraju.includes('en:countri'), kraju.join(' '));
  assert.ok(prezydenta.includes('en:presid'), prezydenta.join(' '));
});
