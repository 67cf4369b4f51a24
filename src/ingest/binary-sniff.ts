import { bomlessUtf16 } from './utf16-sniff.js';

const MAGIC: ReadonlyArray<[string, number[], number?]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['bzip2 data', [0x42, 0x5a, 0x68]],
  ['xz data', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd data', [0x28, 0xb5, 0x2f, 0xfd]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['Ogg media', [0x4f, 0x67, 0x67, 0x53]],
  ['MP4 media', [0x66, 0x74, 0x79, 0x70], 4],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

const SAMPLE = 8192;

/** Why the bytes look binary, or undefined when they look like text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const [name, magic, offset = 0] of MAGIC) {
    if (bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b)) return name;
  }
  // UTF-16 text is full of NUL bytes; it is text when it says so with a BOM or its zeros line up.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bomlessUtf16(bytes)) return undefined;
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'contains NUL bytes';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > 0.1) return `${Math.round((100 * control) / n)}% control bytes`;
  return undefined;
}
