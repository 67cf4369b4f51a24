// Lines repeated across many documents of one site are chrome (site names, section labels,
// bylines of the desk, "Recent posts" headings) whatever the language.
import { normalizeLine } from './whitespace.js';

const MAX_WORDS = 12;

export function lineKey(line: string): string {
  return normalizeLine(line).toLocaleLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export class SiteLineStats {
  private readonly counts = new Map<string, number>();
  private docs = 0;

  /**
   * @param minDocuments a line must have been seen in at least this many documents
   * @param minShare ...and in at least this share of the documents observed
   */
  constructor(
    private readonly minDocuments = 3,
    private readonly minShare = 0.3,
    private readonly maxKeys = 200_000,
  ) {}

  get documentCount(): number {
    return this.docs;
  }

  /** Counts the short lines of one document (each at most once). */
  observe(text: string): void {
    this.docs++;
    const seen = new Set<string>();
    for (const line of text.split(/\r\n?|\n/)) {
      const key = lineKey(line);
      if (!key || key.split(' ').length > MAX_WORDS || seen.has(key)) continue;
      seen.add(key);
      if (!this.counts.has(key) && this.counts.size >= this.maxKeys) continue;
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
  }

  /** Whether a line is seen in so many documents of the site that it cannot be article text. */
  isBoilerplate(line: string): boolean {
    const key = lineKey(line);
    if (!key) return false;
    const n = this.counts.get(key) ?? 0;
    return n >= this.minDocuments && n / Math.max(1, this.docs) >= this.minShare;
  }
}
