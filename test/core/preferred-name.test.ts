import { test } from 'node:test';
import assert from 'node:assert/strict';
import { preferredName } from '../../src/core/preferred-name.js';

test('an entity is named as most articles name it, in Latin script when any article does', () => {
  const names = new Map([['قاسم جومارت توكاييف', 3], ['Kasim-Zomart Tokaev', 1], ['Kassym-Jomart Tokayev', 2]]);
  assert.equal(preferredName(names), 'Kassym-Jomart Tokayev');
  assert.equal(preferredName(new Map([['Садыр Жапаров', 2], ['صادر جاباروف', 1]])), 'Садыр Жапаров');
  assert.equal(preferredName(new Map()), undefined);
});
