import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ResolvedEntity } from '../../../src/core/model.js';
import { extractEntities } from '../../../src/analyze/entities/extract-entities.js';

// The seed articles are copyrighted: read from ../shared at test time, never copied here.
const seeds = fileURLToPath(new URL('../../../../shared/data/seeds/', import.meta.url));
const available = existsSync(join(seeds, 'expected.json'));

interface Expected {
  articles: Record<string, { lang: string }>;
  entities: Record<string, Record<string, string[]>>;
}

function article(file: string): string {
  const lines = readFileSync(join(seeds, file), 'utf8').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim());
  return `${lines[first]!.trim()}\n\n${lines.slice(first + 1).join('\n').trim()}`;
}

/** Id of the entity whose mention best covers some occurrence of `wanted` in the text. */
function idFor(text: string, entities: ResolvedEntity[], wanted: string): string | undefined {
  let best: { id: string; slack: number } | undefined;
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    for (const entity of entities) {
      for (const m of entity.mentions) {
        if (m.end <= at || m.start >= at + wanted.length) continue;
        const slack = Math.abs(m.end - m.start - wanted.length);
        if (!best || slack < best.slack) best = { id: entity.id, slack };
      }
    }
  }
  return best?.id;
}

describe('seed entities', { skip: !available && 'seed data not found in ../shared' }, () => {
  const expected = available ? (JSON.parse(readFileSync(join(seeds, 'expected.json'), 'utf8')) as Expected) : { articles: {}, entities: {} };
  const analysed = new Map<string, { text: string; entities: ResolvedEntity[] }>();
  for (const [file, info] of Object.entries(expected.articles)) {
    const text = article(file);
    analysed.set(file, { text, entities: extractEntities(text, info.lang, []) });
  }
  const idsByEntity = new Map<string, string>();

  for (const [name, perArticle] of Object.entries(expected.entities)) {
    it(`resolves every mention of ${name} to one id across articles`, () => {
      const ids = new Set<string>();
      for (const [file, mentions] of Object.entries(perArticle)) {
        const { text, entities } = analysed.get(file)!;
        for (const wanted of mentions) {
          const id = idFor(text, entities, wanted);
          assert.ok(id, `${file}: no entity covers "${wanted}"`);
          ids.add(id);
        }
      }
      assert.equal(ids.size, 1, `${name} resolved to ${[...ids].join(', ')}`);
      idsByEntity.set(name, [...ids][0]!);
    });
  }

  it('gives different entities different ids', () => {
    const names = Object.keys(expected.entities);
    assert.equal(idsByEntity.size, names.length, 'some entity did not resolve');
    const byId = new Map<string, string>();
    for (const [name, id] of idsByEntity) {
      assert.ok(!byId.has(id), `${name} and ${byId.get(id)} share ${id}`);
      byId.set(id, name);
    }
  });
});
