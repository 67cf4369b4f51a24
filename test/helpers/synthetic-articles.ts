import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic PRNG (mulberry32), so generated inputs are the same in every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'government minister said people city president report police water market bank election court health school army border energy price company river harbour strike farmers budget railway flood storm museum festival vaccine hospital teachers'.split(
    ' ',
  );

/** Writes `count` plain-text articles of distinct random prose into `dir`. */
export function writeSyntheticArticles(dir: string, count: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  const word = () => WORDS[Math.floor(random() * WORDS.length)];
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 10) }, word);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const title = `${Array.from({ length: 7 }, word).join(' ')} ${i}`;
    const paragraphs = Array.from({ length: 4 }, () => Array.from({ length: 4 }, sentence).join(' '));
    const path = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, `${title[0].toUpperCase()}${title.slice(1)}\n\n${paragraphs.join('\n\n')}\n`);
    paths.push(path);
  }
  return paths;
}
