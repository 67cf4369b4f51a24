// Unicode script of a word from its first letter. Code-point ranges cover the scripts news is written in;
// the rare rest falls back to a property regex.

const RANGES: Array<[number, number, string]> = [
  [0x0041, 0x024f, 'Latn'],
  [0x0370, 0x03ff, 'Grek'],
  [0x0400, 0x052f, 'Cyrl'],
  [0x0530, 0x058f, 'Armn'],
  [0x0590, 0x05ff, 'Hebr'],
  [0x0600, 0x06ff, 'Arab'],
  [0x0700, 0x074f, 'Syrc'],
  [0x0750, 0x077f, 'Arab'],
  [0x0780, 0x07bf, 'Thaa'],
  [0x08a0, 0x08ff, 'Arab'],
  [0x0900, 0x097f, 'Deva'],
  [0x0980, 0x09ff, 'Beng'],
  [0x0a00, 0x0a7f, 'Guru'],
  [0x0a80, 0x0aff, 'Gujr'],
  [0x0b00, 0x0b7f, 'Orya'],
  [0x0b80, 0x0bff, 'Taml'],
  [0x0c00, 0x0c7f, 'Telu'],
  [0x0c80, 0x0cff, 'Knda'],
  [0x0d00, 0x0d7f, 'Mlym'],
  [0x0d80, 0x0dff, 'Sinh'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x0e80, 0x0eff, 'Laoo'],
  [0x0f00, 0x0fff, 'Tibt'],
  [0x1000, 0x109f, 'Mymr'],
  [0x10a0, 0x10ff, 'Geor'],
  [0x1100, 0x11ff, 'Hang'],
  [0x1200, 0x139f, 'Ethi'],
  [0x1780, 0x17ff, 'Khmr'],
  [0x1e00, 0x1eff, 'Latn'],
  [0x1f00, 0x1fff, 'Grek'],
  [0x3040, 0x309f, 'Hira'],
  [0x30a0, 0x30ff, 'Kana'],
  [0x3130, 0x318f, 'Hang'],
  [0x3400, 0x4dbf, 'Hani'],
  [0x4e00, 0x9fff, 'Hani'],
  [0xac00, 0xd7af, 'Hang'],
  [0xf900, 0xfaff, 'Hani'],
  [0xfb1d, 0xfb4f, 'Hebr'],
  [0xfb50, 0xfdff, 'Arab'],
  [0xfe70, 0xfeff, 'Arab'],
  [0xff21, 0xff5a, 'Latn'],
  [0x20000, 0x3134f, 'Hani'],
];

/** ISO 15924 code of the first letter of `word`; `Zyyy` (common) for digits and symbols. */
export function scriptOf(word: string): string {
  for (const char of word) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x80) {
      if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 'Latn';
      continue;
    }
    for (const [lo, hi, script] of RANGES) {
      if (cp >= lo && cp <= hi) {
        if (script === 'Latn' && !/\p{L}/u.test(char)) break;
        if (script === 'Arab' && cp >= 0x0660 && cp <= 0x0669) break;
        if (script === 'Arab' && cp >= 0x06f0 && cp <= 0x06f9) break;
        return script;
      }
    }
    if (/\p{L}/u.test(char)) return 'Zzzz';
  }
  return 'Zyyy';
}

/** Scripts written without spaces between words: need a dictionary segmenter. */
export const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** Scripts with letter case (upper-case initial means something). */
export function isCasedScript(script: string): boolean {
  return script === 'Latn' || script === 'Cyrl' || script === 'Grek' || script === 'Armn' || script === 'Geor';
}
