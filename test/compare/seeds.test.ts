import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from './capture-output.js';

// The founding example (issue #4 done-when): the four reports of one event score < 2.5 pairwise,
// the fifth (another event, same president and country) scores >= 3 against each.
const seedsDir = fileURLToPath(new URL('../../../shared/data/seeds/', import.meta.url));
const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((name) => /^\d{3}_.*\.txt$/.test(name)).sort() : [];

interface CompareJson {
  scores: { overall: number };
  explanation: { sharedEntities: Array<{ canonical: string; id: string; formsA: string[]; formsB: string[] }> };
}

async function compare(a: string, b: string): Promise<CompareJson> {
  const result = await runCli(['compare', join(seedsDir, a), join(seedsDir, b), '--json', '--db', join(seedsDir, 'no-store.db')]);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as CompareJson;
}

test('seeds 000-003 are one story, 004 another', { skip: seeds.length < 5 && 'seeds not found' }, async () => {
  const failures: string[] = [];
  for (let i = 0; i < 4; i++) {
    for (let j = i + 1; j < 4; j++) {
      const { scores, explanation } = await compare(seeds[i], seeds[j]);
      if (scores.overall >= 2.5) failures.push(`${seeds[i]} vs ${seeds[j]}: ${scores.overall.toFixed(2)} >= 2.5`);
      for (const name of [/tokayev|tokaev/i, /kazakhstan/i, /russia/i]) {
        const shared = explanation.sharedEntities.find((entity) => name.test(entity.canonical) || name.test(entity.id));
        if (!shared || shared.formsA.length === 0 || shared.formsB.length === 0) failures.push(`${seeds[i]} vs ${seeds[j]}: ${name} not shared`);
      }
    }
    const { scores } = await compare(seeds[i], seeds[4]);
    if (scores.overall < 3) failures.push(`${seeds[i]} vs ${seeds[4]}: ${scores.overall.toFixed(2)} < 3`);
  }
  assert.deepEqual(failures, []);
});
