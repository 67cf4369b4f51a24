import anyAscii from 'any-ascii';

// Character trigrams of the ASCII transliteration catch names and cognates across languages
// and scripts where no dictionary links the words (Kazakhstan / Kasachstan / Казахстан).
const GRAM = 3;
const MIN_WORD = 4;
const asciiCache = new Map<string, string>();
const gramCache = new WeakMap<object, PackedGrams>();

/**
 * Every trigram is written in these characters (a transliteration keeps [a-z0-9], `_` pads a word),
 * so a trigram is a number below 37^3: its code, which the key table reserves as its key id
 * (sparse-vector). Grams are then counted without building or hashing a string, and a worker thread
 * can count them for the thread that compares.
 */
const TRIGRAM_ALPHABET = '_0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = TRIGRAM_ALPHABET.length;
export const TRIGRAM_CODES = BASE ** GRAM;
const PAD = 0;

let names: string[] | undefined;

/** Every trigram by its code (see TRIGRAM_ALPHABET), built once: the same string objects serve as map keys everywhere, hashed once. */
export function trigramNames(): readonly string[] {
  if (!names) {
    names = [];
    for (const a of TRIGRAM_ALPHABET) for (const b of TRIGRAM_ALPHABET) for (const c of TRIGRAM_ALPHABET) names.push(a + b + c);
  }
  return names;
}

/**
 * An article's grams: trigram codes ascending with their counts, and whole numbers (`#2022`) apart.
 * Plain data, so it crosses from a worker thread as it is.
 */
export interface PackedGrams {
  codes: Int32Array;
  counts: Float64Array;
  numbers: Record<string, number>;
}

function asciiForm(word: string): string {
  let form = asciiCache.get(word);
  if (form === undefined) {
    form = anyAscii(word).toLowerCase().replace(/[^a-z0-9]/g, '');
    if (asciiCache.size > 50_000) asciiCache.clear();
    asciiCache.set(word, form);
  }
  return form;
}

function digitOrLetter(charCode: number): number {
  // '0'-'9' -> 1-10, 'a'-'z' -> 11-36, as in TRIGRAM_ALPHABET; asciiForm leaves nothing else.
  return charCode <= 57 ? charCode - 47 : charCode - 86;
}

/** Gram counts being gathered: a dense array over every code, and the codes touched so far. */
class GramCounter {
  private readonly counts = new Float64Array(TRIGRAM_CODES);
  private touched: number[] = [];
  private numbers: Record<string, number> = {};

  addWord(word: string, count: number): void {
    const form = asciiForm(word);
    if (/^[0-9]+$/.test(form)) {
      if (form.length >= 2) this.numbers[`#${form}`] = (this.numbers[`#${form}`] ?? 0) + count;
      return;
    }
    if (form.length < MIN_WORD) return;
    // The padded form `_form_`, read three characters at a time.
    let previous = PAD;
    let current = digitOrLetter(form.charCodeAt(0));
    for (let i = 1; i <= form.length; i++) {
      const next = i < form.length ? digitOrLetter(form.charCodeAt(i)) : PAD;
      this.add((previous * BASE + current) * BASE + next, count);
      previous = current;
      current = next;
    }
  }

  private add(code: number, count: number): void {
    if (this.counts[code] === 0) this.touched.push(code);
    this.counts[code] += count;
  }

  /** The grams gathered, leaving the counter empty for the next text. */
  take(): PackedGrams {
    const touched = Int32Array.from(this.touched).sort();
    const counts = new Float64Array(touched.length);
    for (let i = 0; i < touched.length; i++) {
      counts[i] = this.counts[touched[i]];
      this.counts[touched[i]] = 0;
    }
    const numbers = this.numbers;
    this.touched = [];
    this.numbers = {};
    return { codes: touched, counts, numbers };
  }
}

const counter = new GramCounter();

/** Trigrams over surface tokens, weighted by their frequency; numbers are kept whole. Cached per tokens object. */
export function cognateGrams(tokens: Record<string, number>): PackedGrams {
  let grams = gramCache.get(tokens);
  if (!grams) {
    for (const token in tokens) counter.addWord(token, tokens[token]);
    grams = counter.take();
    gramCache.set(tokens, grams);
  }
  return grams;
}

/** Takes grams counted elsewhere (a worker thread) as the grams of these tokens. */
export function adoptCognateGrams(tokens: Record<string, number>, grams: PackedGrams): void {
  gramCache.set(tokens, grams);
}

/** The same trigrams over running text, up to `limit` words (headline, lead). */
export function textGrams(text: string, limit: number): PackedGrams {
  let n = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    counter.addWord(match[0].toLowerCase(), 1);
    if (++n >= limit) break;
  }
  return counter.take();
}

/** Every gram as its name (`kaz`, `#2022`): the keys document frequencies are counted by. */
export function gramNames(grams: PackedGrams): string[] {
  const trigrams = trigramNames();
  const found: string[] = [];
  for (const code of grams.codes) found.push(trigrams[code]);
  for (const key in grams.numbers) found.push(key);
  return found;
}
