import type { NumberFact } from '../../core/model.js';
import { foldForCalendar } from '../dates/calendar-words.js';
import type { Lexicon } from '../pivot/lexicon.js';
import type { Token } from '../text/token.js';
import { asciiDigits } from './digits.js';
import { APPROXIMATE, CLASSIFIERS, SCALES, SMALL_NUMBERS, UNIT_CONCEPTS, UNITS } from './number-words.js';
import { parseNumeral } from './parse-numeral.js';
import { ownValue } from '../../core/own-value.js';

export interface NumberOptions {
  /** Gives `counts` its concept id; without it `counts` is the written word's stem. */
  lexicon?: Lexicon;
  /** Spans already read as something else (dates): numbers inside them are skipped. */
  exclude?: Array<{ start: number; end: number }>;
}

// Letters right before a numeral make it part of a code (A320, v2); Chinese and Japanese write numbers against
// words, and Arabic joins a prefix to a figure with a tatweel (بـ1500, with 1500).
const NUMERAL = /(?<!(?![\u3040-\u30ff\u3400-\u9fff\u0640])[\p{L}\p{N}.,/:+#№-]|\d[.,])\d+(?:[.,]\d+)*(?:[ \u00a0\u202f]\d{3}(?![\d]))*(?:[.,]\d+)?(?![\p{N}]|[.,/:]\d)/gu;
const ORDINAL_AFTER = /^(?:st|nd|rd|th|er|ère|re|e|ème|eme|º|ª|°|-?й|-?го|-?я|-?е|-?ий|\.\s*(?=\p{Ll}))(?![\p{L}])/u;
const TIME_AFTER = /^(?:[:h]\d{2}|\s*(?:am|pm|a\.m\.|p\.m\.|h\b|giờ|час))/iu;
const PHONE_AFTER = /^[\s-]\d{2,4}[\s-]\d{2,4}/;
const ORDINAL_WORDS_BEFORE = /(?:\bno\.|\bn°|№|#)\s*$/iu;

interface Lists {
  scales: Array<[string, number]>;
  small: Record<string, number>;
  approximate: string[];
  units: Array<[string, string]>;
  /** Small number words as whole words followed by a space (or a Chinese character), if the language has any. */
  spelled?: RegExp;
}

const lists = new Map<string, Lists>();

function listsFor(lang: string): Lists {
  let l = lists.get(lang);
  if (l) return l;
  const fold = (w: string) => foldForCalendar(w, lang);
  const scales = Object.entries({ ...SCALES.en, ...(ownValue(SCALES, lang) ?? {}) }).map(([w, v]) => [fold(w), v] as [string, number]);
  scales.sort((a, b) => b[0].length - a[0].length);
  const approximate = [...(ownValue(APPROXIMATE, lang) ?? []), ...(lang === 'en' ? [] : APPROXIMATE.en)].map(fold).sort((a, b) => b.length - a.length);
  const units = Object.entries(UNITS).map(([w, u]) => [fold(w), u] as [string, string]).sort((a, b) => b[0].length - a[0].length);
  const small: Record<string, number> = {};
  for (const [w, v] of Object.entries(ownValue(SMALL_NUMBERS, lang) ?? SMALL_NUMBERS.en)) small[fold(w)] = v;
  const smallWords = Object.keys(small).sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const spelled = smallWords.length > 0 ? new RegExp(`(?<![\\p{L}\\p{M}])(${smallWords.join('|')})(?=[\\s\\u00a0]|[\\u3400-\\u9fff])`, 'gu') : undefined;
  l = { scales, small, approximate, units, spelled };
  lists.set(lang, l);
  return l;
}

/** A listed word at the start of `after` (whole word unless the script is unspaced). */
function wordAt(after: string, words: Array<[string, number]> | Array<[string, string]>): [string, number | string, number] | undefined {
  const lead = /^[\s\u00a0\u202f]*/.exec(after)![0].length;
  const rest = after.slice(lead);
  for (const [word, value] of words) {
    if (!rest.startsWith(word)) continue;
    const next = rest.charAt(word.length);
    const cjk = /[\u3400-\u9fff]/.test(word);
    if (!cjk && /[\p{L}\p{M}]/u.test(word.slice(-1)) && /[\p{L}\p{M}\p{N}]/u.test(next)) continue;
    const dot = next === '.' && /^(?:mln|mld|mrd|mio|tys|тыс|млн|млрд|md|mds|bn|mn)$/.test(word) ? 1 : 0;
    return [word, value, lead + word.length + dot];
  }
  return undefined;
}

/**
 * Numbers written in the text with their value in the local format, scale words, approximation,
 * unit and what they count. Dates, times, bare years, phone numbers and ordinals are skipped.
 */
export function extractNumbers(text: string, lang: string, tokens: Token[], options: NumberOptions = {}): NumberFact[] {
  const digits = asciiDigits(text);
  const folded = foldForCalendar(digits, lang);
  const l = listsFor(lang);
  const exclude = options.exclude ?? [];
  const facts: NumberFact[] = [];
  const sorted = [...exclude].sort((a, b) => a.start - b.start);
  const inside = (start: number, end: number) => {
    // Last excluded span starting before `end`; spans do not overlap each other, so it is the only candidate.
    const after = lowerBound(sorted, end);
    return after > 0 && sorted[after - 1].end > start;
  };

  const candidates: Array<{ start: number; end: number; value: number; plain: boolean }> = [];
  for (const m of digits.matchAll(NUMERAL)) {
    const start = m.index!;
    const end = start + m[0].length;
    const value = parseNumeral(m[0].replace(/[\u00a0\u202f]/g, ' '), lang);
    if (value === undefined || inside(start, end)) continue;
    const after = digits.slice(end, end + 12);
    if (ORDINAL_AFTER.test(after) || TIME_AFTER.test(after) || PHONE_AFTER.test(after)) continue;
    if (/\d:$/.test(digits.slice(Math.max(0, start - 2), start))) continue;
    if (/\+\d[\d\s()-]*$/.test(digits.slice(Math.max(0, start - 16), start))) continue; // inside a phone number
    if (ORDINAL_WORDS_BEFORE.test(digits.slice(Math.max(0, start - 6), start))) continue;
    candidates.push({ start, end, value, plain: /^\d+$/.test(m[0]) });
  }
  // Spelled-out numbers count only with a scale word (`four million`), else they are too often not numbers.
  if (l.spelled) {
    for (const m of folded.matchAll(l.spelled)) {
      const end = m.index! + m[0].length;
      if (!wordAt(folded.slice(end, end + 20), l.scales)) continue;
      if (inside(m.index!, end)) continue;
      candidates.push({ start: m.index!, end, value: l.small[m[1]], plain: false });
    }
  }
  candidates.sort((a, b) => a.start - b.start);

  for (const c of candidates) {
    let { end, value } = c;
    let unit: string | undefined;
    const scale = wordAt(folded.slice(end, end + 24), l.scales);
    if (scale) {
      value *= scale[1] as number;
      end += scale[2];
    }
    const unitAfter = wordAt(folded.slice(end, end + 20), l.units);
    if (unitAfter) {
      unit = unitAfter[1] as string;
      end += unitAfter[2];
    }
    let start = c.start;
    const before = folded.slice(Math.max(0, start - 24), start);
    const currencyBefore = /(us\$|\$|€|£|¥|₽|₸|₺)\s*$/u.exec(before);
    if (!unit && currencyBefore) {
      unit = ownValue(UNITS, currencyBefore[1]);
      start -= currencyBefore[0].length;
    }
    if (c.plain && !scale && !unit && c.value >= 1900 && c.value <= 2100) continue; // a bare year
    let approximate = false;
    const approx = l.approximate.find((cue) => {
      const at = before.length - cue.length;
      return before.trimEnd().endsWith(cue) && (at <= 0 || !/[\p{L}]/u.test(before.charAt(before.trimEnd().length - cue.length - 1)));
    });
    if (approx) approximate = true;
    const fact: NumberFact = { value, text: text.slice(start, end), start, end };
    if (approximate) fact.approximate = true;
    if (unit) fact.unit = unit;
    if (!unit) {
      const counted = countedThing(text, tokens, end, lang, options.lexicon);
      const unitCounted = counted.counts === undefined ? undefined : ownValue(UNIT_CONCEPTS, counted.counts);
      if (unitCounted) {
        fact.unit = unitCounted;
        fact.end = text.indexOf(counted.countsText!, end) + counted.countsText!.length;
        fact.text = text.slice(start, fact.end);
      } else Object.assign(fact, counted);
    }
    facts.push(fact);
  }
  return facts;
}

/** The noun written right after a number: what it counts (`98.000 người`, `100 ألف روسي`). */
function countedThing(text: string, tokens: Token[], end: number, lang: string, lexicon: Lexicon | undefined): Pick<NumberFact, 'counts' | 'countsAlso' | 'countsText'> {
  let i = lowerBound(tokens, end);
  let from: number | undefined;
  const classifiers = ownValue(CLASSIFIERS, lang);
  let afterClassifier = false;
  for (let hops = 0; i < tokens.length && hops < 3; i++, hops++) {
    const token = tokens[i];
    const gap = text.slice(hops === 0 ? end : tokens[i - 1].end, token.start);
    if (!/^[\s\u00a0\u202f'’]*$/.test(gap) || token.numeric) return {};
    from ??= token.start;
    // stopwords-iso lists nouns too (personnes, человек, شخص): only short function words (de, of) are
    // skipped, and never the noun a classifier announces (Vietnamese nhà).
    if (token.stop && token.norm.length <= 3 && !afterClassifier) continue;
    afterClassifier = classifiers?.has(token.norm) === true && hops < 2;
    if (afterClassifier) continue;
    const concepts = lexicon?.concepts(lang, { ...token, stop: false }).filter((c) => c.startsWith('en:')) ?? [];
    const countsText = text.slice(from, token.end);
    if (concepts.length === 0) return { counts: `w:${token.stem}`, countsText };
    return concepts.length === 1 ? { counts: concepts[0], countsText } : { counts: concepts[0], countsAlso: concepts.slice(1), countsText };
  }
  return {};
}

/** Index of the first item (sorted by start) starting at or after `offset`. */
function lowerBound(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
