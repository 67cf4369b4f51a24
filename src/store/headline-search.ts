import { foldText } from '../analyze/gazetteer/fold.js';

// Folded headlines of a story, one per line between spaces: a query folded the same way matches whatever its
// case and diacritics, in any script, and cannot run across two headlines.
export function headlineSearchText(headlines: string[]): string {
  const folded = new Set<string>();
  for (const headline of headlines) {
    const text = foldText(headline);
    if (text) folded.add(text);
  }
  return [...folded].map((text) => ` ${text} `).join('\n');
}

/** LIKE pattern (escape `\`) for a story-headline query, or undefined when the query has no letter or digit. */
export function headlineSearchPattern(query: string): string | undefined {
  const text = foldText(query);
  return text ? `%${text.replace(/[\\%_]/g, '\\$&')}%` : undefined;
}
