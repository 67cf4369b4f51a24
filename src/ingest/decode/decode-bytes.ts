import chardet from 'chardet';
import iconv from 'iconv-lite';
import { StoryweaveError } from '../../core/errors.js';
import { bomlessUtf16 } from '../utf16-sniff.js';
import { declaredCharset } from './declared-charset.js';
import { scriptPlausibility } from './script-plausibility.js';
import { utf8Damage, type Utf8Damage } from './utf8-damage.js';

export interface DecodedText {
  text: string;
  /** The encoding used, as iconv-lite names it. */
  encoding: string;
  /** Where the encoding came from. */
  via: 'bom' | 'header' | 'declared' | 'utf8' | 'sniffed';
  /** UTF-8 with some ill-formed sequences, decoded with U+FFFD in their place. */
  repaired?: { sequences: number; firstByte: number };
}

export interface DecodeHints {
  /** Charset from an HTTP Content-Type header. */
  headerCharset?: string;
}

const SNIFF_BYTES = 64 * 1024;
// Legacy double-byte encodings form a valid UTF-8 sequence by chance at most one time in five
// (GBK, EUC-KR ~15%), single-byte ones almost never; UTF-8 damaged by a cut or a stray byte is
// nearly all valid. Four valid multi-byte sequences per broken one tells them apart.
const REPAIRABLE_VALID_PER_INVALID = 4;
// A page that declares UTF-8 is taken at its word unless its bytes are plainly another encoding:
// a stray byte or two in ASCII, or more broken than valid sequences, is damage, not a mislabel.
const DECLARED_STRAY_SEQUENCES = 2;
// Single-byte encodings chardet often confuses with each other (it names ISO-8859-N where the
// windows-125N sibling is meant); always tried alongside its guesses.
const EXTRA_CANDIDATES = [
  'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257',
  'koi8-r', 'koi8-u', 'iso-8859-6',
];

const WINDOWS_SIBLING: Record<string, string> = {
  iso88592: 'windows1250', iso88595: 'windows1251', iso88596: 'windows1256', iso88597: 'windows1253',
  iso88598: 'windows1255', iso88599: 'windows1254', iso885913: 'windows1257',
};

/**
 * Bytes to text: BOM, then the HTTP header charset, then the document's own declaration, then
 * clean UTF-8, then statistical sniffing checked against script plausibility.
 */
export function decodeBytes(bytes: Buffer, hints: DecodeHints = {}, location?: string): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(bytes, bom), encoding: bom, via: 'bom' };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: iconv.decode(bytes, utf16), encoding: utf16, via: 'sniffed' };
  const utf8 = strictUtf8(bytes);
  const damage = utf8 === undefined ? utf8Damage(bytes) : undefined;
  for (const [charset, via] of [[hints.headerCharset, 'header'], [declaredCharset(bytes), 'declared']] as const) {
    const encoding = usableEncoding(charset);
    if (!encoding) continue;
    // Labels are often wrong (templates copied between sites, server defaults); bytes that are
    // valid UTF-8 with non-ASCII in them are UTF-8 in practice, whatever the label says, and a
    // page labelled UTF-8 that is not valid UTF-8 is mislabelled more often than broken.
    if (utf8 !== undefined && (encoding === 'utf8' || hasNonAscii(bytes))) return { text: utf8, encoding: 'utf8', via };
    if (encoding === 'utf8' && damage && (damage.invalid <= DECLARED_STRAY_SEQUENCES || damage.invalid <= damage.valid)) return repairedUtf8(bytes, damage, via);
    if (encoding === 'utf8') continue;
    return { text: iconv.decode(bytes, encoding), encoding, via };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf8', via: 'utf8' };
  if (damage && damage.valid >= REPAIRABLE_VALID_PER_INVALID * damage.invalid) return repairedUtf8(bytes, damage, 'utf8');
  return sniff(bytes, location);
}

/** What a decoding with replacements owes its reader: how much was replaced and where it starts. */
export function decodeWarning(decoded: DecodedText, location: string): StoryweaveError | undefined {
  if (!decoded.repaired) return undefined;
  const { sequences, firstByte } = decoded.repaired;
  return new StoryweaveError('SW_INPUT_UTF8_REPAIRED', `${sequences} sequence${sequences === 1 ? '' : 's'}, the first at byte ${firstByte}`, location);
}

function sniff(bytes: Buffer, location?: string): DecodedText {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const confidence = new Map<string, number>();
  for (const match of chardet.analyse(sample)) {
    const encoding = usableEncoding(match.name);
    if (encoding && encoding !== 'utf8' && !confidence.has(encoding)) confidence.set(encoding, match.confidence);
  }
  for (const extra of EXTRA_CANDIDATES) {
    const encoding = usableEncoding(extra);
    if (encoding && !confidence.has(encoding)) confidence.set(encoding, 0);
  }
  // ISO-8859-N and its windows-125N sibling often both decode plausibly; the windows one is what
  // legacy pages use far more often, and when it is wrong its decoding shows glued symbols ("±").
  for (const [iso, windows] of Object.entries(WINDOWS_SIBLING)) {
    const isoConfidence = confidence.get(iso);
    if (isoConfidence !== undefined) confidence.set(windows, Math.max(confidence.get(windows) ?? 0, isoConfidence + 1));
  }
  let best: { encoding: string; score: number } | undefined;
  for (const [encoding, conf] of confidence) {
    const plausibility = scriptPlausibility(iconv.decode(sample, encoding));
    // Plausibility decides; chardet's confidence (0-100) breaks near-ties.
    const score = Math.round(plausibility * 20) + conf / 100;
    if (!best || score > best.score) best = { encoding, score };
  }
  if (!best) throw new StoryweaveError('SW_INPUT_ENCODING', 'no candidate encoding', location);
  return { text: iconv.decode(bytes, best.encoding), encoding: best.encoding, via: 'sniffed' };
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return undefined;
}

/** iconv-lite's canonical name for a charset label, or undefined when unsupported. */
function usableEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const clean = label.trim().toLowerCase();
  // As browsers do: a document cannot declare itself UTF-16 in ASCII, and ISO-8859-1 means windows-1252.
  if (clean.startsWith('utf-16') || clean.startsWith('utf16')) return 'utf8';
  if (clean === 'iso-8859-1' || clean === 'latin1' || clean === 'us-ascii' || clean === 'ascii') return 'windows1252';
  if (!iconv.encodingExists(clean)) return undefined;
  const canonical = clean.replace(/[^a-z0-9]/g, '');
  return canonical === 'utf8' ? 'utf8' : canonical;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

function repairedUtf8(bytes: Uint8Array, damage: Utf8Damage, via: DecodedText['via']): DecodedText {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, encoding: 'utf8', via, repaired: { sequences: damage.invalid, firstByte: damage.firstInvalid } };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}
