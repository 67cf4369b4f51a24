// Folding for gazetteer keys: the same folded string must come out of a name however it was typed
// (case, diacritics, Arabic letter variants, Persian/Urdu letter forms, punctuation).

const ARABIC_FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ے': 'ي',
  'ؤ': 'و', 'ئ': 'ي', 'ک': 'ك', 'ڪ': 'ك', 'ھ': 'ه', 'ہ': 'ه', 'ۀ': 'ه', 'ۃ': 'ه',
};
const ARABIC_LETTERS = /[أإآٱةىیېےؤئکڪھہۀۃ]/g;
// Diacritics and marks that carry no identity for a name in the scripts we fold. Indic and Hangul
// are left alone (NFD would break Hangul syllables into jamo; Indic vowel signs are letters there).
const STRIP_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0591-\u05c7]/g;
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/** Folded form of one word or phrase: lower case, marks dropped, letter variants unified, punctuation to single spaces. */
const foldCache = new Map<string, string>();

export function foldName(text: string): string {
  if (/^[a-z0-9]*$/.test(text)) return text;
  // Capitalised plain ASCII words fold to lower case: cheaper than a cache lookup.
  if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  const latin = latinFold(text);
  if (latin !== undefined) return latin;
  const hit = foldCache.get(text);
  if (hit !== undefined) return hit;
  const out = foldUncached(text);
  if (foldCache.size > 25_000) foldCache.clear();
  foldCache.set(text, out);
  return out;
}

// Letters and digits of the Latin blocks fold one by one: none composes with, or changes case next to, its
// neighbour. A word of them (`José`, `Łódź`, `Müller`) is folded through a table of their folds, made by
// foldUncached itself, instead of three normalisations and a cache lookup (accented words are often new).
const LATIN_LIMIT = 0x250;
const LATIN_FOLDS: Array<string | undefined> = [];
for (let c = 0; c < LATIN_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  const fold = /^[\p{L}\p{N}]$/u.test(ch) ? foldUncached(ch) : '';
  // Not a letter that folds to more than letters and digits (`Ŀ` is L and a middle dot, a word break).
  const alone = /^[\p{L}\p{N}]+$/u.test(fold) && foldUncached(`a${ch}a`) === `a${fold}a`;
  LATIN_FOLDS.push(alone ? fold : undefined);
}

function latinFold(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const fold = c < LATIN_LIMIT ? LATIN_FOLDS[c] : undefined;
    if (fold === undefined) return undefined;
    out += fold;
  }
  return out;
}

/** Folded form of any text (a headline, a query), without the name cache: long one-off strings would only fill it. */
export function foldText(text: string): string {
  return foldUncached(text);
}

function foldUncached(text: string): string {
  // Plain ASCII (most words of most articles) needs no Unicode work.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  let s = text.normalize('NFKC').toLowerCase();
  if (/[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u1e00-\u1eff]/.test(s)) {
    s = s.normalize('NFD').replace(STRIP_MARKS, '').normalize('NFC');
  }
  s = s.replace(ARABIC_LETTERS, (ch) => ARABIC_FOLD[ch] ?? ch).replace(/[\u200c\u200d\u200e\u200f]/g, '');
  s = s.replace(/[ßẞ]/g, 'ss').replace(/[ıİ]/g, 'i').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/[øØ]/g, 'o');
  return s.replace(NON_WORD, ' ').trim();
}

const ARABIC_PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك'];

/**
 * Forms of a folded Arabic-script word with its clitics taken off, most stripped last:
 * `وبروسيا` -> [`وبروسيا`, `بروسيا`, `روسيا`], `والروس` -> [..., `الروس`, `روس`], `للناتو` -> [..., `ناتو`].
 */
const variantCache = new Map<string, string[]>();

export function arabicVariants(word: string): string[] {
  let hit = variantCache.get(word);
  if (!hit) {
    hit = computeArabicVariants(word);
    if (variantCache.size > 12_500) variantCache.clear();
    variantCache.set(word, hit);
  }
  return hit;
}

function computeArabicVariants(word: string): string[] {
  const out = [word];
  const push = (w: string) => {
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  };
  let rest = word;
  for (let i = 0; i < 2 && rest.length > 3 && ARABIC_PROCLITICS.includes(rest[0]!); i++) {
    rest = rest.slice(1);
    push(rest);
  }
  for (const w of [...out]) {
    if (w.startsWith('ال') && w.length > 3) push(w.slice(2));
    if (w.startsWith('لل') && w.length > 3) push(w.slice(2));
  }
  return out;
}

/** True when the text has a letter in a script that distinguishes upper and lower case. */
export function isCasedLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}
