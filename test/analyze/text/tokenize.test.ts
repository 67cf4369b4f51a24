import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../src/analyze/text/tokenize.js';
import { syllableBigrams } from '../../../src/analyze/text/syllable-bigrams.js';

const texts = (text: string, lang: string) => tokenize(text, lang).map((t) => t.text);

test('offsets address the original text in every script', () => {
  const samples: Array<[string, string]> = [
    ['Le président a déclaré : « l\'armée »', 'fr'],
    ['Президент Казахстана Токаев заявил', 'ru'],
    ['وقال الرئيس الكازاخستاني قاسم جومارت توكاييف', 'ar'],
    ['哈萨克斯坦总统托卡耶夫表示', 'zh'],
    ['Tổng thống Kazakhstan chào đón', 'vi'],
    ['Ο πρόεδρος του Καζακστάν δήλωσε', 'el'],
    ['נשיא קזחסטן אמר', 'he'],
    ['ประธานาธิบดีคาซัคสถานกล่าวว่า', 'th'],
  ];
  for (const [text, lang] of samples) {
    const tokens = tokenize(text, lang);
    assert.ok(tokens.length >= 3, `${lang}: ${tokens.length} tokens`);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text, lang);
  }
});

test('Latin: lower-cased, stemmed, stop words and capitals marked, apostrophes split', () => {
  const tokens = tokenize("L'armée du Kazakhstan fuyait", 'fr');
  assert.deepEqual(tokens.map((t) => t.text), ['L', 'armée', 'du', 'Kazakhstan', 'fuyait']);
  const du = tokens[2];
  assert.equal(du.stop, true);
  assert.equal(tokens[3].capitalised, true);
  assert.equal(tokens[3].norm, 'kazakhstan');
  assert.equal(tokens[3].script, 'Latn');
  const english = tokenize('Russians were fleeing', 'en');
  assert.equal(english[2].stem, 'flee');
  assert.equal(english[1].stop, true);
});

test('Latin: decomposed accents meet precomposed ones', () => {
  const [decomposed] = tokenize('se\u0301curite\u0301', 'fr');
  const [precomposed] = tokenize('sécurité', 'fr');
  assert.equal(decomposed.norm, precomposed.norm);
});

test('Cyrillic: ё folds to е and Russian is stemmed', () => {
  const [a, b] = tokenize('ещё Президента', 'ru');
  assert.equal(a.norm, 'еще');
  assert.equal(b.script, 'Cyrl');
  assert.equal(b.capitalised, true);
  assert.equal(b.stem, 'президент');
});

test('Greek: accents and final sigma folded', () => {
  const [t] = tokenize('Πρόεδρος', 'el');
  assert.equal(t.norm, 'προεδροσ');
  assert.equal(t.script, 'Grek');
  assert.equal(t.capitalised, true);
});

test('Arabic: diacritics, tatweel, hamza forms, ta marbuta and the article', () => {
  const [withMarks] = tokenize('الرَّئِيسُ', 'ar');
  const [plain] = tokenize('الرئيس', 'ar');
  assert.equal(withMarks.norm, plain.norm);
  assert.equal(plain.norm, 'رييس');
  assert.equal(tokenize('أستانا', 'ar')[0].norm, 'استانا');
  assert.equal(tokenize('ـكـبـيـر', 'ar')[0].norm, 'كبير');
  assert.equal(tokenize('مدرسة', 'ar')[0].norm, 'مدرسه');
  assert.equal(tokenize('والمواطنين', 'ar')[0].norm, 'مواطنين');
  // Short words keep their first letters: الى is not article + ى.
  assert.equal(tokenize('الى', 'ar')[0].norm, 'الي');
  assert.equal(tokenize('الكازاخستاني', 'ar')[0].stem, 'كازاخستان');
  assert.equal(tokenize('توكاييف', 'ar')[0].capitalised, false);
});

test('Persian and Urdu letter variants fold to the Arabic letters', () => {
  assert.equal(tokenize('یک', 'fa')[0].norm, tokenize('يك', 'fa')[0].norm);
  assert.deepEqual(texts('می‌خواهم', 'fa'), ['می‌خواهم']); // the zero-width non-joiner stays inside the word
});

test('Hebrew: points removed', () => {
  assert.equal(tokenize('שָׁלוֹם', 'he')[0].norm, 'שלום');
  assert.equal(tokenize('שלום', 'he')[0].script, 'Hebr');
});

test('Chinese: dictionary segmentation, transliterated names kept whole', () => {
  const words = texts('哈萨克斯坦总统托卡耶夫表示，俄罗斯公民逃离动员令。', 'zh');
  assert.ok(words.includes('总统'), words.join('|'));
  assert.ok(words.includes('托卡耶夫'), words.join('|'));
  assert.ok(words.includes('俄罗斯'), words.join('|'));
  assert.ok(!words.includes('托'));
});

test('Japanese: katakana names and kanji words from the dictionary segmenter', () => {
  const words = texts('カザフスタンのトカエフ大統領は述べた', 'ja');
  assert.ok(words.includes('トカエフ'), words.join('|'));
  assert.ok(words.includes('大統領'), words.join('|'));
});

test('Thai: segmented without spaces', () => {
  const words = texts('ชาวรัสเซียหนีการระดมพล', 'th');
  assert.ok(words.length >= 4, words.join('|'));
  assert.ok(words.includes('รัสเซีย'), words.join('|'));
});

test('numbers stay whole: 98.000, ٢٥٠', () => {
  const tokens = tokenize('khoảng 98.000 người và ٢٥٠', 'vi');
  assert.deepEqual(tokens.filter((t) => t.numeric).map((t) => t.text), ['98.000', '٢٥٠']);
});

test('Vietnamese: syllable bigrams inside phrases, not across punctuation', () => {
  const text = 'Tổng thống Kazakhstan, người Nga';
  const bigrams = syllableBigrams(tokenize(text, 'vi'), text);
  assert.ok(bigrams.includes('tổng_thống'));
  assert.ok(bigrams.includes('người_nga'));
  assert.ok(!bigrams.includes('kazakhstan_người'));
});

test('bad input: empty, symbols only, unknown script', () => {
  assert.deepEqual(tokenize('', 'en'), []);
  assert.deepEqual(tokenize('  ... !!! ---', 'en'), []);
  const runic = tokenize('ᚠᚢᚦᚨᚱᚲ ᚷᚹ', 'und');
  assert.equal(runic.length, 2);
  assert.equal(runic[0].script, 'Zzzz');
});
