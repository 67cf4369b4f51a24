import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stemPolish } from '../../../src/analyze/text/polish-stemmer.js';
import { tokenize } from '../../../src/analyze/text/tokenize.js';

test('inflected forms of one Polish lemma share a stem', () => {
  for (const forms of [
    ['kraj', 'kraju', 'krajem', 'krajów', 'krajach'],
    ['osoba', 'osoby', 'osób', 'osobom', 'osobami'],
    ['prezydent', 'prezydenta', 'prezydentem', 'prezydentowi'],
    ['powiedzieć', 'powiedział', 'powiedziała'],
    ['nowy', 'nowych', 'nowa', 'nowe'],
    ['epidemia', 'epidemii', 'epidemią'],
  ]) {
    assert.equal(new Set(forms.map(stemPolish)).size, 1, forms.map((form) => `${form}:${stemPolish(form)}`).join(' '));
  }
});

test('different Polish lemmas keep different stems, and short words stay whole', () => {
  assert.notEqual(stemPolish('prezydent'), stemPolish('premier'));
  assert.notEqual(stemPolish('kraj'), stemPolish('kara'));
  assert.equal(stemPolish('dni'), 'dni');
  assert.equal(stemPolish('kot'), 'kot');
});

test('Polish tokens are stemmed by it', () => {
  const [a, b] = tokenize('kraju krajów', 'pl');
  assert.equal(a.stem, b.stem);
});
