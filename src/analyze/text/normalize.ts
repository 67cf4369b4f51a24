import { foldArabic, stripArabicArticle } from './arabic.js';

const COMBINING = /[\u0300-\u036f]/g;
const HAS_COMBINING = /[\u0300-\u036f]/;
const HEBREW_POINTS = /[\u0591-\u05c7]/g;
const ZERO_WIDTH = /[\u200b-\u200f\u00ad]/g;

/** Lower-cased, script-normalised form of one word, the same for text and dictionaries. */
export function normalizeWord(word: string, script: string, lang: string): string {
  let w = word.indexOf('\u200c') >= 0 || word.indexOf('\u200d') >= 0 || word.indexOf('\u00ad') >= 0 ? word.replace(ZERO_WIDTH, '') : word;
  switch (script) {
    case 'Latn':
      w = w.toLowerCase();
      // Decomposed accents (and Turkish İ lower-cased to i + dot) recomposed so both spellings meet.
      if (HAS_COMBINING.test(w)) w = w.normalize('NFC').replace(/i\u0307/g, 'i');
      return w;
    case 'Cyrl':
      return w.toLowerCase().replace(/ё/g, 'е');
    case 'Grek':
      return w.toLowerCase().normalize('NFD').replace(COMBINING, '').replace(/ς/g, 'σ');
    case 'Arab': {
      const folded = foldArabic(w);
      return lang === 'ar' ? stripArabicArticle(folded) : folded;
    }
    case 'Hebr':
      return w.replace(HEBREW_POINTS, '');
    default:
      return w.toLowerCase();
  }
}
