import type { NumberFact, ResolvedEntity } from '../../core/model.js';

/** The pivot concept of counted people: `98.000 người`, `2 500 personnes`, `4 million people`, `100 ألف روسي`. */
export const PEOPLE_CONCEPT = 'en:peopl';
/** Concepts dictionaries give for words that count people (personnes reads `person`). */
const PEOPLE_WORDS = new Set([PEOPLE_CONCEPT, 'en:person']);
/** Characters allowed between a people word and the country that qualifies it (`người Nga`, `personnes russes`). */
const QUALIFIER_GAP = /^[\s\u00a0\u202f]{1,2}$/;

interface CountryMention {
  start: number;
  end: number;
}

/** Mentions of countries themselves (`loc:RU`), not of places within them: nationality words resolve to these. */
function countryMentions(entities: readonly ResolvedEntity[]): CountryMention[] {
  const mentions: CountryMention[] = [];
  for (const entity of entities) {
    if (entity.type !== 'place' || !entity.country || entity.id !== `loc:${entity.country}`) continue;
    for (const mention of entity.mentions) mentions.push({ start: mention.start, end: mention.end });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Index of the first mention (sorted by start, not overlapping) that ends after `offset`. */
function firstEndingAfter(mentions: readonly CountryMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Figures that count people share one subject, `en:peopl`, however the people are named: people, persons,
 * or a nationality (`100 ألف روسي`, 100,000 Russians). So sources giving different figures for the same
 * crowd meet (`98.000 người Nga` against `100 ألف روسي`). A people word followed by a country's name takes
 * that name into the counted words (`người Nga`). Facts are updated in place.
 */
export function normaliseCountedPeople(text: string, numbers: NumberFact[], entities: readonly ResolvedEntity[]): void {
  const mentions = countryMentions(entities);
  for (const fact of numbers) {
    if (!fact.counts || !fact.countsText) continue;
    // The counted words follow the figure closely (countedThing reads at most three words on).
    const countedStart = text.indexOf(fact.countsText, fact.end);
    if (countedStart < 0 || countedStart - fact.end > 64) continue;
    const countedEnd = countedStart + fact.countsText.length;
    // Mentions do not overlap, so the first one ending after the counted words' start is the only candidate.
    const next = mentions[firstEndingAfter(mentions, countedStart)];
    const named = next && next.start < countedEnd ? next : undefined;
    if (named) {
      fact.counts = PEOPLE_CONCEPT;
      delete fact.countsAlso;
      if (named.end > countedEnd) fact.countsText = text.slice(countedStart, named.end);
      continue;
    }
    if (!PEOPLE_WORDS.has(fact.counts) && !fact.countsAlso?.some((concept) => PEOPLE_WORDS.has(concept))) continue;
    fact.counts = PEOPLE_CONCEPT;
    delete fact.countsAlso;
    const qualifier = next && next.start >= countedEnd && QUALIFIER_GAP.test(text.slice(countedEnd, next.start)) ? next : undefined;
    if (qualifier) fact.countsText = text.slice(countedStart, qualifier.end);
  }
}
