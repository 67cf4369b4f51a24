// How the coverage comparison reads to an analyst: labels in one language, figures not captioned with the
// verb that follows them, every independent source visible, no yearless echo of a dated event, and no
// "only this source says" for a sentence another source prints too. Texts written here in our own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareCoverage, type CoverageArticle } from '../../src/stories/coverage.js';
import { analysedArticle } from './analysed-article.js';
import { storyTimeline } from '../../src/stories/story-timeline.js';
import type { VersionFamily } from '../../src/stories/model.js';
import { fixtureAnalysis, type FixtureArticle } from './fixture-articles.js';

const article = analysedArticle;

const english = article('en-q', 'en', 'Quake of magnitude 6.1 strikes Osh', 'A quake of magnitude 6.1 strikes near Osh in Kyrgyzstan, officials said.');
const arabic = article('ar-q', 'ar', 'زلزال بقوة 6.1 درجات قرب أوش', 'ضرب زلزال بقوة 6.1 درجات قرب أوش في قيرغيزستان.');
const vietnamese = article('vi-q', 'vi', 'Động đất mạnh 6,1 độ gần Osh', 'Một trận động đất mạnh 6,1 độ đã xảy ra gần Osh ở Kyrgyzstan.');
const russian = article('ru-q', 'ru', 'Землетрясение магнитудой 6,1 произошло под Ошем', 'Землетрясение магнитудой 6,1 произошло под Ошем в Киргизии.');

function magnitude(lang?: string) {
  const coverage = compareCoverage([english, russian, vietnamese, arabic], [], lang ? { lang } : {});
  const figure = coverage.agreements.find((fact) => fact.kind === 'number' && fact.key.endsWith(':6.1'));
  assert.ok(figure, JSON.stringify(coverage.agreements.map((fact) => fact.key)));
  return figure;
}

test("a shared figure's label names what it counts only in the story's language (or English), never a third one", () => {
  assert.equal(magnitude('en').label, '6.1', 'no English source says what 6.1 counts: the figure alone');
  assert.equal(magnitude().label, '6.1');
  assert.equal(magnitude('vi').label, '6.1 độ');
});

test('a word after a figure that no other source counts is not shown as what the figure counts', () => {
  const texts = new Map(magnitude('en').reportedBy.map((report) => [report.lang, report.text]));
  assert.equal(texts.get('en'), '6.1', 'strikes is the verb after the magnitude');
  assert.equal(texts.get('ru'), '6,1', 'произошло is the verb after the magnitude');
  assert.equal(texts.get('vi'), '6,1 độ', 'độ and درجات both count degrees');
  assert.equal(texts.get('ar'), '6.1 درجات');
});

test("a conflict is labelled in the story's language", () => {
  const first = article('es-a', 'es', 'Mueren 17 personas en Lima', 'Al menos 17 personas murieron por las lluvias en Lima.');
  const second = article('es-b', 'es', 'Las lluvias en Lima', 'Las lluvias en Lima dejaron 21 personas muertas.');
  const spanish = compareCoverage([first, second], [], { lang: 'es' }).conflicts.find((conflict) => conflict.subject === 'en:peopl');
  assert.equal(spanish?.label, 'personas', JSON.stringify(spanish));
  const inEnglish = compareCoverage([first, second], [], { lang: 'en' }).conflicts.find((conflict) => conflict.subject === 'en:peopl');
  assert.equal(inEnglish?.label, 'people');
});

test('a label keeps the capital of a word no source writes in lower case (German nouns)', () => {
  const first = article('de-a', 'de', '27 Menschen sterben bei Brand in Hamburg', 'Bei dem Brand in Hamburg starben 27 Menschen, sagte die Polizei.');
  const second = article('de-b', 'de', 'Brand in Hamburg', 'Die Polizei in Hamburg zählte 47 Menschen, die bei dem Brand starben.');
  const people = compareCoverage([first, second], [], { lang: 'de' }).conflicts.find((conflict) => conflict.subject === 'en:peopl');
  assert.equal(people?.label, 'Menschen', JSON.stringify(people));
});

