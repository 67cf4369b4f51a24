import { BoundedMemo } from '../text/bounded-memo.js';
import { has, hasDoubledLetter, rewrite, type Rewrite } from './rewrite.js';
import { skeletonOfLatin, softSkeletonOfLatin } from './skeleton.js';
import { pinyinAlternates, pinyinLatin, toLatin } from './transliterate.js';

export interface NamePart {
  /** As written. */
  text: string;
  /** Lower-case ASCII reading. */
  latin: string;
  /** Vowel-sensitive reading with spelling variants folded (`kassym` -> `kasim`). */
  fine: string;
  /** Consonant-class skeleton. */
  key: string;
  /** Skeleton for entity ids: the reading every script agrees on (W as a glide, as Arabic script writes it). */
  idKey: string;
  /** Other readings' skeletons: Arabic-script و as v, a nickname's full form, a glued `al-` article dropped. */
  altKeys: string[];
  /** Other readings' fine forms. */
  altFine: string[];
  /** One letter, maybe with a dot: `K.` */
  initial: boolean;
  /** Particle or honorific that names may drop (`al`, `bin`, `de`, `Jr`). */
  optional: boolean;
  /** Written in a script that writes few vowels (Arabic, Hebrew): compare skeletons only. */
  vowelless: boolean;
  /** Latin, or the script family it was transliterated from: foreign names lose silent final letters across scripts. */
  script: 'latin' | 'other';
  /** Written in CJK or Korean script, transliterated by syllable: r/l and final vowels are unreliable. */
  syllabic: boolean;
  /**
   * Skeleton of a Latin word without the consonants that close a syllable (`Abdul` -> `adu`, `Najib` -> `naji`), as
   * Chinese characters render it: Mandarin syllables end in a vowel, n or ng. Empty when nothing closes a syllable.
   */
  openKey: string;
  /** Fine form to go with openKey. */
  openFine: string;
}

const PARTICLES = new Set([
  'al', 'el', 'ul', 'bin', 'ibn', 'ben', 'bint', 'abu', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'des', 'la', 'le',
  'van', 'von', 'der', 'den', 'ter', 'y', 'i', 'e', 'jr', 'junior', 'sr', 'senior', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame',
  'lord', 'sheikh', 'shaikh', 'haji', 'hajji', 'mulla', 'mullah', 'maulana', 'jwnywr', 'jwnyr', 'ii', 'iii',
]);
// In Arabic and Hebrew script: bin/ibn/ben, and the article alone.
const TITLES_AFTER_COMMA = /^(baron|baroness|lord|lady|sir|dame|jr|sr|junior|senior|earl|count|viscount|ii|iii|iv|md|phd)\b/i;
const VOWELLESS_PARTICLES = new Set(['bn', 'ibn', 'bnt', 'l', 'al', 'mla', 'mlla', 'shykh', 'alshykh']);
// A Map, not an object: looking a new string up as a property key interns it first, which costs more than the lookup.
const NICKNAMES = new Map<string, string>(Object.entries({
  bob: 'robert', rob: 'robert', bill: 'william', will: 'william', mike: 'michael', jim: 'james', jimmy: 'james',
  tom: 'thomas', tony: 'anthony', dick: 'richard', rick: 'richard', ted: 'edward', ed: 'edward', ned: 'edward',
  chris: 'christopher', dan: 'daniel', dave: 'david', joe: 'joseph', ben: 'benjamin', nick: 'nicholas', alex: 'alexander',
  sasha: 'aleksandr', sam: 'samuel', steve: 'stephen', jack: 'john', liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine',
  pat: 'patrick', chuck: 'charles', charlie: 'charles', andy: 'andrew', greg: 'gregory', matt: 'matthew', pete: 'peter',
  fred: 'frederick', larry: 'lawrence', jerry: 'gerald', tim: 'timothy', ron: 'ronald', don: 'donald', ken: 'kenneth',
}));
const EAST_ASIAN_FAMILY = new Set([
  'kim', 'lee', 'yi', 'ri', 'rhee', 'park', 'pak', 'choi', 'choe', 'chung', 'jung', 'jeong', 'chong', 'kang', 'cho', 'jo', 'chang', 'jang', 'yoon', 'yun',
  'lim', 'im', 'han', 'shin', 'sin', 'oh', 'seo', 'suh', 'kwon', 'hwang', 'song', 'ahn', 'an', 'ko', 'go', 'moon', 'mun', 'son', 'bae', 'baek', 'ryu', 'yoo',
  'nam', 'jeon', 'chon', 'hong', 'chen', 'chan', 'wang', 'zhang', 'liu', 'huang', 'zhou', 'chou', 'wu', 'hu', 'zhao', 'chao', 'jiang', 'chiang', 'xu', 'hsu',
]);
const VOWELLESS = /[\u0590-\u05ff\u0600-\u06ff\u0700-\u074f]/;
const SYLLABIC = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1100-\u11ff]/;

