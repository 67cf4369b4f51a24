import anyAscii from 'any-ascii';

// Character trigrams of the ASCII transliteration catch names and cognates across languages
// and scripts where no dictionary links the words (Kazakhstan / Kasachstan / Казахстан).
const GRAM = 3;
const MIN_WORD = 4;
const asciiCache = new Map<string, string>();
const gramCache = new WeakMap<object, Map<string, number>>();

function asciiForm(word: string): string {
  let form = asciiCache.get(word);
  if (form === undefined) {
    form = anyAscii(word).toLowerCase().replace(/[^a-z0-9]/g, '');
    if (asciiCache.size > 200_000) asciiCache.clear();
    asciiCache.set(word, form);
  }
  return form;
}

function addGrams(grams: Map<string, number>, word: string, count: number): void {
  const form = asciiForm(word);
  if (/^[0-9]+$/.test(form)) {
    if (form.length >= 2) grams.set(`#${form}`, (grams.get(`#${form}`) ?? 0) + count);
    return;
  }
  if (form.length < MIN_WORD) return;
  const padded = `_${form}_`;
  for (let i = 0; i + GRAM <= padded.length; i++) {
    const gram = padded.slice(i, i + GRAM);
    grams.set(gram, (grams.get(gram) ?? 0) + count);
  }
}

/** Trigram -> frequency over surface tokens; numbers are kept whole. Cached per tokens object. */
export function cognateGrams(tokens: Record<string, number>): Map<string, number> {
  let grams = gramCache.get(tokens);
  if (!grams) {
    grams = new Map();
    for (const token in tokens) addGrams(grams, token, tokens[token]);
    gramCache.set(tokens, grams);
  }
  return grams;
}

/** The same trigrams over running text, up to `limit` words (headline, lead). */
export function textGrams(text: string, limit: number): Map<string, number> {
  const grams = new Map<string, number>();
  let n = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    addGrams(grams, match[0].toLowerCase(), 1);
    if (++n >= limit) break;
  }
  return grams;
}
