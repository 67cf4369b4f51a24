const SAMPLE = 4096;

/**
 * UTF-16 without a BOM (some Windows exports): text in Latin, Cyrillic, Greek or Arabic script
 * has a zero in the high byte of most code units, so zeros pile up on one parity of offsets.
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
  return undefined;
}

function isControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
}
