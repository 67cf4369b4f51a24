import type { DateFact } from '../../core/model.js';
import { asciiDigits } from '../numbers/digits.js';
import { calendarRegex, calendarWords, foldForCalendar } from './calendar-words.js';

/** A date found in the text, before its written form and ISO form are filled in. */
type Found = Omit<DateFact, 'text' | 'iso'>;

const ISO = /(?<![\d.,/])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
// d/m[/y] and d.m.y (dots need the year: 40.00 or 1.5 are not dates).
const NUMERIC = /(?<![\d.,/:])(\d{1,2})(?:\/(\d{1,2})(?:\/(\d{4}|\d{2}))?|\.(\d{1,2})\.(\d{4}))(?![\d/]|[.,]\d)/g;
const CJK = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g;
const DAY_BEFORE = /(?<![\d.,])(\d{1,2})(?:\.|er|º|°|-?го|-?е)?\s*(?:de\s+|tháng\s+)?$/u;
const DAY_AFTER = /^\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d.,:]\d|\d)(?:,?\s*(\d{4})(?!\d))?/;
const YEAR_AFTER = /^\s*(?:,|de|del|năm|года|г\.|yılı)?\s*(\d{4})(?!\d)/u;
const WEEKDAY_LEAD = /(?:\b(?:on|last|this|le|ce|el|am|letzten)\s+|hôm\s+|في\s+|يوم\s+|в\s+|во\s+)$/u;

function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year === undefined) return true;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1;
}

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

function iso(found: Found): string {
  const mm = found.month ? String(found.month).padStart(2, '0') : '';
  const dd = found.day ? String(found.day).padStart(2, '0') : '';
  if (found.year && found.month && found.day) return `${found.year}-${mm}-${dd}`;
  if (found.month && found.day) return `--${mm}-${dd}`;
  if (found.year && found.month) return `${found.year}-${mm}`;
  if (found.month) return `--${mm}`;
  return found.year ? String(found.year) : '';
}

