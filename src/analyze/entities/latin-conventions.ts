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
  [/dj/g, 'j'], [/tch/g, 'CH'], [/ch/g, 'sh'], [/ou/g, 'u'], [/ï/g, 'i'], [/ë/g, 'e'],
];
const SPANISH: Rules = [[/j/g, 'kh'], [/ñ/g, 'ny']];
const DUTCH: Rules = [[/tsj/g, 'CH'], [/sj/g, 'sh'], [/ch/g, 'kh'], [/oe/g, 'u'], [/j/g, 'y']];
const TURKISH: Rules = [[/ç/g, 'ch'], [/ş/g, 'sh'], [/c/g, 'j'], [/ı/g, 'i']];
const HUNGARIAN: Rules = [[/cs/g, 'ch'], [/zs/g, 'zh'], [/sz/g, 'S'], [/s/g, 'sh'], [/j/g, 'y']];
const NORDIC: Rules = [[/tsj/g, 'ch'], [/sj/g, 'sh'], [/j/g, 'y']];

const BY_LANGUAGE: Record<string, Rules> = {
  de: GERMAN, lb: GERMAN, pl: POLISH, cs: CZECH, sk: CZECH, sl: CZECH, hr: CZECH, bs: CZECH, sh: CZECH, sr: CZECH,
  fr: FRENCH, es: SPANISH, ca: FRENCH, nl: DUTCH, tr: TURKISH, az: TURKISH, hu: HUNGARIAN,
  sv: NORDIC, no: NORDIC, nb: NORDIC, nn: NORDIC, da: NORDIC, fi: NORDIC, et: NORDIC,
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