test('the sources of a fact list one article of every independent version before a second copy of any', () => {
  const chinese = article('zh-q', 'zh', '奥什附近发生6.1级地震', '吉尔吉斯斯坦奥什附近发生6.1级地震。');
  const families: VersionFamily[] = [
    {
      id: 'f-en-q',
      representative: 'en-q',
      members: [
        { articleId: 'en-q', lang: 'en', kind: 'original', similarity: 1 },
        { articleId: 'ru-q', lang: 'ru', kind: 'translation', similarity: 0.8 },
        { articleId: 'vi-q', lang: 'vi', kind: 'translation', similarity: 0.8 },
      ],
    },
  ];
  const coverage = compareCoverage([english, russian, vietnamese, chinese, arabic], families, { lang: 'en' });
  const kyrgyzstan = coverage.agreements.find((fact) => fact.key === 'entity:loc:KG');
  assert.ok(kyrgyzstan, JSON.stringify(coverage.agreements.map((fact) => fact.key)));
  assert.deepEqual(kyrgyzstan.reportedBy.slice(0, 3).map((report) => report.articleId), ['en-q', 'zh-q', 'ar-q']);
  assert.equal(kyrgyzstan.reportedBy.length, 5);
});

test('a date without a year is not listed again when another source states it with its year', () => {
  const dated = article('ru-d', 'ru', 'Землетрясение под Ошем', 'Землетрясение произошло под Ошем 14 марта 2025 года.');
  const yearless = article('en-d', 'en', 'Quake near Osh', 'The quake struck near Osh on March 14, officials said.');
  const timeline = storyTimeline([yearless, dated]);
  const events = timeline.filter((entry) => entry.kind === 'event');
  assert.deepEqual(events.map((entry) => [entry.date, entry.basis]), [['2025-03-14', 'stated']], JSON.stringify(events));
  const monthOnly = article('en-m', 'en', 'Quake near Osh', 'Aftershocks went on through March, officials said.');
  assert.deepEqual(storyTimeline([monthOnly, dated]).filter((entry) => entry.kind === 'event').map((entry) => entry.date), ['2025-03-14']);
  const otherDay = article('en-o', 'en', 'Quake near Osh', 'A first tremor was felt on March 2, officials said.');
  assert.deepEqual(storyTimeline([otherDay, dated]).filter((entry) => entry.kind === 'event').map((entry) => entry.date), ['--03-02', '2025-03-14']);
});

function fixture(id: string, text: string, entities: FixtureArticle['entities'], numbers: FixtureArticle['numbers'] = []): CoverageArticle {
  const source: FixtureArticle = { id, lang: 'de', site: `${id}.example`, published: '2020-01-01T10:00:00.000Z', title: 'Neue Regierung in Wien', text, entities, terms: [], numbers, dates: [] };
  return { id, title: source.title, text: source.text, lang: 'de', site: source.site, date: source.published, published: source.published, analysis: fixtureAnalysis(source) };
}

