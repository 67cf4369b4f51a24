import anyAscii from 'any-ascii';

// Character trigrams of the ASCII transliteration catch names and cognates across languages
// and scripts where no dictionary links the words (Kazakhstan / Kasachstan / Казахстан).
const GRAM = 3;
const MIN_WORD = 4;
const asciiCache = new Map<string, string>();

function asciiForm(word: string): string {
  let form = asciiCache.get(word);
  if (form === undefined) {
    form = anyAscii(word).toLowerCase().replace(/[^a-z0-9]/g, '');
    if (asciiCache.size > 200_000) asciiCache.clear();
    asciiCache.set(word, form);
  }
  return form;
}

/** Trigram -> frequency over surface tokens; numbers are kept whole. */
export function cognateGrams(tokens: Record<string, number>): Record<string, number> {
  const grams: Record<string, number> = {};
  for (const [token, count] of Object.entries(tokens)) {
    const form = asciiForm(token);
    if (/^[0-9]+$/.test(form)) {
      if (form.length >= 2) grams[`#${form}`] = (grams[`#${form}`] ?? 0) + count;
      continue;
    }
    if (form.length < MIN_WORD) continue;
    const padded = `_${form}_`;
    for (let i = 0; i + GRAM <= padded.length; i++) {
      const gram = padded.slice(i, i + GRAM);
      grams[gram] = (grams[gram] ?? 0) + count;
    }
  }
  return grams;
}
