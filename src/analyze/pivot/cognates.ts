import anyAscii from 'any-ascii';
import { skeletonKey } from '../entities/skeleton.js';
import { BoundedMemo } from '../text/bounded-memo.js';

const memo = new BoundedMemo<string[]>(12_500);

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

/** Consonants a skeleton needs to stand for a word: two are shared by chance too often. */
const MIN_SKELETON = 3;
const skeletonMemo = new BoundedMemo<string | null>(12_500);

/**
 * The word's consonant skeleton as an `sk:` concept id (`Tokayev`, `Токаев`, `توكاييف` -> `sk:tkf`),
 * or undefined when it is too short. Letter n-grams do not meet across Arabic script, which leaves
 * short vowels out and writes long ones as consonant letters; the skeleton does, as entity ids do.
 */
export function skeletonId(norm: string): string | undefined {
  let id = skeletonMemo.get(norm);
  if (id === undefined) {
    const key = skeletonKey(norm);
    id = key.length >= MIN_SKELETON ? `sk:${key}` : null;
    skeletonMemo.set(norm, id);
  }
  return id ?? undefined;
}
