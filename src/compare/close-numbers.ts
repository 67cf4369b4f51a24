import type { NumberFact } from '../core/model.js';

/** Relative difference under which a rounded figure and another stand for the same quantity (98,000 and 100,000). */
const ROUNDED_TOLERANCE = 0.02;
/** A figure with at most this many significant digits may be a rounding (100,000; 98,000; 1.5 million). */
const ROUNDED_DIGITS = 2;

function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

/**
 * Whether two figures report the same quantity: equal, or close when one of them is rounded. Two
 * exact figures that merely lie close (63,317 and 62,234 people) are different counts.
 */
export function closeNumbers(x: number, y: number): boolean {
  if (x === y) return true;
  if (Math.abs(x - y) > ROUNDED_TOLERANCE * Math.max(Math.abs(x), Math.abs(y))) return false;
  return significantDigits(x) <= ROUNDED_DIGITS || significantDigits(y) <= ROUNDED_DIGITS;
}

/**
 * A figure unlikely to recur by chance (6.1, 1,200; not 3 or 10): two articles giving it agree even when the
 * words after it differ, which they often do across languages (`1200栋房屋`, a classifier, against `1,200 homes`).
 */
export function distinctiveFigure(value: number): boolean {
  return !Number.isInteger(value) || Math.abs(value) >= 100;
}

/**
 * What a figure counts, with its unit (`en:peopl|`, `en:area|km2`), in each sense of the counted word
 * (منزل: `en:hous|`, `en:home|`): figures are compared with each other only under a subject they share.
 * Empty when nothing is written next to the figure.
 */
export function countedSubjects(fact: NumberFact): string[] {
  const unit = fact.unit ?? '';
  return countedConcepts(fact).map((concept) => `${concept}|${unit}`);
}

/** The senses of the counted word, first sense first; empty when nothing is written next to the figure. */
export function countedConcepts(fact: NumberFact): string[] {
  return fact.counts ? [fact.counts, ...(fact.countsAlso ?? [])] : [];
}

/** Whether two figures count the same thing in some sense (or either counts nothing said). */
export function sameCountedThing(x: NumberFact, y: NumberFact): boolean {
  if (!x.counts || !y.counts) return true;
  const ys = countedSubjects(y);
  return countedSubjects(x).some((subject) => ys.includes(subject));
}
