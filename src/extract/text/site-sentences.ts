// A batch of articles from one site carries the site's chrome inside the text when it was scraped
// flat: cookie notices, "follow us" prompts, syndication disclaimers, bot-check pages. Two unrelated
// articles of that site then share whole sentences, which reads as shared news. A sentence that
// two or more articles of one site share verbatim is taken as the site's, not the article's.
// (Short scraped texts can be mostly chrome, so how much two records share cannot tell chrome
// from an updated version of one article: updates from one site in one batch lose their shared
// sentences too. An exact copy is one article posted twice and keeps its text.)
import { lineKey } from './site-line-stats.js';

export interface SiteText {
  url?: string | null;
  text: string;
}

const SENTENCE_BREAK = /(?<=[.!?。！？؟])\s+|\r\n?|\n/;
const MIN_WORDS = 5;
/** Scripts without spaces (Chinese, Japanese, Thai) count characters instead of words. */
const MIN_UNSPACED_CHARACTERS = 25;

function siteOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function sentenceKey(sentence: string): string | undefined {
  const key = lineKey(sentence);
  const words = key ? key.split(' ').length : 0;
  return words >= MIN_WORDS || (words > 0 && key.length >= MIN_UNSPACED_CHARACTERS && words < 3) ? key : undefined;
}

/**
 * The records with every sentence removed that another record of the same site (by URL host) also
 * contains. Records without a URL, or alone on their site, are returned as they are.
 */
export function withoutSharedSiteSentences<T extends SiteText>(records: readonly T[]): T[] {
  const bySite = new Map<string, Map<string, number>>();
  const counted = new Set<string>();
  for (const record of records) {
    const site = siteOf(record.url);
    const copyKey = `${site}\u0000${record.text}`;
    if (!site || counted.has(copyKey)) continue;
    counted.add(copyKey);
    let counts = bySite.get(site);
    if (!counts) bySite.set(site, (counts = new Map()));
    const seen = new Set<string>();
    for (const sentence of record.text.split(SENTENCE_BREAK)) {
      const key = sentenceKey(sentence);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return records.map((record) => {
    const counts = bySite.get(siteOf(record.url) ?? '');
    if (!counts) return record;
    const parts = record.text.split(SENTENCE_BREAK);
    const kept = parts.filter((sentence) => {
      const key = sentenceKey(sentence);
      return !key || (counts.get(key) ?? 0) < 2;
    });
    return kept.length === parts.length ? record : { ...record, text: kept.join(' ') };
  });
}
