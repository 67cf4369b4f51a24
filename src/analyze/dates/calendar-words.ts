import { foldArabic } from '../text/arabic.js';
import { ownValue } from '../../core/own-value.js';

export type CalendarWordKind = 'month' | 'weekday' | 'relative' | 'modifier';

export interface CalendarWord {
  kind: CalendarWordKind;
  /** Month 1-12, weekday 0-6 (Sunday 0), or day offset for relative words. */
  value: number;
  /** Long month names may stand alone; short ones (`mar.`, `May`) only next to a day or year. */
  long: boolean;
}

// Month names Intl (CLDR) does not give: the Levantine/Iraqi Syriac names and Maghreb French-derived
// names, which Arabic news uses as often as the Egyptian/Gulf forms Intl has.
const ARABIC_MONTHS: Array<[string, number]> = [
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4], ['أيار', 5], ['حزيران', 6], ['تموز', 7],
  ['آب', 8], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['أوت', 8],
  ['شتنبر', 9], ['أكتوبر', 10], ['نونبر', 11], ['دجنبر', 12], ['يناير', 1], ['فبراير', 2], ['مارس', 3],
  ['أبريل', 4], ['إبريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7],
  ['أغسطس', 8], ['سبتمبر', 9], ['نوفمبر', 11], ['ديسمبر', 12],
];

// Words that turn a month into a month-precision expression ("end of September"). Hand-listed: CLDR has none.
const MODIFIERS: Record<string, string[]> = {
  en: ['end of', 'beginning of', 'start of', 'early', 'late', 'mid', 'middle of'],
  fr: ['fin', 'fin de', 'début', 'début de', 'mi', 'courant', 'à la fin de', 'au début de'],
  es: ['finales de', 'principios de', 'mediados de', 'fin de', 'finales del', 'inicios de'],
  pt: ['final de', 'início de', 'meados de', 'fim de'],
  it: ['fine', 'inizio', 'metà', 'fine di', 'inizio di'],
  de: ['ende', 'anfang', 'mitte'],
  ru: ['конце', 'начале', 'середине', 'конец', 'начало'],
  ar: ['نهاية', 'أواخر', 'بداية', 'أوائل', 'منتصف', 'مطلع', 'أواسط'],
  vi: ['cuối', 'đầu', 'giữa'],
  pl: ['koniec', 'końcu', 'początku', 'połowie'],
  tr: ['sonu', 'başı', 'ortası'],
};

/** Lower-casing and, for Arabic script, letter folding (1:1 in length, so offsets are kept). */
export function foldForCalendar(text: string, lang: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length && /[\u0600-\u06ff]/.test(text) ? foldLetters(lower) : lower;
}

function foldLetters(text: string): string {
  // foldArabic also drops diacritics (changing length); only its letter folds are applied here.
  return text.replace(/[أإآٱىیئةؤک]/g, (c) => foldArabic(c));
}

const cache = new Map<string, Map<string, CalendarWord>>();

function addWord(map: Map<string, CalendarWord>, raw: string, word: CalendarWord, lang: string): void {
  const key = foldForCalendar(raw.replace(/\.$/, '').trim(), lang);
  if (key.length < 2 || /\d/.test(key) && word.kind !== 'month') return;
  const known = map.get(key);
  if (!known || (word.long && !known.long)) map.set(key, word);
}

/**
 * Month and weekday names (long and short, format and stand-alone, genitive as used with a day),
 * "yesterday/today/tomorrow", from Intl for the language and English, built once per language.
 */
export function calendarWords(lang: string): Map<string, CalendarWord> {
  let map = cache.get(lang);
  if (map) return map;
  map = new Map();
  for (const locale of lang === 'en' ? ['en'] : [lang, 'en']) {
    let supported = true;
    try {
      new Intl.DateTimeFormat(locale);
    } catch {
      supported = false;
    }
    if (!supported) continue;
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2022, month - 1, 15, 12));
      for (const style of ['long', 'short'] as const) {
        const long = style === 'long';
        const standalone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(date);
        addWord(map, standalone, { kind: 'month', value: month, long }, lang);
        for (const part of new Intl.DateTimeFormat(locale, { month: style, day: 'numeric', timeZone: 'UTC' }).formatToParts(date)) {
          if (part.type === 'month') addWord(map, part.value, { kind: 'month', value: month, long }, lang);
        }
      }
    }
    for (let weekday = 0; weekday < 7; weekday++) {
      const date = new Date(Date.UTC(2022, 0, 2 + weekday, 12)); // 2 January 2022 was a Sunday.
      const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date);
      addWord(map, name, { kind: 'weekday', value: weekday, long: true }, lang);
    }
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    for (const offset of [-1, 0, 1]) addWord(map, relative.format(offset, 'day'), { kind: 'relative', value: offset, long: true }, lang);
  }
  // CLDR's English short September is "Sep"; news style guides write "Sept.".
  // (Only for English: French "sept" is seven.)
  if (lang === 'en') addWord(map, 'sept', { kind: 'month', value: 9, long: false }, lang);
  if (lang === 'ar') {
    for (const [name, month] of ARABIC_MONTHS) addWord(map, name, { kind: 'month', value: month, long: true }, lang);
    addWord(map, 'الأمس', { kind: 'relative', value: -1, long: true }, lang);
  }
  for (const modifier of [...(ownValue(MODIFIERS, lang) ?? []), ...(lang === 'en' ? [] : MODIFIERS.en)]) {
    addWord(map, modifier, { kind: 'modifier', value: 0, long: true }, lang);
  }
  // English "May"/"March" are also a verb: they need a day or year next to them.
  for (const ambiguous of ['may', 'march']) {
    const word = map.get(ambiguous);
    if (word?.kind === 'month') map.set(ambiguous, { ...word, long: false });
  }
  cache.set(lang, map);
  return map;
}

const regexes = new Map<string, RegExp>();

/** One regex matching every calendar word of the language as a whole word, longest first. */
export function calendarRegex(lang: string): RegExp {
  let regex = regexes.get(lang);
  if (regex) return regex;
  const words = [...calendarWords(lang).keys()].sort((a, b) => b.length - a.length);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // Arabic words may carry a one-letter proclitic (و, ب, ل, ف) or the article.
  regex = new RegExp(`(?<![\\p{L}\\p{M}])(?:[وبلف]?(?:ال)?)?(${escaped.join('|')})(?![\\p{L}\\p{M}\\p{N}])\\.?`, 'gu');
  regexes.set(lang, regex);
  return regex;
}
