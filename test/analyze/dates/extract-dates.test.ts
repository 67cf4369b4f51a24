import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extractDates } from '../../../src/analyze/dates/extract-dates.js';

const isos = (text: string, lang: string, published?: string) => extractDates(text, lang, published).map((d) => d.iso);

test('day and month names from Intl, with and without year', () => {
  assert.deepEqual(isos('le 28 septembre et le 27 septembre', 'fr'), ['--09-28', '--09-27']);
  assert.deepEqual(isos('le 10 janvier 2022', 'fr'), ['2022-01-10']);
  assert.deepEqual(isos('On September 21, 2022, and Sept. 3', 'en'), ['2022-09-21', '--09-03']);
  assert.deepEqual(isos('21 сентября 2022 года', 'ru'), ['2022-09-21']);
  assert.deepEqual(isos('في 14 أكتوبر', 'ar'), ['--10-14']);
  assert.deepEqual(isos('am 21. September 2022', 'de'), ['2022-09-21']);
  assert.deepEqual(isos('el 21 de septiembre de 2022', 'es'), ['2022-09-21']);
  assert.deepEqual(isos('στις 21 Σεπτεμβρίου', 'el'), ['--09-21']);
  assert.deepEqual(isos('ngày 21 tháng 9 năm 2022', 'vi'), ['2022-09-21']);
});

test('Levantine and Maghreb Arabic month names', () => {
  assert.deepEqual(isos('في 21 أيلول', 'ar'), ['--09-21']);
  assert.deepEqual(isos('يوم 3 تشرين الأول', 'ar'), ['--10-03']);
  assert.deepEqual(isos('في 5 جانفي 2022', 'ar'), ['2022-01-05']);
  assert.deepEqual(isos('في ٢١ أيلول', 'ar'), ['--09-21']);
});

test('numeric forms', () => {
  assert.deepEqual(isos('ngày 21/9', 'vi'), ['--09-21']);
  assert.deepEqual(isos('le 19/11', 'fr'), ['--11-19']);
  assert.deepEqual(isos('on 2022-09-21', 'en'), ['2022-09-21']);
  assert.deepEqual(isos('le 21.09.2022', 'fr'), ['2022-09-21']);
  assert.deepEqual(isos('on 9/21/2022', 'en'), ['2022-09-21']);
  assert.deepEqual(isos('2022年9月21日和9月28日', 'zh'), ['2022-09-21', '--09-28']);
});

test('month precision: end of September, fin septembre', () => {
  const [ar] = extractDates('في نهاية سبتمبر', 'ar');
  assert.equal(ar.text, 'نهاية سبتمبر');
  assert.equal(ar.iso, '--09');
  assert.equal(ar.day, undefined);
  assert.deepEqual(extractDates('fin septembre', 'fr').map((d) => [d.text, d.iso]), [['fin septembre', '--09']]);
  assert.deepEqual(isos('in March 2022', 'en'), ['2022-03']);
  // A month name hyphenated to a word is part of a name (Kasım is November in Turkish).
  assert.deepEqual(isos('Cumhurbaşkanı Kasım-Cömert Tokayev', 'tr'), []);
  assert.deepEqual(isos('Kasım ayında', 'tr'), ['--11']);
  assert.deepEqual(isos('in mid-December', 'en'), ['--12']);
  assert.deepEqual(isos('entre julio-septiembre', 'es'), ['--07', '--09']);
  assert.deepEqual(isos('vor der März-Wahl', 'de'), ['--03']);
});

test('relative dates resolve against the publication date', () => {
  const published = '2022-09-29T08:00:00Z'; // a Thursday
  const [tuesday] = extractDates('He said on Tuesday that', 'en', published);
  assert.equal(tuesday.iso, '2022-09-27');
  assert.equal(tuesday.relative, true);
  assert.deepEqual(isos('hôm thứ Ba', 'vi', published), ['2022-09-27']);
  assert.deepEqual(isos('il a dit mardi', 'fr', published), ['2022-09-27']);
  assert.deepEqual(isos('yesterday', 'en', published), ['2022-09-28']);
  assert.deepEqual(isos('hier', 'fr', published), ['2022-09-28']);
  assert.deepEqual(isos('вчера', 'ru', published), ['2022-09-28']);
  assert.deepEqual(isos('أمس', 'ar', published), ['2022-09-28']);
  assert.deepEqual(isos('yesterday, on Tuesday', 'en'), [], 'nothing relative without a publication date');
});

test('no false dates: prices, scores, versions, modal may, fractions', () => {
  assert.deepEqual(isos('it cost 40.00 and the score was 3-1, version 1.2.3', 'en'), []);
  assert.deepEqual(isos('they may come, and 1/2 of them', 'en'), []);
  assert.deepEqual(isos('32/13 and 45/9', 'fr'), []);
  assert.deepEqual(isos('', 'en'), []);
});

test('offsets point at the original text', () => {
  const text = 'Le 28 septembre, puis fin septembre et le ٢١/٩';
  for (const d of extractDates(text, 'fr')) assert.equal(text.slice(d.start, d.end), d.text);
});

const seeds = join(process.cwd(), '..', 'shared', 'data', 'seeds');

test('every date listed for the seeds is found', { skip: existsSync(join(seeds, 'expected.json')) ? false : 'seed data not present' }, () => {
  const expected = JSON.parse(readFileSync(join(seeds, 'expected.json'), 'utf8')) as {
    articles: Record<string, { lang: string }>;
    facts: { dates: Record<string, string[]> };
  };
  for (const [file, dates] of Object.entries(expected.facts.dates)) {
    const found = extractDates(readFileSync(join(seeds, file), 'utf8'), expected.articles[file].lang);
    for (const date of dates) {
      const hit = found.find((d) => d.text.includes(date) || date.includes(d.text));
      assert.ok(hit, `${file}: ${date} not found among ${found.map((d) => d.text).join(', ')}`);
      assert.ok(hit.month, `${file}: ${date} has a month`);
    }
  }
});
