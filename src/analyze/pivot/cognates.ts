import anyAscii from 'any-ascii';
import { BoundedMemo } from '../text/bounded-memo.js';

const memo = new BoundedMemo<string[]>(50_000);

/**
 * Transliterated character 4-grams (with word boundaries) of a word, as `cg:` concept ids:
 * `Tokaev`, `Токаев` and `Tokayev` share most of them, so names meet across scripts and spellings.
 */
export function cognateIds(norm: string): string[] {
  let ids = memo.get(norm);
  if (ids) return ids;
  const latin = anyAscii(norm).toLowerCase().replace(/[^a-z0-9]/g, '');
  ids = [];
  if (latin.length >= 3 && !/^\d+$/.test(latin)) {
    const padded = `^${latin}$`;
    for (let i = 0; i + 4 <= padded.length; i++) ids.push(`cg:${padded.slice(i, i + 4)}`);
  }
  memo.set(norm, ids);
  return ids;
}
