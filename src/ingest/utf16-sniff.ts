const SAMPLE = 4096;
/** Share of code units that must read as ordinary text for bytes with few zeros to be taken for UTF-16. */
const TEXT_UNITS = 0.95;
/**
 * Share of non-ASCII units whose low byte is 0x80 or more: about half in real CJK text, whose low
 * bytes are spread evenly, and none in ASCII read two bytes at a time (which lands in the CJK block).
 */
const HIGH_LOW_BYTES = 0.2;

/**
 * UTF-16 without a BOM (some Windows exports): text in Latin, Cyrillic, Greek or Arabic script
 * has a zero in the high byte of most code units, so zeros pile up on one parity of offsets.
 * Chinese, Japanese or Korean text has few such zeros (only its ASCII digits, spaces and
 * newlines), so there units that all read as ordinary text decide.
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  let leControls = 0;
  let beControls = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
    // An ASCII-range unit that is a control other than tab/newline/return speaks against text.
    if (bytes[i + 1] === 0 && isControl(bytes[i])) leControls++;
    if (bytes[i] === 0 && isControl(bytes[i + 1])) beControls++;
  }
  const units = n / 2;
  if (oddZeros > 0.3 * units && evenZeros < 0.02 * units && leControls < 0.02 * units) return 'utf16le';
  if (evenZeros > 0.3 * units && oddZeros < 0.02 * units && beControls < 0.02 * units) return 'utf16be';
  if (oddZeros + evenZeros === 0) return undefined;
  // Zeros fall on both parities in CJK text (一 U+4E00 and 가 U+AC00 have a zero low byte), so
  // the byte order is the one under which the units read as text.
  const le = textShare(bytes, n, 'le');
  const be = textShare(bytes, n, 'be');
  if (Math.max(le, be) < TEXT_UNITS) return undefined;
  return le >= be ? 'utf16le' : 'utf16be';
  return undefined;
}

/** Share of the code units that are letters, digits, punctuation or spacing of some script; 0 when they look like ASCII read in pairs. */
function textShare(bytes: Uint8Array, n: number, order: 'le' | 'be'): number {
  let text = 0;
  let wide = 0;
  let highLow = 0;
  for (let i = 0; i < n; i += 2) {
    const unit = order === 'le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (unit > 0xff) {
      wide++;
      if ((unit & 0xff) >= 0x80) highLow++;
    }
    if (isTextUnit(unit)) text++;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 3 < n) {
      const low = order === 'le' ? bytes[i + 2] | (bytes[i + 3] << 8) : (bytes[i + 2] << 8) | bytes[i + 3];
      // a surrogate pair (rare CJK ideographs, emoji) counts as two units of text
      if (low >= 0xdc00 && low <= 0xdfff) {
        text += 2;
        i += 2;
      }
    }
  }
  if (wide > 0 && highLow < HIGH_LOW_BYTES * wide) return 0;
  return text / (n / 2);
}

function isTextUnit(unit: number): boolean {
  return (
    unit === 0x09 || unit === 0x0a || unit === 0x0d ||
    (unit >= 0x20 && unit < 0x7f) ||
    (unit >= 0xa0 && unit < 0x2c0) || // Latin-1 and Latin Extended
    (unit >= 0x370 && unit < 0x700) || // Greek, Cyrillic, Armenian, Hebrew, Arabic
    (unit >= 0x900 && unit < 0xe80) || // Indic scripts, Thai, Lao
    (unit >= 0x1e00 && unit < 0x2070) || // Latin Extended Additional, Greek Extended, punctuation
    (unit >= 0x3000 && unit < 0xa000) || // CJK punctuation, kana, ideographs
    (unit >= 0xac00 && unit < 0xd7b0) || // Hangul
    (unit >= 0xff00 && unit < 0xfff0) // full- and half-width forms
  );
}

function isControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
}
