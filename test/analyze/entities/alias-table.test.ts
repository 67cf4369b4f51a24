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
