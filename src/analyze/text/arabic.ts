// Arabic-script normalisation: folds spelling variants so the same word written by different
// outlets (and by the dictionary) meets, and strips the article and light affixes.

const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ە': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'ڪ': 'ك',
};
const FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Removes diacritics and tatweel and folds letter variants (Arabic, Persian, Urdu). */
export function foldArabic(word: string): string {
  return word.replace(DIACRITICS, '').replace(FOLD_RE, (c) => LETTER_FOLDS[c]);
}

const ARTICLES = ['وال', 'فال', 'بال', 'كال', 'ال'];

/** Strips the definite article with its attached conjunction/preposition, never leaving under 3 letters. */
export function stripArabicArticle(word: string): string {
  if (word.startsWith('لل') && word.length - 2 >= 3) return word.slice(2);
  for (const article of ARTICLES) {
    if (word.startsWith(article) && word.length - article.length >= 3) return word.slice(article.length);
  }
  return word;
}

const SUFFIXES = ['هما', 'كما', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'هم', 'كم', 'نا', 'ه', 'ي'];

/** Light stemming (after Larkey's light10): conjunction/preposition prefixes and common suffixes. */
export function lightStemArabic(norm: string): string {
  let word = norm;
  if (word.length >= 5 && (word[0] === 'و' || word[0] === 'ف')) word = word.slice(1);
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}
