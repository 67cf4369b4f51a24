// Initial consonants of Hangul syllables (in Unicode order) and the Latin initials that Revised, McCune-Reischauer
// and North Korean romanisations write for them: ㄱ is g or k, ㅈ j or ch, ㄹ r or l (or n, or nothing, as a
// family name or at a word's start), ㅇ nothing (or a glide).
const INITIALS: string[][] = [
  ['g', 'k'], ['kk', 'gg', 'k'], ['n', 'r', 'l', 'y', ''], ['d', 't'], ['tt', 'dd', 't'], ['r', 'l', 'n', 'y', ''], ['m'], ['b', 'p'], ['pp', 'bb', 'p'],
  ['s', 'sh'], ['ss', 's'], ['', 'y', 'w'], ['j', 'ch', 'tch', 'tz', 'z'], ['jj', 'tch', 'ch', 'j'], ['ch', 'ts', 'j'], ['k', 'kh'], ['t', 'th'], ['p', 'ph'], ['h'],
];

// Medial vowels (in Unicode order) and the letters a romanisation may start them with (`ŏ` written o or u, `eu` u).
const MEDIALS: string[] = ['a', 'ae', 'yai', 'yae', 'oue', 'e', 'youei', 'ye', 'ou', 'woau', 'woau', 'owe', 'yo', 'uo', 'wou', 'wue', 'wui', 'yu', 'ueo', 'uie', 'iey'];
// Family names with a silent or liquid initial are spelled with l, r, n, y or nothing (`이` Lee, Yi, Rhee; `노` Roh).
const LIQUID_OR_SILENT = new Set([2, 5, 11]);

const LATIN_INITIAL = /^(tch|tts|kk|gg|tt|dd|pp|bb|ss|jj|ch|sh|ts|tz|kh|th|ph|[bcdfghjklmnpqrstvwxyz])?/;

/** Whether a romanised syllable (`jae`, `chong`) can write a Hangul syllable (`재`, `정`): its initial consonant and the start of its vowel. */
function syllableAgrees(latin: string, hangul: string, family: boolean): boolean {
  const code = hangul.charCodeAt(0) - 0xac00;
  if (code < 0 || code >= 11172) return false;
  const index = Math.floor(code / 588);
  const medial = Math.floor((code % 588) / 28);
  const initial = LATIN_INITIAL.exec(latin)?.[0] ?? '';
  const initialOk = INITIALS[index]!.includes(initial) || (family && LIQUID_OR_SILENT.has(index) && /^[lrnyw]?$/.test(initial));
  // A glide written as the initial (`yo`, `wan`) starts the vowel.
  const vowel = (/^[yw]$/.test(initial) ? latin : latin.slice(initial.length)).replace(/^h/, '');
  return initialOk && vowel.length > 0 && MEDIALS[medial]!.includes(vowel[0]!);
}

/**
 * Whether romanised syllables (`Jae`, `in`) spell a Korean name written in Hangul (`재인`): one syllable each, each
 * starting as a romanisation starts the Hangul one. Vowels are left out: romanisations spell them too differently.
 */
export function koreanSyllablesAgree(latin: string[], hangul: string, family = false): boolean {
  const syllables = [...hangul];
  return syllables.length === latin.length && syllables.every((s, i) => syllableAgrees(latin[i]!.toLowerCase(), s, family));
}

// Korean names in Cyrillic (Kontsevich system): чж is ㅈ (j), чх is ㅊ (ch), ё ю я е carry the y glide that
// a letter-by-letter transliteration drops (`Ён` yong, `Мён` myong).
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ё: 'yo', ж: 'j', з: 'j', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'w', ф: 'p', х: 'h', ц: 'ts', ч: 'ch', ш: 's', щ: 's', ъ: '', ы: 'eu',
  ь: '', э: 'ae', ю: 'yu', я: 'ya',
};
const KOREAN_FAMILY = new Set([
  'kim', 'gim', 'ri', 'li', 'lee', 'yi', 'i', 'rhee', 'pak', 'park', 'bak', 'choe', 'choi', 'chhoe', 'chkhve', 'chwe', 'jong', 'chong', 'jeong', 'chung', 'kang', 'gang',
  'jo', 'cho', 'yun', 'yoon', 'jang', 'chang', 'rim', 'lim', 'im', 'han', 'o', 'oh', 'so', 'seo', 'sin', 'shin', 'kwon', 'gwon', 'hwang', 'an', 'ahn', 'song', 'ryu',
  'yu', 'yoo', 'hong', 'jon', 'chon', 'jeon', 'ko', 'go', 'mun', 'moon', 'yang', 'son', 'pae', 'bae', 'paek', 'baek', 'ho', 'heo', 'hyon', 'hyeon', 'ro', 'roh', 'no',
  'nam', 'sim', 'shim', 'ban', 'pan', 'ju', 'chu', 'u', 'woo', 'ku', 'gu', 'min', 'ma', 'kye', 'gye', 'thae', 'tae', 'ham', 'pyon', 'byeon', 'yom', 'yeom', 'won', 'chon',
]);

function cyrillicKorean(word: string): string {
  return [...word.toLowerCase()].map((ch) => CYRILLIC[ch] ?? ch).join('').replace(/chj/g, 'j').replace(/chh/g, 'ch');
}

// A syllable as romanisations write it: a Western word (`Jones`, `Anderson`) does not fit.
const KOREAN_SYLLABLE = /^(?:[bcdfghjklmnpqrstvwxz]{0,3}[yw]?[aeiou]{1,3}(?:r?(?:ng|n|m|l|k|p|t|ch)|r|h)?)$/;
const SYLLABLE_INITIAL = /^(?:tch|chh|ch|kk|gg|tt|dd|pp|bb|ss|jj|sh|ts|kh|th|ph|[bcdfghjklmnpqrstvwxz])?/;

