// Coverage on articles analysed by the real analyzer: the founding example's figures, written here in
// our own words (the seed texts stay in ../shared).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareCoverage } from '../../src/stories/coverage.js';
import { analysedArticle } from './analysed-article.js';
import { storyTimeline } from '../../src/stories/story-timeline.js';

const article = analysedArticle;

const vietnamese = article(
  'vi-1',
  'vi',
  'Tổng thống Kazakhstan Tokayev nói về người Nga',
  'Ông Tokayev cho biết khoảng 98.000 người Nga đã vào Kazakhstan. Theo RIA Novosti, 12.500 người khác đã đến Georgia và Armenia. Ông nói điều đó vào ngày 27/9.',
);
const arabic = article('ar-1', 'ar', 'توكاييف يتحدث عن الروس', 'قال توكاييف إن ما يقرب من 100 ألف روسي عبروا الحدود إلى كازاخستان.');

test('different figures for the same crowd, one counted as people and one as a nationality, are a conflict', () => {
  const { conflicts } = compareCoverage([vietnamese, arabic], []);
  const people = conflicts.find((conflict) => conflict.subject === 'en:peopl');
  assert.ok(people, JSON.stringify(conflicts));
  assert.equal(people.label, 'people');
  assert.deepEqual(
    people.values.map((value) => [value.value, value.reports.map((report) => report.articleId)]),
    [
      ['~98,000', ['vi-1']],
      ['~100,000', ['ar-1']],
    ],
  );
  assert.match(people.values[0].reports[0].text, /98\.000 người Nga/);
});

test('a sentence is not cut at the point inside a figure', () => {
  const { exclusives } = compareCoverage([vietnamese, arabic], []);
  const own = exclusives.find((exclusive) => exclusive.articleId === 'vi-1');
  assert.ok(own, 'the Vietnamese article alone names Georgia and Armenia');
  assert.ok(own.sentences.some((sentence) => sentence.includes('Theo RIA Novosti, 12.500 người khác đã đến Georgia và Armenia.')), JSON.stringify(own.sentences));
});

test('yearless dates take the year of publication, or stay yearless and first when there is none', () => {
  const dated = article('fr-1', 'fr', 'Tokaïev et les Russes', 'Le 28 septembre, Tokaïev a parlé des Russes au Kazakhstan.', '2022-09-29T08:00:00.000Z');
  const timeline = storyTimeline([vietnamese, dated]);
  const byText = new Map(timeline.map((entry) => [entry.text, entry]));
  assert.deepEqual(byText.get('28 septembre') && [byText.get('28 septembre')!.date, byText.get('28 septembre')!.basis], ['2022-09-28', 'year-from-publication']);
  assert.deepEqual(byText.get('27/9') && [byText.get('27/9')!.date, byText.get('27/9')!.basis], ['--09-27', 'year-unknown']);
  assert.equal(timeline[0].text, '27/9', 'a yearless event cannot be placed among dated entries');
  assert.deepEqual(
    timeline.filter((entry) => entry.kind === 'article').map((entry) => [entry.articleId, entry.basis]),
    [
      ['fr-1', 'published'],
      ['vi-1', 'ingested'],
    ],
  );
  const dates = timeline.map((entry) => entry.date);
  assert.deepEqual(dates, [...dates].sort());
});

test('a figure is one fact across languages whatever words follow it, and copies of one version speak once', () => {
  const english = article('en-1', 'en', 'Quake near Osh damages 1,200 homes', 'The quake damaged about 1,200 homes near Osh in Kyrgyzstan. Rescuers set up tents in Bishkek and Naryn overnight.');
  const russian = article('ru-1', 'ru', 'Землетрясение под Ошем', 'Землетрясение повредило около 1 200 жилых домов под Ошем в Киргизии. Спасатели установили палатки в Бишкеке и Нарыне за ночь.');
  const chinese = article('zh-1', 'zh', '奥什附近发生地震', '地震造成奥什附近1200栋房屋受损。吉尔吉斯斯坦官员说。');
  const families = [{ id: 'f-en-1', representative: 'en-1', members: [
    { articleId: 'en-1', lang: 'en', kind: 'original' as const, similarity: 1 },
    { articleId: 'ru-1', lang: 'ru', kind: 'translation' as const, similarity: 0.8 },
  ] }];
  const coverage = compareCoverage([english, russian, chinese], families);
  const figure = coverage.agreements.find((fact) => fact.kind === 'number' && fact.reportedBy.some((report) => report.articleId === 'zh-1'));
  assert.ok(figure, JSON.stringify(coverage.agreements.map((fact) => fact.key)));
  assert.deepEqual(figure.reportedBy.map((report) => report.articleId).sort(), ['en-1', 'ru-1', 'zh-1']);
  const speakers = coverage.exclusives.map((exclusive) => exclusive.articleId);
  assert.ok(speakers.includes('en-1'), 'only the en/ru version names Bishkek and Naryn');
  assert.ok(!speakers.includes('ru-1'), 'the translation does not repeat its original');
});

