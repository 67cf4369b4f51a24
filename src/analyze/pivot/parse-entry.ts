// FreeDict entry bodies: a headword line (`fuir /fɥiʀ/ <v>`), then senses (`1. flee, run away`),
// with grammar labels <...>, domains [...], notes (...) and cross-references {...} mixed in.

const SKIP_LINE = /^\s*(note|notes|synonyms?|see|see also|syn|ant|antonyms?|example|examples|usage|also|cf)\s*:/i;
// Usage examples (`"ein Ei legen"  - lay an egg`) in deu-eng and eng-deu: their words are not translations.
const EXAMPLE_LINE = /^\s*"/;
const NOISE = /\[[^\]]*\]|<[^>]*>|\([^)]*\)|\{[^}]*\}|"[^"]*"|\/[^/]*\//g;

/** Translations of an entry, in sense order: the first `maxSenses` senses, cleaned, split at , and ;. */
export function parseTranslations(body: string, maxSenses = 3, maxWords = 4): string[][] {
  const lines = body.split('\n');
  const senses: string[][] = [];
  for (let i = 1; i < lines.length && senses.length < maxSenses; i++) {
    const line = lines[i];
    if (!line.trim() || SKIP_LINE.test(line) || EXAMPLE_LINE.test(line)) continue;
    const cleaned = line.replace(NOISE, ' ').replace(/^\s*\d+\.\s*/, '');
    const translations = cleaned
      .split(/[,;]/)
      .map((t) => t.replace(/[.:!?]+\s*$/, '').replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 0 && t.split(' ').length <= maxWords);
    if (translations.length > 0) senses.push(translations);
  }
  // Entries without a headword line (some dictionaries) put the translation on the first line.
  if (senses.length === 0 && lines.length === 1) {
    const only = lines[0].replace(NOISE, ' ').trim();
    if (only) senses.push([only]);
  }
  return senses;
}
