const segmenters = new Map<string, Intl.Segmenter>();

/** ICU's segmenter of a language (the root rules for a language ICU does not know), one per language and granularity. */
export function segmenter(lang: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${granularity}:${lang}`;
  let found = segmenters.get(key);
  if (!found) {
    try {
      found = new Intl.Segmenter(lang, { granularity });
    } catch {
      found = new Intl.Segmenter('und', { granularity });
    }
    segmenters.set(key, found);
  }
  return found;
}
