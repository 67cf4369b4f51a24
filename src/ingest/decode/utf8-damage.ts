export interface Utf8Damage {
  /** Well-formed multi-byte sequences. */
  valid: number;
  /** Ill-formed sequences, each of which a lenient decoder replaces with one U+FFFD. */
  invalid: number;
  /** Byte offset of the first ill-formed sequence, -1 when there is none. */
  firstInvalid: number;
}

/** How far the bytes are from being valid UTF-8, counting sequences as the WHATWG decoder does. */
export function utf8Damage(bytes: Uint8Array): Utf8Damage {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range depends on the lead (no overlongs, surrogates or code points past U+10FFFF).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let seen = 1;
    while (length > 0 && seen < length && i + seen < bytes.length) {
      const next = bytes[i + seen];
      if (seen === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) break;
      seen++;
    }
    if (length > 0 && seen === length) valid++;
    else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
    }
    i += seen;
  }
  return { valid, invalid, firstInvalid };
}
