import { ownValue } from '../core/own-value.js';
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

/**
 * Plain text of a short HTML string (feed titles are HTML in practice): tags dropped, then
 * character references decoded (in that order, so an escaped "&lt;div&gt;" stays as text).
 */
export function htmlToPlainText(value: string): string {
  return value
    .replace(/<[a-z!/?][^>]*>/gi, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, ref: string) => {
      const lower = ref.toLowerCase();
      if (lower.startsWith('#x')) return codePoint(parseInt(lower.slice(2), 16)) ?? match;
      if (lower.startsWith('#')) return codePoint(parseInt(lower.slice(1), 10)) ?? match;
      return ownValue(NAMED, lower) ?? match;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function codePoint(cp: number): string | undefined {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
}