function initialClass(initial: string): string {
  if (/^(?:k|g|kk|gg|q|kh)$/.test(initial)) return 'k';
  if (/^(?:t|d|tt|dd|th)$/.test(initial)) return 't';
  if (/^(?:p|b|pp|bb|ph|f)$/.test(initial)) return 'p';
  if (/^(?:s|ss|sh)$/.test(initial)) return 's';
  if (/^(?:j|jj|ch|chh|tch|ts|z|c)$/.test(initial)) return 'j';
  if (/^(?:r|l)$/.test(initial)) return 'r';
  return initial;
}

// The Hangul vowels a spelled vowel may write: ㅓ is eo, ŏ, o or u (`Jung`), or е in Russian usage (`Чен`);
// ㅡ is eu, ŭ, u or ы; ㅚ oe, oi or we (`Choe`, `Choi`, `Чхве`). Two spellings agree when their sets meet.
const VOWEL_READINGS: Array<[RegExp, string[]]> = [
  [/^(?:eo)/, ['ㅓ']], [/^(?:eu)/, ['ㅡ']], [/^(?:ui)/, ['ㅡ', 'ㅣ']], [/^(?:ee|i)/, ['ㅣ']], [/^(?:ae|ai)/, ['ㅐ']], [/^(?:oe|oi)/, ['ㅐ']],
  [/^(?:oo)/, ['ㅜ']], [/^e/, ['ㅐ', 'ㅓ']], [/^o/, ['ㅗ', 'ㅓ']], [/^u/, ['ㅜ', 'ㅓ', 'ㅡ']], [/^a/, ['ㅏ']],
];

function vowelReadings(rest: string): string[] {
  const v = rest.replace(/^[yw]/, '');
  for (const [re, readings] of VOWEL_READINGS) if (re.test(v)) return readings;
  return [];
}

// Final consonants by class; Cyrillic writes -ng as н, so n and ng are one.
function finalClass(syllable: string): string {
  // An r before the final consonant and a final h are English spelling (`Park` for 박, `Roh` for 노).
  const final = (/[^aeiouy]*$/.exec(syllable)?.[0] ?? '').replace(/^r(?=.)/, '').replace(/^h$/, '');
  if (/^(?:n|ng)$/.test(final)) return 'n';
  if (/^(?:l|r)$/.test(final)) return 'l';
  if (/^(?:k|g|kk)$/.test(final)) return 'k';
  if (/^(?:p|b)$/.test(final)) return 'p';
  if (/^(?:t|d|s|ss|tch|ch|j)$/.test(final)) return 't';
  return final;
}

function syllablesMatch(x: string, y: string, family: boolean): boolean {
  const ix = SYLLABLE_INITIAL.exec(x)?.[0] ?? '';
  const iy = SYLLABLE_INITIAL.exec(y)?.[0] ?? '';
  const cx = initialClass(ix);
  const cy = initialClass(iy);
  const silent = (c: string) => c === '' || c === 'y' || c === 'w' || c === 'r' || c === 'n';
  const initialOk = cx === cy || (family && silent(cx) && silent(cy)) || ((cx === 'y' || cx === 'w' || cx === '') && (cy === 'y' || cy === 'w' || cy === ''));
  const vx = ix === 'y' || ix === 'w' ? x : x.slice(ix.length);
  const vy = iy === 'y' || iy === 'w' ? y : y.slice(iy.length);
  const readingsY = vowelReadings(vy);
  return initialOk && vowelReadings(vx).some((r) => readingsY.includes(r)) && finalClass(x) === finalClass(y);
}

function koreanSyllables(name: string): string[] | undefined {
  const cyrillic = /[\u0400-\u04ff]/.test(name);
  if (!cyrillic && !/^[\p{Script=Latin}\s\-\u2010\u2011'’]+$/u.test(name)) return undefined;
  const syllables = name.trim().split(/[\s\-\u2010\u2011]+/).map((w) => (cyrillic ? cyrillicKorean(w) : w.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')));
  // Cyrillic writes the -ng of `Hwang`, `Kang` as н.
  const family = syllables[0]!;
  if (syllables.length < 2 || syllables.length > 4 || !(KOREAN_FAMILY.has(family) || (cyrillic && KOREAN_FAMILY.has(`${family}g`)))) return undefined;
  return syllables.every((s) => KOREAN_SYLLABLE.test(s)) ? syllables : undefined;
}

/**
 * Whether a Korean name in Cyrillic (`Пак Кын Хе`, `Ким Ён Нам`) and one in Latin letters (`Park Geun-hye`), or two
 * in Cyrillic, spell the same syllables: the same count, family name first, each syllable's initial consonant,
 * vowel and final consonant of one class across the Kontsevich, Revised and McCune-Reischauer systems.
 * Undefined when either name is not a Korean name of that shape.
 */
export function cyrillicKoreanNamesAgree(a: string, b: string): boolean | undefined {
  if (!/[\u0400-\u04ff]/.test(a + b)) return undefined;
  const x = koreanSyllables(a);
  const y = koreanSyllables(b);
  if (!x || !y) return undefined;
  // `Jae-in` is one given name in two syllables; `Jaein` would be one syllable here, so counts must agree.
  return x.length === y.length && x.every((s, i) => syllablesMatch(s, y[i]!, i === 0));
}