function publishedDate(published: string | undefined): Date | undefined {
  if (!published) return undefined;
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const CAPITALISED_NOUNS = /^(de|lb)\b/;

/**
 * Dates written in the text: absolute (`28 septembre`, `September 21, 2022`, `21/9`, `2022-09-21`, `9月21日`),
 * month-precision (`fin septembre`, `نهاية سبتمبر`), and relative ones (`mardi`, `вчера`) resolved against
 * the publication date when it is known.
 */
export function extractDates(text: string, lang: string, published?: string): DateFact[] {
  const digits = asciiDigits(text);
  const folded = foldForCalendar(digits, lang);
  const found: Found[] = [];
  // One flag per character already read as a date: overlap checks stay linear on huge texts.
  const taken = new Uint8Array(text.length);
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    return true;
  };
  const push = (f: Found) => {
    if (!free(f.start, f.end)) return;
    taken.fill(1, f.start, f.end);
    found.push(f);
  };

  for (const m of digits.matchAll(ISO)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (plausibleYear(year) && validDay(year, month, day)) push({ start: m.index!, end: m.index! + m[0].length, year, month, day });
  }
  for (const m of digits.matchAll(CJK)) {
    const year = m[1] ? Number(m[1]) : undefined;
    const month = Number(m[2]);
    const day = m[3] ? Number(m[3]) : undefined;
    if (month >= 1 && month <= 12 && (day === undefined || validDay(year, month, day))) push({ start: m.index!, end: m.index! + m[0].length, year, month, day });
  }

  const words = calendarWords(lang);
  const pub = publishedDate(published);
  for (const m of folded.matchAll(calendarRegex(lang))) {
    const word = words.get(m[1].replace(/\s+/g, ' '));
    if (!word) continue;
    let start = m.index!;
    // The optional dot belongs to abbreviations (`sept.`), not to a long name ending a sentence.
    let end = m.index! + m[0].length - (word.long && m[0].endsWith('.') ? 1 : 0);
    if (word.kind === 'month') {
      const before = digits.slice(Math.max(0, start - 16), start);
      const after = digits.slice(end, end + 24);
      const month = word.value;
      const dayBefore = DAY_BEFORE.exec(before);
      if (dayBefore && validDay(undefined, month, Number(dayBefore[1]))) {
        const day = Number(dayBefore[1]);
        start -= dayBefore[0].length;
        const y = YEAR_AFTER.exec(after);
        const year = y && plausibleYear(Number(y[1])) ? Number(y[1]) : undefined;
        if (year) end += y![0].length;
        if (validDay(year, month, day)) push({ start, end, year, month, day });
        continue;
      }
      const dayAfter = DAY_AFTER.exec(after);
      if (dayAfter && validDay(undefined, month, Number(dayAfter[1]))) {
        const year = dayAfter[2] && plausibleYear(Number(dayAfter[2])) ? Number(dayAfter[2]) : undefined;
        push({ start, end: end + dayAfter[0].length, year, month, day: Number(dayAfter[1]) });
        continue;
      }
      const y = YEAR_AFTER.exec(after);
      if (y && plausibleYear(Number(y[1]))) {
        push({ start, end: end + y[0].length, year: Number(y[1]), month });
        continue;
      }
      if (!word.long) continue;
      // A month name hyphenated to a capitalised word is part of a name (Turkish `Kasım-Cömert`: Kasım is
      // November); `mid-December`, `julio-septiembre` and German compounds (`März-Wahl`) stay dates.
      if (!CAPITALISED_NOUNS.test(lang) && /^[-‐‑]\p{Lu}/u.test(digits.slice(end, end + 2))) continue;
      const lead = modifierBefore(folded, start, lang);
      push({ start: lead ?? start, end, month });
    } else if (word.kind === 'relative' || word.kind === 'weekday') {
      if (!pub) continue;
      if (word.kind === 'weekday') {
        // A bare weekday name is often a heading or a recurring event; "on Tuesday" / "hôm thứ Ba" is a date.
        const lead = WEEKDAY_LEAD.exec(folded.slice(Math.max(0, start - 12), start));
        if (!lead && !['fr', 'de', 'es', 'it', 'pt', 'ru', 'pl', 'ar'].includes(lang)) continue;
        if (lead) start -= lead[0].length;
      }
      const date = new Date(pub.getTime());
      if (word.kind === 'relative') date.setUTCDate(date.getUTCDate() + word.value);
      else date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() - word.value + 7) % 7));
      push({ start, end, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), relative: true });
    }
  }

  for (const m of digits.matchAll(NUMERIC)) {
    const first = Number(m[1]);
    const second = Number(m[2] ?? m[4]);
    const rawYear = m[3] ?? m[5];
    let year = rawYear ? Number(rawYear.length === 2 ? `20${rawYear}` : rawYear) : undefined;
    if (year !== undefined && !plausibleYear(year)) year = undefined;
    // US order only where it cannot be day-first.
    let [day, month] = [first, second];
    if (lang === 'en' && second > 12 && first <= 12) [day, month] = [second, first];
    if (!rawYear && day <= 4 && month <= 4) continue; // 1/2, 3/4: fractions, not dates
    if (rawYear && year === undefined) continue;
    if (validDay(year, month, day)) push({ start: m.index!, end: m.index! + m[0].length, year, month, day });
  }

  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      text: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      ...(f.year !== undefined ? { year: f.year } : {}),
      ...(f.month !== undefined ? { month: f.month } : {}),
      ...(f.day !== undefined ? { day: f.day } : {}),
      ...(f.relative ? { relative: true } : {}),
      iso: iso(f),
    }));
}

/** Start of a modifier ("fin", "نهاية", "end of") written just before a month name, if any. */
function modifierBefore(folded: string, monthStart: number, lang: string): number | undefined {
  const before = folded.slice(Math.max(0, monthStart - 24), monthStart);
  const words = calendarWords(lang);
  const m = /([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)(?:\s+|-)(?:(?:of|de|du|del|d'|di)\s+)?$/u.exec(before);
  if (!m) return undefined;
  const candidates = m[1].split(/\s+/);
  for (let i = 0; i < candidates.length; i++) {
    const phrase = candidates.slice(i).join(' ');
    if (words.get(phrase)?.kind === 'modifier') return monthStart - (before.length - before.lastIndexOf(phrase));
  }
  return undefined;
}
