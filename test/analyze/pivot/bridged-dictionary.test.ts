import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { dictionaryFiles } from '../../../src/analyze/pivot/languages.js';
import { loadDictionary, loadLexicon } from '../../../src/analyze/pivot/lexicon.js';
import { tokenize } from '../../../src/analyze/text/tokenize.js';
import { writeDictd } from './dictd-fixture.js';

// Russian has no rus-eng dictionary: its words reach English through German and French ones (deu-rus,
// fra-rus, written as wikdict writes them: translations on the line after the headword, numbered senses
// after that, and unnumbered definitions in the pivot language).
const work = mkdtempSync(join(tmpdir(), 'sw-bridges-'));
const dictdDir = join(work, 'dictd');
writeDictd(dictdDir, 'deu-eng', [
  ['Erdbeben', 'Erdbeben /ˈeːɐ̯tˌbeːbn̩/ <n, neut>\nearthquake\n'],
  ['Aufgabe', 'Aufgabe <n, fem>\n1. task\n2. surrender\n'],
  ['Grenze', 'Grenze <n, fem>\nborder, limit\n'],
  ['Flucht', 'Flucht <n, fem>\nescape\n'],
]);
writeDictd(dictdDir, 'fra-eng', [
  ['séisme', 'séisme <n, masc>\nearthquake\n'],
  ['tâche', 'tâche <n, fem>\ntask\n'],
  ['frontière', 'frontière <n, fem>\nborder\n'],
]);
writeDictd(dictdDir, 'deu-rus', [
  ['Erdbeben', 'Erdbeben /ˈeːɐ̯tˌbeːbn̩/ <n, neut>\nземлетрясе́ние\nErschütterung der Erdoberfläche durch Bewegungen\n'],
  ['Aufgabe', 'Aufgabe <n, fem>\n1. зада́ча\netwas, das erledigt werden muss\n2. сда́ча\n'],
  ['Grenze', 'Grenze <n, fem>\n1. грани́ца\nLinie, die zwei Gebiete trennt\n2. рубе́ж\n'],
  ['Flucht', 'Flucht <n, fem>\nбе́гство\n'],
]);
writeDictd(dictdDir, 'fra-rus', [
  ['séisme', 'séisme <n, masc>\nземлетрясение\n'],
  ['tâche', 'tâche <n, fem>\nзадача, Aufgabe\n'],
  ['frontière', 'frontière <n, fem>\n1. граница\n2. рубеж\n'],
]);
writeDictd(dictdDir, 'eng-rus', [['escape', 'escape\nпобег\n']]);
after(() => rmSync(work, { recursive: true, force: true }));

const conceptsOf = async (lang: string, text: string, dataDir: string) => {
  const lexicon = await loadLexicon({ dictdDir, dataDir });
  return Object.fromEntries(tokenize(text, lang).map((t) => [t.text, lexicon.concepts(lang, t).filter((c) => c.startsWith('en:'))]));
};

test('a language without an xxx-eng dictionary reaches English through the languages that have one', () => {
  const files = dictionaryFiles('ru', dictdDir);
  assert.deepEqual(files?.bridges?.map((b) => b.via).sort(), ['de', 'fr']);
  // A language with its own dictionary keeps to it.
  assert.equal(dictionaryFiles('fr', dictdDir)?.bridges, undefined);
});

test('a gloss counts when two pivot languages lead to it; one pivot\'s other senses do not', async () => {
  const got = await conceptsOf('ru', 'землетрясение задача граница сдача бегство побег', join(work, 'data1'));
  assert.deepEqual(got['землетрясение'], ['en:earthquak']);
  // Stress marks of the dictionary form do not keep it from the article's spelling.
  assert.deepEqual(got['задача'], ['en:task']);
  // German Grenze also means limit, French frontière does not.
  assert.deepEqual(got['граница'], ['en:border']);
  // Reached through German alone.
  assert.deepEqual(got['сдача'], []);
  assert.deepEqual(got['бегство'], []);
  // The eng-rus dictionary still gives what no bridge does.
  assert.deepEqual(got['побег'], ['en:escap']);
});

test('bridged words are found in their inflected forms, and definitions in the pivot language are not read as words', async () => {
  const got = await conceptsOf('ru', 'землетрясения границы рубеж', join(work, 'data2'));
  assert.deepEqual(got['землетрясения'], ['en:earthquak']);
  assert.deepEqual(got['границы'], ['en:border']);
  // A numbered later sense is a translation too.
  assert.deepEqual(got['рубеж'], ['en:border']);
  const { dictionary } = loadDictionary('ru', { dictdDir, dataDir: join(work, 'data2') });
  for (const german of ['erschutterung', 'bewegungen', 'aufgabe', 'etwas', 'linie']) assert.equal(dictionary?.byNorm.get(german), undefined, german);
});
