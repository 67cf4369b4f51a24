// Latin-script languages spell the same foreign sounds their own way: Russian Хрущёв is Khrushchev
// in English, Chruschtschow in German, Khrouchtchev in French, Chruszczow in Polish, Jrushchov in
// Spanish. Rewriting a name from its language's conventions into English ones lets the sound
// comparison see one name. Rules are ordered, longer clusters first; output in capitals is final
// (no later rule rewrites it) and is lower-cased at the end.
type Rules = Array<[RegExp, string]>;

const GERMAN: Rules = [
  [/dsch/g, 'j'], [/tsch/g, 'CH'], [/sch/g, 'SH'], [/ch/g, 'kh'], [/w/g, 'v'], [/j/g, 'y'],
];
const POLISH: Rules = [
  [/ch/g, 'kh'], [/szcz/g, 'shch'], [/cz/g, 'ch'], [/sz/g, 'sh'], [/rz/g, 'zh'], [/ż/g, 'zh'], [/ź/g, 'z'], [/ś/g, 's'], [/ć/g, 'ch'],
  [/ł/g, 'l'], [/w/g, 'v'], [/(?<=[bcdfgklmnprstvwz])ie/g, 'e'], [/j/g, 'y'],
];
// Czech, Slovak and the Latin spellings of South Slavic languages.
const CZECH: Rules = [
  [/ch/g, 'kh'], [/č/g, 'ch'], [/š/g, 'sh'], [/ž/g, 'zh'], [/ř/g, 'rzh'], [/c/g, 'ts'], [/j/g, 'y'], [/ć/g, 'ch'], [/đ/g, 'dj'],
];
const FRENCH: Rules = [
  [/dj/g, 'j'], [/tch/g, 'CH'], [/ch/g, 'sh'], [/ou/g, 'u'], [/ï/g, 'i'], [/ë/g, 'e'], [/ç/g, 's'],
];
const SPANISH: Rules = [[/j/g, 'kh'], [/ñ/g, 'ny']];
const DUTCH: Rules = [[/tsj/g, 'CH'], [/sj/g, 'sh'], [/ch/g, 'kh'], [/oe/g, 'u'], [/j/g, 'y']];
const TURKISH: Rules = [[/ç/g, 'CH'], [/ş/g, 'SH'], [/c/g, 'j'], [/ı/g, 'i']];
const HUNGARIAN: Rules = [[/cs/g, 'ch'], [/zs/g, 'zh'], [/sz/g, 'S'], [/s/g, 'sh'], [/j/g, 'y']];
const NORDIC: Rules = [[/tsj/g, 'CH'], [/sj/g, 'sh'], [/j/g, 'y']];
// Lithuanian and Latvian add nominative endings to foreign names (`Vladimiras Putinas`, `Londonas` London).
const LITHUANIAN: Rules = [
  [/(?<=\p{L}{3})(?:as|is|ys|us)(?=\s|$)/gu, ''], [/ch/g, 'kh'], [/č/g, 'CH'], [/š/g, 'SH'], [/ž/g, 'ZH'], [/j/g, 'y'],
];
const LATVIAN: Rules = [
  [/(?<=\p{L}{3}[^aeiouāēīū\s])(?:s|š|is|us)(?=\s|$)/gu, ''], [/ch/g, 'kh'], [/č/g, 'CH'], [/š/g, 'SH'], [/ž/g, 'ZH'], [/j/g, 'y'],
];
const ROMANIAN: Rules = [[/[șş]/g, 'sh'], [/[țţ]/g, 'ts']];
const ALBANIAN: Rules = [[/xh/g, 'J'], [/ç/g, 'CH'], [/q/g, 'KY'], [/ë/g, 'e'], [/x/g, 'DZ'], [/j/g, 'y']];
const AZERBAIJANI: Rules = [[/ç/g, 'CH'], [/ş/g, 'SH'], [/c/g, 'J'], [/x/g, 'KH'], [/ə/g, 'a'], [/ı/g, 'i'], [/q/g, 'G']];
const UZBEK: Rules = [[/(?<=[og])['ʻʼ‘’]/g, ''], [/x/g, 'KH'], [/q/g, 'K']];
const INDONESIAN: Rules = [[/dj/g, 'J'], [/tj/g, 'CH'], [/sy/g, 'SH'], [/c/g, 'CH'], [/oe/g, 'u']];
const ITALIAN: Rules = [
  [/sci(?=[aou])/g, 'SH'], [/sc(?=[ei])/g, 'SH'], [/ci(?=[aou])/g, 'CH'], [/c(?=[ei])/g, 'CH'], [/gi(?=[aou])/g, 'J'], [/g(?=[ei])/g, 'J'],
  [/ch/g, 'K'], [/gh/g, 'G'],
];
const VIETNAMESE: Rules = [[/đ/g, 'D'], [/gi/g, 'Z'], [/d/g, 'z'], [/tr/g, 'CH'], [/x/g, 's'], [/nh/g, 'NY']];
const PORTUGUESE: Rules = [[/ch/g, 'SH'], [/lh/g, 'LY'], [/nh/g, 'NY']];

const BY_LANGUAGE: Record<string, Rules> = {
  de: GERMAN, lb: GERMAN, pl: POLISH, cs: CZECH, sk: CZECH, sl: CZECH, hr: CZECH, bs: CZECH, sh: CZECH, sr: CZECH,
  fr: FRENCH, es: SPANISH, ca: FRENCH, nl: DUTCH, tr: TURKISH, az: AZERBAIJANI, hu: HUNGARIAN,
  sv: NORDIC, no: NORDIC, nb: NORDIC, nn: NORDIC, da: NORDIC, fi: NORDIC, et: NORDIC,
  lt: LITHUANIAN, lv: LATVIAN, ro: ROMANIAN, mo: ROMANIAN, sq: ALBANIAN, uz: UZBEK, id: INDONESIAN, ms: INDONESIAN,
  it: ITALIAN, pt: PORTUGUESE, vi: VIETNAMESE,
};

/**
 * A Latin name respelled from its language's conventions into English ones, or undefined when the
 * language has no rules, the name is not in Latin script, or nothing changes.
 */
export function englishSpelling(name: string, lang: string): string | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const rules = Object.hasOwn(BY_LANGUAGE, base) ? BY_LANGUAGE[base] : undefined;
  if (!rules || !/^[\p{Script=Latin}\s.'\-‐‑]+$/u.test(name)) return undefined;
  let out = name.normalize('NFC').toLowerCase();
  for (const [re, to] of rules) out = out.replace(re, to);
  out = out.toLowerCase();
  return out === name.toLowerCase() ? undefined : out;
}