test('a sentence whose words and figures another source prints is not what one source alone says', () => {
  // The two reports read the same name with different words around it, so its ids differ.
  const first = fixture('de-a', 'Die Parteien haben sich geeinigt. Der Berufsdiplomat und enge Vertraute Alexander Schallenberg soll Außenminister bleiben. Der frühere Bürgermeister Lukas Wendt wird Sozialminister.', [
    ['per:slnbrk', 'Vertraute Alexander Schallenberg', 'person', 'Vertraute Alexander Schallenberg'],
    ['per:wendt', 'Lukas Wendt', 'person', 'Lukas Wendt'],
  ]);
  const second = fixture('de-b', 'Die Einigung steht. Weiters soll Alexander Schallenberg Außenminister bleiben. Die Grünen erhalten 4 Ministerien. Die Grünen erhalten das Umweltministerium.', [
    ['per:snmnstr', 'Alexander Schallenberg Außenminister', 'person', 'Alexander Schallenberg Außenminister'],
    ['org:gruene', 'Grünen', 'organisation', 'Grünen'],
  ], [{ value: 4, text: '4', counts: 'en:ministri', countsText: 'Ministerien' }]);
  // Nearly the same words with another figure: what this source alone says is its figure.
  const third = fixture('de-c', 'Die Grünen erhalten 5 Ministerien, hieß es am Abend.', [['org:gruene', 'Grünen', 'organisation', 'Grünen']], [{ value: 5, text: '5', counts: 'en:ministri', countsText: 'Ministerien' }]);
  const { exclusives } = compareCoverage([first, second, third], []);
  const said = new Map(exclusives.map((exclusive) => [exclusive.articleId, exclusive.sentences]));
  assert.ok(said.get('de-a')?.some((sentence) => sentence.includes('Lukas Wendt')), JSON.stringify(exclusives));
  assert.ok(said.get('de-a')?.some((sentence) => sentence.includes('Berufsdiplomat')), 'the first report adds who Schallenberg is');
  assert.ok(!said.get('de-b')?.some((sentence) => sentence.includes('Schallenberg')), JSON.stringify(exclusives));
  assert.ok(said.get('de-b')?.includes('Die Grünen erhalten 4 Ministerien.'), JSON.stringify(exclusives));
});

test('English words spelled from the concept the other sources count are shown with the figure', () => {
  const english = article('en-3', 'en', 'Vaccine trial ends', 'The trial vaccinated 4,800 children in three districts.');
  const arabic = article('ar-3', 'ar', 'انتهاء تجربة اللقاح', 'شملت التجربة 4800 طفل في ثلاث مناطق.');
  const spanish = article('es-3', 'es', 'Termina el ensayo de la vacuna', 'El ensayo vacunó a 4.800 niños en tres distritos.');
  const figure = compareCoverage([english, arabic, spanish], [], { lang: 'en' }).agreements.find((fact) => fact.key.endsWith(':4800'));
  assert.equal(figure?.label, '4,800 children', JSON.stringify(figure));
  assert.equal(figure.reportedBy.find((report) => report.lang === 'en')?.text, '4,800 children');
});

const railwayEnglish = article(
  'en-r',
  'en',
  'Kyrgyzstan opens Osh railway',
  'President Sadyr Japarov opened a railway from Osh to Jalal-Abad on Monday. The line cost $380 million. Passenger trains will start running in April, he said.',
);
const railwayRussian = article(
  'ru-r',
  'ru',
  'Жапаров открыл дорогу от Оша',
  'Президент Садыр Жапаров открыл железную дорогу от Оша до Джалал-Абада. Строительство обошлось в 380 миллионов долларов. Пассажирские поезда пойдут в апреле.',
);

test('a capitalised word that only ever starts a sentence is no name that makes the sentence one source’s own', () => {
  const { agreements, exclusives } = compareCoverage([railwayEnglish, railwayRussian], [], { lang: 'en' });
  assert.ok(agreements.some((fact) => fact.key.endsWith(':380000000')), JSON.stringify(agreements.map((fact) => fact.key)));
  const said = exclusives.flatMap((exclusive) => exclusive.sentences);
  assert.ok(!said.some((sentence) => sentence.includes('380')), JSON.stringify(said));
  assert.ok(!said.some((sentence) => sentence.startsWith('Passenger')), JSON.stringify(said));
});

test('a capitalised word both sources only use to start a sentence is not a name they agree on', () => {
  const first = article('en-e1', 'en', 'Railway opens in Osh', 'President Sadyr Japarov opened the railway in Osh. Earlier, he visited Bishkek.');
  const second = article('en-e2', 'en', 'Japarov opens railway', 'The railway from Osh was opened by Sadyr Japarov. Earlier, officials said the line was finished.');
  const keys = compareCoverage([first, second], []).agreements.map((fact) => fact.key);
  assert.ok(keys.includes('entity:per:jbrf'), JSON.stringify(keys));
  assert.ok(!keys.some((key) => /earlier|rlr/i.test(key)), JSON.stringify(keys));
});