const fineForms = new BoundedMemo<string>(12_500);

/** Vowel-sensitive Latin form with common spelling variants folded. */
export function fineForm(latin: string): string {
  let fine = fineForms.get(latin);
  if (fine === undefined) {
    fine = computeFineForm(latin);
    fineForms.set(latin, fine);
  }
  return fine;
}

const FINE_SPELLINGS: Rewrite[] = [
  [/ph/g, 'f', has('ph')], [/ck/g, 'k', has('ck')], [/q/g, 'k', has('q')], [/c(?![eiyh])/g, 'k', has('c')], [/w/g, 'v', has('w')],
  [/(?<=[^aeiou])y(?=[^aeiou]|$)/g, 'i', has('y')], [/(?<=[aeiou])y(?=[aeiou])/g, '', has('y')], [/^y/, 'j', has('y')],
  [/([a-z])\1+/g, '$1', hasDoubledLetter], [/kh/g, 'h', has('kh')], [/dzh|dj|zh/g, 'j', has('dj', 'zh')],
];

function computeFineForm(latin: string): string {
  return rewrite(ASCII_LOWER.test(latin) ? latin : latin.replace(/[^a-z]/g, ''), FINE_SPELLINGS);
}

const ASCII_LOWER = /^[a-z]*$/;

// Korean names are written without a space between family name and given name: 문재인 -> 문 재인.
// Chinese names likewise: 习近平 -> 习 近平.
function splitHangulName(word: string): string[] {
  if (/^[\uac00-\ud7af]{3,4}$/.test(word) || /^[\u4e00-\u9fff]{2,3}$/.test(word)) return [word.slice(0, 1), word.slice(1)];
  return [word];
}

const partsCache = new Map<string, NamePart[]>();

/**
 * Splits a person-like name into comparable parts. `splitNative` splits a lone Chinese or Korean name
 * into family and given name (习近平 -> 习 近平); off for names known to be foreign renderings (普京).
 */
export function nameParts(name: string, splitNative = true): NamePart[] {
  const cacheKey = splitNative ? name : `\u0000${name}`;
  const hit = partsCache.get(cacheKey);
  if (hit) return hit;
  const parts = splitName(name, splitNative);
  if (partsCache.size > 12_500) partsCache.clear();
  partsCache.set(cacheKey, parts);
  return parts;
}

