import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AliasTable } from '../../../src/analyze/entities/alias-table.js';

describe('AliasTable', () => {
  it('records pairs either way round, ignoring case and diacritics, and round-trips through JSON', () => {
    const table = new AliasTable();
    table.add('Organisation du Traité de sécurité collective', 'OTSC', 'acronym');
    table.add('otsc', 'ORGANISATION DU TRAITE DE SECURITE COLLECTIVE', 'acronym');
    table.add('Same', 'same');
    assert.equal(table.size, 1);
    assert.ok(table.has('OTSC', 'Organisation du traité de sécurité collective'));
    assert.ok(!table.has('OTSC', 'NATO'));
    assert.equal(table.toJSON().pairs[0]!.count, 2);
    const dir = mkdtempSync(join(tmpdir(), 'sw-alias-'));
    try {
      const file = join(dir, 'aliases.json');
      table.save(file);
      const loaded = AliasTable.load(file);
      assert.ok(loaded.has('otsc', 'organisation du traite de securite collective'));
      assert.deepEqual(loaded.aliasesOf('OTSC'), table.aliasesOf('OTSC'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ignores malformed JSON entries', () => {
    const table = AliasTable.fromJSON({ pairs: [{ a: 'x' }, { a: 'Kiev', b: 'Kyiv' }, 3] });
    assert.equal(table.size, 1);
    assert.equal(AliasTable.fromJSON(null).size, 0);
  });
});

describe('learnStoryAliases', () => {
  it('learns names of one story that got different ids, and then resolves them to one id', async () => {
    const { extractEntities } = await import('../../../src/analyze/entities/extract-entities.js');
    const { learnStoryAliases } = await import('../../../src/analyze/entities/learn-aliases.js');
    const a = 'Talks\n\nSviatlana Tsikhanouskaya met Joe Biden.';
    const b = 'Переговоры\n\nСветлана Тихановская встретилась с Джо Байденом.';
    const personId = (text: string, lang: string, name: string, aliases?: AliasTable) =>
      extractEntities(text, lang, [], aliases ? { aliases } : {}).find((e) => e.mentions.some((m) => m.text === name))?.id;
    assert.notEqual(personId(a, 'en', 'Sviatlana Tsikhanouskaya'), personId(b, 'ru', 'Светлана Тихановская'));
    const strict = new AliasTable();
    const story = [{ lang: 'en', entities: extractEntities(a, 'en', []) }, { lang: 'ru', entities: extractEntities(b, 'ru', []) }];
    learnStoryAliases(strict, story);
    assert.ok(!strict.has('Sviatlana Tsikhanouskaya', 'Joe Biden'), 'unrelated names learned');
    assert.ok(strict.has('Sviatlana Tsikhanouskaya', 'Светлана Тихановская'), 'spellings of one person not learned');
    assert.equal(personId(a, 'en', 'Sviatlana Tsikhanouskaya', strict), personId(b, 'ru', 'Светлана Тихановская', strict));
    assert.equal(personId(a, 'en', 'Joe Biden', strict), personId(b, 'ru', 'Джо Байденом', strict));
  });
});
