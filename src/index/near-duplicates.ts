// Near-duplicate detection with MinHash and LSH banding: syndicated copies with small
// edits share most word shingles, so their signatures agree in most positions.

const SIGNATURE_SIZE = 64;
const BAND_ROWS = 4;
const SHINGLE_WORDS = 4;
/** Estimated Jaccard similarity of shingles above which two texts are copies of one another. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;

const WORD = /[\p{L}\p{N}]+/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Fixed seeds: the hash family must be the same in every run and every store.
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b1)));

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Units the shingles are made of: words, or characters for scripts written without spaces. */
function units(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (!UNSPACED_SCRIPT.test(text)) return words;
  return words.flatMap((word) => (UNSPACED_SCRIPT.test(word) ? [...word] : [word]));
}

export function shingles(text: string): Set<string> {
  const parts = units(text);
  const size = parts.length > 0 && UNSPACED_SCRIPT.test(text) ? SHINGLE_WORDS + 1 : SHINGLE_WORDS;
  const result = new Set<string>();
  if (parts.length < size) {
    if (parts.length > 0) result.add(parts.join(' '));
    return result;
  }
  for (let i = 0; i + size <= parts.length; i++) result.add(parts.slice(i, i + size).join(' '));
  return result;
}

export function minhashSignature(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles(text)) {
    const base = fnv1a(shingle);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = fmix32(base ^ SEEDS[i]);
      if (value < signature[i]) signature[i] = value;
    }
  }
  return signature;
}

/** LSH band keys: two signatures sharing a band are near-duplicate candidates. */
export function lshBands(signature: Uint32Array): string[] {
  const bands: string[] = [];
  for (let start = 0; start < signature.length; start += BAND_ROWS) {
    const rows = Array.from(signature.subarray(start, start + BAND_ROWS), (value) => value.toString(36));
    bands.push(`${start / BAND_ROWS}:${rows.join('.')}`);
  }
  return bands;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

export function signatureToBuffer(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBuffer(buffer: Buffer): Uint32Array {
  const copy = new Uint8Array(buffer);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