test('figures whose counted words share a sense count the same thing: 1,200 homes against 1500 منزل', () => {
  const english = article('en-2', 'en', 'Quake damages homes', 'The earthquake damaged 1,200 homes near Osh.');
  const russian = article('ru-2', 'ru', 'Землетрясение', 'Землетрясение повредило 1 200 домов под Ошем.');
  const arabic = article('ar-2', 'ar', 'زلزال', 'ألحق الزلزال أضرارا بـ1500 منزل قرب أوش.');
  const { conflicts } = compareCoverage([english, russian, arabic], []);
  const homes = conflicts.find((conflict) => conflict.values.some((value) => value.value === '1,500'));
  assert.ok(homes, JSON.stringify(conflicts));
  assert.equal(homes.label, 'homes');
  assert.deepEqual(
    homes.values.map((value) => [value.value, value.reports.map((report) => report.articleId).sort()]),
    [
      ['1,200', ['en-2', 'ru-2']],
      ['1,500', ['ar-2']],
    ],
  );
});

test('a shared figure is labelled with the words a source wrote for what it counts, not a stem', () => {
  const english = article('en-3', 'en', 'Vaccine trial ends', 'The trial vaccinated 4,800 children and set up 400 tents in three districts.');
  const arabic = article('ar-3', 'ar', 'انتهاء تجربة اللقاح', 'شملت التجربة 4800 طفل ونصبت 400 خيمة في ثلاث مناطق.');
  const spanish = article('es-3', 'es', 'Termina el ensayo de la vacuna', 'El ensayo vacunó a 4.800 niños e instaló 400 carpas en tres distritos.');
  const { agreements } = compareCoverage([english, arabic, spanish], []);
  const labels = agreements.filter((fact) => fact.kind === 'number').map((fact) => fact.label);
  assert.ok(labels.includes('4,800 children'), JSON.stringify(labels));
  for (const label of labels) assert.doesNotMatch(label, /\b(tent|child|peopl)$/, `a stem in ${JSON.stringify(labels)}`);
});

test('a fact is agreed by all only when every article reports it, even if a family reports it', () => {
  const english = article('en-4', 'en', 'Morandi bridge collapses in Genoa', 'The Morandi bridge collapsed in Genoa on August 14, 2018, killing 43 people.');
  const german = article('de-4', 'de', 'Brücke in Genua eingestürzt', 'Die Morandi-Brücke in Genua stürzte am 14. August 2018 ein, 43 Menschen starben.');
  const shorter = article('de-5', 'de', 'Autostrade unter Druck', 'Die Regierung in Rom wirft dem Betreiber Autostrade schwere Versäumnisse vor.');
  // The shorter German report was folded into the translation's family by similarity.
  const families = [{ id: 'f-en-4', representative: 'en-4', members: [
    { articleId: 'en-4', lang: 'en', kind: 'original' as const, similarity: 1 },
    { articleId: 'de-5', lang: 'de', kind: 'translation' as const, similarity: 0.8 },
  ] }, { id: 'f-de-4', representative: 'de-4', members: [{ articleId: 'de-4', lang: 'de', kind: 'original' as const, similarity: 1 }] }];
  const coverage = compareCoverage([english, german, shorter], families);
  for (const fact of coverage.agreements) assert.deepEqual(fact.missingFrom, [], `${fact.label} is agreed by all but not in ${fact.missingFrom}`);
  const day = coverage.partial.find((fact) => fact.kind === 'date' && fact.label === '2018-08-14');
  assert.ok(day, JSON.stringify(coverage.partial.map((fact) => fact.label)));
  assert.deepEqual(day.missingFrom, ['de-5']);
});

test('ages of different people are no conflict: a source giving two of the values counts several things', () => {
  const first = article('es-6', 'es', 'Detienen a dos hombres', 'La policía detuvo a un hombre de 20 años y a otro de 43 años en Tucumán.');
  const second = article('es-7', 'es', 'Dos detenidos en Tucumán', 'Un hombre de 31 años fue detenido en Tucumán.');
  const third = article('es-8', 'es', 'Detenidos en Tucumán', 'Entre los detenidos hay un hombre de 43 años, dijo la policía de Tucumán.');
  const { conflicts } = compareCoverage([first, second, third], []);
  assert.deepEqual(conflicts.filter((conflict) => conflict.values.some((value) => value.value === '31')), [], JSON.stringify(conflicts));
});
