import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from '../../../src/analyze/entities/extract-entities.js';
import { sameEntityAcrossArticles } from '../../../src/analyze/entities/namesakes.js';

function person(text: string, lang: string, mention: string) {
  const entities = extractEntities(text, lang, []);
  const entity = entities.find((e) => e.mentions.some((m) => m.text === mention));
  assert.ok(entity, `no entity for ${mention}`);
  return { entity, entities, lang };
}

describe('sameEntityAcrossArticles', () => {
  it('keeps apart people sharing a surname id when their given names differ', () => {
    const a = person('Visit\n\nGeorge Bush arrived in Texas.', 'en', 'George Bush');
    const b = person('Visite\n\nLaura Bush est arrivée au Texas.', 'fr', 'Laura Bush');
    assert.equal(a.entity.id, b.entity.id, 'surname ids are expected to coincide');
    const match = sameEntityAcrossArticles(a.entity, a.lang, a.entities, b.entity, b.lang, b.entities);
    assert.equal(match.same, false);
    assert.equal(match.reason, 'given names differ');
  });

  it('joins the same person across scripts, and a bare surname when the articles share context', () => {
    const a = person('Visit\n\nKassym-Jomart Tokayev met Vladimir Putin in Moscow.', 'en', 'Kassym-Jomart Tokayev');
    const b = person('Визит\n\nКасым-Жомарт Токаев встретился с Путиным в Москве.', 'ru', 'Касым-Жомарт Токаев');
    assert.equal(sameEntityAcrossArticles(a.entity, 'en', a.entities, b.entity, 'ru', b.entities).same, true);
    const c = person('Talks\n\nIn Moscow, Tokayev said he agreed.', 'en', 'Tokayev');
    const d = person('Sport\n\nIn Lima, Tokayev said he won the match against Peru.', 'en', 'Tokayev');
    assert.equal(sameEntityAcrossArticles(a.entity, 'en', a.entities, c.entity, 'en', c.entities).same, true);
    const apart = sameEntityAcrossArticles(c.entity, 'en', c.entities, d.entity, 'en', d.entities);
    assert.equal(apart.same, false);
    assert.equal(apart.reason, 'no shared context');
  });
});
