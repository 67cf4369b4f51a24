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

// Clitics and inflections that light stemming leaves on short words (وركز, لمنع, فروا, يزعم): a dictionary lists
// the bare form. Tried only when the word itself is not in the dictionary.
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك', 'ال', 'لل'];
const VERB_PREFIXES = ['سي', 'ست', 'سن', 'ي', 'ت', 'ن', 'ا'];
const LOOKUP_SUFFIXES = ['هما', 'تها', 'وها', 'وا', 'ون', 'ين', 'ان', 'ات', 'ها', 'هم', 'نا', 'كم', 'ت', 'ه', 'ي'];
const MIN_BARE_LETTERS = 3;

/** Forms of an Arabic word with clitics and affixes removed, least stripped first, each of at least 3 letters. */
export function arabicLookupForms(norm: string): string[] {
  const stems = new Set<string>();
  const addStripped = (word: string): void => {
    if (word.length < MIN_BARE_LETTERS) return;
    stems.add(word);
    for (const suffix of LOOKUP_SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= MIN_BARE_LETTERS) stems.add(word.slice(0, -suffix.length));
  };
  const withoutConjunction = [norm, ...CONJUNCTIONS.filter((c) => norm.startsWith(c)).map((c) => norm.slice(c.length))];
  for (const word of withoutConjunction) {
    addStripped(word);
    for (const prefix of [...PREPOSITIONS, ...VERB_PREFIXES]) if (word.startsWith(prefix)) addStripped(word.slice(prefix.length));
  }
  stems.delete(norm);
  return [...stems].sort((a, b) => b.length - a.length);
}