const QUOTES = /["“”«»]/;
const HYPHENS = /[-‐‑]/;
const COMMAS = /[,،]/;
const NOT_NAME_CHAR = /[^\p{L}\p{M}\p{N}.']/u;

function splitName(name: string, splitNative: boolean): NamePart[] {
  // Each global replace is tried only where it can match: most names have no brackets, quotes, hyphens or commas.
  let text = name.normalize('NFC');
  if (text.includes('(')) text = text.replace(/\([^)]*\)/g, ' ');
  if (QUOTES.test(text)) text = text.replace(/["“”«»]/g, ' ');
  // The Arabic article assimilated to a sun letter (`as-Sisi`, `ash-Shara`, `ад-Дин`) is a particle too.
  if (HYPHENS.test(text)) text = text.replace(/(^|\s)(a[srtdzn]|ash|ath|adh|ас|аш|ар|ат|ад|аз|ан)[-‐‑](?=\p{L})/giu, '$1');
  const comma = COMMAS.test(text) ? text.split(/[,،]/) : [text];
  if (comma.length >= 2 && comma[0]!.trim() && comma[1]!.trim()) {
    const after = comma[1]!.trim();
    // `Robertson, George` is reordered; `George Robertson, Baron Robertson of Port Ellen` keeps its name part.
    if (comma.length > 2 || after.split(/\s+/).length >= 3 || TITLES_AFTER_COMMA.test(after)) text = comma[0]!;
    else text = `${after} ${comma[0]}`;
  }
  const words = text
    .split(/[\s\-‐‑–·・•_/]+|(?<=\.)/u)
    .map((w) => (NOT_NAME_CHAR.test(w) ? w.replace(/[^\p{L}\p{M}\p{N}.']/gu, '') : w))
    .filter((w) => /\p{L}/u.test(w));
  // A name in Chinese characters written in several words (`尤利娅·季莫申科`) is a foreign one.
  const severalWords = words.length > 1;
  if (splitNative) {
    // Hangul words with spaces between them are a foreign name (`세르게이 라브로프`), not family and given names.
    const spaced = words.length > 1 && words.every((w) => /^[\uac00-\ud7af]+$/.test(w));
    const native = words.length === 1 ? splitHangulName(words[0]!) : spaced ? words : words.flatMap((w) => (/[\uac00-\ud7af]/.test(w) ? splitHangulName(w) : [w]));
    words.splice(0, words.length, ...native);
  }
  const parts: NamePart[] = [];
  // Korean and Chinese names in Latin letters: romanisations swap ch and j (`Chung` / `Jung`, Wade-Giles `Chiang` / `Jiang`).
  const eastAsian = words.length >= 2 && words.length <= 4 && EAST_ASIAN_FAMILY.has(words[0]!.toLowerCase());
  for (let index = 0; index < words.length; index++) {
    const part = wordPart(words[index]!, index === words.length - 1, eastAsian, severalWords);
    if (part) parts.push(part);
  }
  return parts;
}

// Names share their words (`Vladimir`, `Kim`, `bin`): a word's part is computed once for each combination of
// the facts that change it, in one memo per combination keyed by the word (no key string to build and hash).
const wordParts = Array.from({ length: 8 }, (_, k) => new BoundedMemo<NamePart | null>(k === 0 ? 12_500 : 2_500));

function wordPart(word: string, surnamePosition: boolean, eastAsian: boolean, severalWords: boolean): NamePart | null {
  // A fact that cannot change the part of this word does not choose the memo, so the word is computed once.
  const scripts = scriptsOf(word);
  const surnameMatters = surnamePosition && (scripts & CYRILLIC) !== 0;
  const severalMatters = severalWords && (scripts & HAN) !== 0;
  const memo = wordParts[(surnameMatters ? 4 : 0) + (eastAsian ? 2 : 0) + (severalMatters ? 1 : 0)]!;
  let part = memo.get(word);
  if (part === undefined) {
    part = computeWordPart(word, surnameMatters, eastAsian, severalMatters, scripts);
    memo.set(word, part);
  }
  return part;
}

const CYRILLIC = 1;
const HAN = 2;
/** Letters of Greek, Cyrillic, Hebrew, Arabic or later blocks: the script-specific readings below apply. */
const BEYOND_LATIN = 4;

function scriptsOf(word: string): number {
  let scripts = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x370) continue;
    scripts |= BEYOND_LATIN;
    if (c >= 0x400 && c <= 0x4ff) scripts |= CYRILLIC;
    else if (c >= 0x3400 && c <= 0x9fff) scripts |= HAN;
  }
  return scripts;
}

function computeWordPart(word: string, surnamePosition: boolean, eastAsian: boolean, severalWords: boolean, scripts: number): NamePart | null {
  // Tests for letters of other scripts are skipped for words in Latin letters (most words of most articles).
  const other = (scripts & BEYOND_LATIN) !== 0;
  // A Hebrew geresh written as an apostrophe (`ז'אן` Jean) is part of the letter, not punctuation.
  if (other && /[גזצץ]'/.test(word)) word = word.replace(/([גזצץ])'/g, '$1\u05f3');
  // Russian and Ukrainian case endings with a consonant survive the skeleton (`Байденом`, `Путиным`): off the
  // surname (given names such as `Касым` end the same way).
  const plain = word.includes('.') || word.includes("'") ? word.replace(/[.']/g, '') : word;
  const bare = surnamePosition ? plain.replace(/(?<=[\u0400-\u04ff]{3})(ом|ым|ого|его|ому|ему)$/u, '') : plain;
  const han = (scripts & HAN) !== 0 && /^[\u3400-\u9fff]+$/.test(bare);
  const reading = han ? pinyinLatin(bare) : toLatin(bare);
  const latin = ASCII_LOWER.test(reading) ? reading : reading.replace(/[^a-z]/g, '');
  const latinScript = /^[\p{Script=Latin}\p{M}.']+$/u.test(bare);
  if (!latin) return null;
  const vowelless = other && VOWELLESS.test(bare);
  const syllabic = other && SYLLABIC.test(bare);
  const arabicArticle = vowelless && /^(ال|لل)/.test(bare) && latin.length > 4;
  const core = arabicArticle ? latin.replace(/^a?l/, '') : latin;
  const altLatin: string[] = [];
  const nick = NICKNAMES.get(latin);
  if (nick) altLatin.push(nick);
  if (han) altLatin.push(...pinyinAlternates(bare, severalWords || bare.length >= 4));
  // Pinyin x in a Latin name is an s-like sound, not k-s (`Xi`, `Xu`).
  if (!han && /^x[aeiou]/.test(latin) && latin.length <= 6) altLatin.push(`s${latin.slice(1)}`);
  if (eastAsian && /^[a-z]+$/.test(latin) && /ch|j/.test(latin)) altLatin.push(/ch/.test(latin) ? latin.replace(/ch/g, 'j') : latin.replace(/j/g, 'ch'));
  // Greek ντ after a vowel is n-t as often as d (`Μοντόρο` Montoro, `Έντουαρντ` Edward).
  if (other && /[αεηιουωάέήίόύώ]ντ/iu.test(bare)) altLatin.push(toLatin(bare.replace(/([αεηιουωάέήίόύώ])ντ/giu, '$1νδ')).replace(/[^a-z]/g, ''));
  if (!vowelless && /^(al|el)[^aeiou]/.test(latin) && latin.length >= 6) altLatin.push(latin.slice(2));
  // Greek writes the zh of foreign names as ζ (`Ζακ` Jacques, `Ζιπέ` Juppé).
  if (other && /ζ/iu.test(bare)) altLatin.push(latin.replace(/z/g, 'zh'));
  // English ch before l, r or ae is k (`Michael`, `Christopher`, `Chloe`).
  if (!han && /ch(?=ae|[lr])/.test(latin)) altLatin.push(latin.replace(/ch(?=ae|[lr])/g, 'k'));
  if (latinScript) {
    // Slavic, Baltic and Hungarian c is ts (`Fico` / `Фицо`); French ill before a vowel is y (`Fillon` / `Фийон`);
    // Spanish j is kh (`José` / `Хосе`, `Rajoy` / `Рахой`).
    if (/c(?=[aou]|$)/.test(latin)) altLatin.push(latin.replace(/c(?=[aou]|$)/g, 'ts'));
    if (/ill(?=[aeiou])/.test(latin)) altLatin.push(latin.replace(/ill(?=[aeiou])/g, 'iy'));
    if (/j(?=[aeiou])/.test(latin)) altLatin.push(latin.replace(/j(?=[aeiou])/g, 'h'));
    // English th is s in Chinese and Persian renderings (`Smith` / `史密斯`, `Kenneth` / `肯尼斯`).
    if (/th/.test(latin)) altLatin.push(latin.replace(/th/g, 's'));
  }
  const altKeys = altLatin.map((l) => skeletonOfLatin(l));
  const soft = softSkeletonOfLatin(core);
  if (soft) {
    altKeys.push(soft);
    altLatin.push(core.replace(/g(?=[eiy])/g, 'j'));
  }
  if (vowelless && /w/.test(core)) altKeys.push(skeletonOfLatin(core, true));
  if (vowelless) altKeys.push(skeletonOfLatin(core, false, true, true));
  // A foreign name that starts like the Arabic article (`الیزابت` Elizabeth, `الكسندر` Alexander) keeps it.
  if (arabicArticle) altKeys.push(skeletonOfLatin(latin));
  // Written W is a consonant in Latin script; Cyrillic, Greek and Arabic often render it as a vowel.
  if (!vowelless && !syllabic && /w/.test(core)) altKeys.push(skeletonOfLatin(core));
  if (other && /[פף]/.test(bare)) altKeys.push(skeletonOfLatin(core.replace(/p/g, 'f')));
  // Ukrainian and Belarusian г is h (`Гройсман` Hroisman).
  if (other && /[гГ]/.test(bare)) altKeys.push(skeletonOfLatin(toLatin(bare.replace(/г/g, 'х').replace(/Г/g, 'Х')).replace(/[^a-z]/g, '')));
  // Hebrew ב without its dot is v (`לברוב` Lavrov).
  if (other && /ב/.test(bare)) altKeys.push(skeletonOfLatin(core.replace(/b/g, 'v')));
  // Persian, Urdu and Turkish say ظ ذ ض as z and ث as s (`حافظ` Hafez, `غیاث` Ghayas).
  // Inside a joined name the article before a sun letter is not heard as l (`غیاث الدین` Ghayasuddin).
  const sunArticle = /.ال[تثدذرزسشصضطظن]/;
  if (other && (/[ظذضث]/.test(bare) || sunArticle.test(bare))) {
    const read = toLatin(bare.replace(/[ظذض]/g, 'ز').replace(/ث/g, 'س').replace(/(.)ال(?=[تثدذرزسشصضطظن])/g, '$1ا')).replace(/[^a-z]/g, '');
    altKeys.push(skeletonOfLatin(arabicArticle ? read.replace(/^a?l/, '') : read));
  }
  // A final ה writes a vowel (`קופה` Copé), not an h that would make a digraph with the letter before.
  if (other && /[\u05d0-\u05ea]ה$/.test(bare) && core.length > 2) altKeys.push(skeletonOfLatin(core.slice(0, -1)));
  const fine = fineForm(latin);
  const key = skeletonOfLatin(core, !vowelless && !syllabic, vowelless);
  // Readings that repeat the main one or each other only cost comparisons.
  const readings = new Map<string, [string, string]>();
  altKeys.forEach((k, i) => {
    const f = i < altLatin.length ? fineForm(altLatin[i]!) : fine;
    if (k !== key || f !== fine) readings.set(`${k}\u0000${f}`, [k, f]);
  });
  // Consonants before another consonant or at the end, but for n, m and ng, which Chinese syllables keep.
  const open = latinScript ? fine.replace(/(?<=[aeiou])(?:[bcdfghjklpqrstvwxz])(?=[bcdfghjklmnpqrstvwxz]|$)/g, '') : fine;
  return {
    openKey: open !== fine ? skeletonOfLatin(open) : '',
    openFine: open !== fine ? open : '',
    text: word,
    latin,
    fine,
    altKeys: [...readings.values()].map(([k]) => k),
    altFine: [...readings.values()].map(([, f]) => f),
    key,
    idKey: skeletonOfLatin(core),
    initial: bare.length === 1 || (word.endsWith('.') && bare.length <= 2),
    optional: vowelless ? VOWELLESS_PARTICLES.has(latin) : PARTICLES.has(latin),
    vowelless,
    syllabic,
    script: latinScript ? 'latin' : 'other',
  };
}
