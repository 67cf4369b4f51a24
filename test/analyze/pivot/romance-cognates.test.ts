import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishFrequencyFromJSON } from '../../../src/analyze/pivot/english-frequency.js';
import { romanceCognate } from '../../../src/analyze/pivot/romance-cognates.js';

const news = englishFrequencyFromJSON({ documents: 100, df: { situat: 40, presid: 60, societi: 12, nation: 30, provinc: 9, vehicl: 5, elec: 25, rare: 1 } }, 'test');

test('learned words of Spanish, Italian, Portuguese and French meet their English cognates', () => {
  assert.equal(romanceCognate('es', 'situación', news), 'situat');
  assert.equal(romanceCognate('it', 'situazione', news), 'situat');
  assert.equal(romanceCognate('pt', 'situação', news), 'situat');
  assert.equal(romanceCognate('es', 'presidente', news), 'presid');
  assert.equal(romanceCognate('es', 'sociedad', news), 'societi');
  assert.equal(romanceCognate('it', 'società', news), 'societi');
  assert.equal(romanceCognate('es', 'nacional', news), 'nation');
  assert.equal(romanceCognate('es', 'provincia', news), 'provinc');
  assert.equal(romanceCognate('es', 'vehículo', news), 'vehicl');
  assert.equal(romanceCognate('it', 'elezioni', news), 'elec'); // the English stemmer's key for election(s)
});

test('a spelling English news does not use is no cognate, and other languages get none', () => {
  assert.equal(romanceCognate('es', 'gobierno', news), undefined);
  assert.equal(romanceCognate('es', 'rarezas', news), undefined, 'rare is used by one article only');
  assert.equal(romanceCognate('de', 'situation', news), undefined);
  assert.equal(romanceCognate('es', 'país', news), undefined, 'too short to trust');
});
