import { InvalidArgumentError } from 'commander';
import { CALENDAR_DATE_EXAMPLE, isCalendarDate } from '../core/calendar-date.js';
import { isLanguageCode } from '../core/language-code.js';

// Parsers for commander options: a value they refuse is a usage error (exit 2) naming the flag.

export function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a positive integer');
  return parsed;
}

export function wholeNumber(value: string): number {
  const parsed = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed)) throw new InvalidArgumentError('expected a whole number >= 0');
  return parsed;
}

export function calendarDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`expected a real ISO date such as ${CALENDAR_DATE_EXAMPLE}`);
  return value;
}

export function languageCode(value: string): string {
  if (!isLanguageCode(value)) throw new InvalidArgumentError('expected a language code such as en, ru or zh (ISO 639), not a language name');
  return value;
}
