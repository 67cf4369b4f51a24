import type { DateFact } from '../../core/model.js';

// Placeholder: date extraction is being built (issue #3).
export function extractDates(_text: string, _lang: string, _published?: string): DateFact[] {
  return [];
}
