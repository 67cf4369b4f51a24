import { has, hasDoubledLetter, rewrite, type Rewrite } from './rewrite.js';
import { toLatin } from './transliterate.js';

// The phonetic skeleton of a word: consonants only, grouped into classes that transliteration
// conventions swap (v/f/w, k/q/c/g, j/zh/dj, s/z/sh/ch/ts, t/d, b/p), with vowels and glides (h, w, y,
// non-initial j) dropped so that Arabic script, which writes few vowels, lands on the same key.
const DIGRAPHS: Rewrite[] = [
  [/([a-z])\1+/g, '$1', hasDoubledLetter], [/kh/g, 'h', has('kh')], [/dzh|dj|zh|dz|j/g, 'J', has('j', 'zh', 'dz')],
  [/tsch|tch|sch|sh|ch|ts|tz|zs|cz|sz|rz/g, 'S', has('sh', 'ch', 'ts', 'tz', 'zs', 'cz', 'sz', 'rz')],
  [/x/g, 'Ks', has('x')], [/gh|ck|qu|q/g, 'K', has('gh', 'ck', 'q')], [/ph/g, 'f', has('ph')], [/th/g, 't', has('th')], [/c(?=[eiy])/g, 'S', has('ce', 'ci', 'cy')],
];
// In scripts without short vowels, two letters are often two consonants with a vowel left out between them
// (`تستر` Tester is t-s-t-r, `ترزا` Theresa r-z), though they also spell foreign sounds (`تش` ch in `خروتشوف`):
// a second reading keeps only the digraphs that transliterate one letter (ش sh, خ kh, غ gh, ث th, ژ zh).
const DIGRAPHS_OF_LETTERS: Rewrite[] = [
  [/([a-z])\1+/g, '$1', hasDoubledLetter], [/kh/g, 'h', has('kh')], [/zh|j/g, 'J', has('zh', 'j')], [/sh|ch/g, 'S', has('sh', 'ch')],
  [/x/g, 'Ks', has('x')], [/gh|q/g, 'K', has('gh', 'q')], [/ph/g, 'f', has('ph')], [/th|dh/g, 't', has('th', 'dh')],
];
const CLASS: Record<string, string> = {
  b: 'b', p: 'b', f: 'f', v: 'f', k: 'k', c: 'k', g: 'k', K: 'k', J: 'j', s: 's', z: 's', S: 's',
  t: 't', d: 't', l: 'l', r: 'r', m: 'm', n: 'n',
};

/** Coarse consonant key of one word (any script), e.g. `Tokayev`, `Tokaev`, `توكاييف` -> `tkf`. */
export function skeletonKey(word: string): string {
  return skeletonOfLatin(toLatin(word).replace(/[^a-z]/g, ''));
}

/** The skeleton reading `g` before e, i, y as soft (`Roger` / `Роджер`), where it differs. */
export function softSkeletonOfLatin(latin: string): string | undefined {
  return /g[eiy]/.test(latin) ? skeletonOfLatin(latin.replace(/g(?=[eiy])/g, 'j')) : undefined;
}

// One cache per combination of options, keyed by the word itself: no key string to build (and hash) per call.
const skeletonCaches: Array<Map<string, string>> = Array.from({ length: 8 }, () => new Map());

/**
 * `keepW`: w is a consonant (v), as in Latin script. `separate`: two different letters of one class are two
 * consonants (`تد` Ted), as in scripts that leave short vowels out; Latin `dt`, `ck` are one sound.
 * `letterDigraphs`: only digraphs that transliterate one letter (see DIGRAPHS_OF_LETTERS).
 */
export function skeletonOfLatin(latin: string, keepW = false, separate = false, letterDigraphs = false): string {
  // Without a w, keeping it changes nothing: both readings share one entry.
  if (keepW && !latin.includes('w')) keepW = false;
  const cache = skeletonCaches[(keepW ? 4 : 0) + (separate ? 2 : 0) + (letterDigraphs ? 1 : 0)]!;
  let hit = cache.get(latin);
  if (hit === undefined) {
    hit = computeSkeleton(keepW ? latin.replace(/w/g, 'v') : latin, separate, letterDigraphs);
    if (cache.size > 12_500) cache.clear();
    cache.set(latin, hit);
  }
  return hit;
}

function computeSkeleton(latin: string, separate: boolean, letterDigraphs: boolean): string {
  const s = rewrite(latin, letterDigraphs ? DIGRAPHS_OF_LETTERS : DIGRAPHS);
  let out = '';
  // Same-class letters merge only when nothing stood between them: `David` keeps both d's, `Tokkaev` one k.
  let gap = true;
  let previous = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === 'J' && i > 0 && out.length > 0) {
      gap = true;
      continue;
    }
    const cls = CLASS[ch];
    if (!cls) {
      gap = true;
      continue;
    }
    if (gap || out[out.length - 1] !== cls || (separate && previous !== ch)) out += cls;
    gap = false;
    previous = ch;
  }
  // A word of vowels only (`Oe`, `Ua`) still needs a key.
  return out || latin.replace(/(.)\1+/g, '$1');
}
