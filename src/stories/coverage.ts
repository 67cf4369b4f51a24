import { analysedText } from '../analyze/analyzer.js';
import { countedSubjects, distinctiveFigure } from '../compare/close-numbers.js';
import type { ArticleAnalysis, NumberFact } from '../core/model.js';
import type { FactConflict, FactReport, SharedFact, SourceExclusive, StoryCoverage, TimelineEntry, VersionFamily } from './model.js';
import { preferredName } from '../core/preferred-name.js';
import { titleOrOpening } from '../core/display-title.js';
import { YEARLESS_DATE } from './date-label.js';

export interface CoverageArticle {
  id: string;
  title: string;
  text: string;
  lang: string;
  site?: string;
  /** Published, else ingested. */
  date: string;
  /** The publication date, when known. */
  published?: string;
  analysis: ArticleAnalysis;
}

interface Fact {
  kind: SharedFact['kind'];
  key: string;
  label: string;
  /** For figures: what the figure counts, as a pivot concept, and as the source wrote it. */
  counts?: string;
  countsText?: string;
  text: string;
  start: number;
  end: number;
}

/** A date with its year (`2022-01-10`, `2022-01`). */
const FULL_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const MAX_EXCLUSIVE_SENTENCES = 5;
const MAX_SENTENCE_CHARS = 320;
/** Two counts of one thing further apart than this ratio are different things, not a disagreement. */
const MAX_CONFLICT_RATIO = 2;

// Stems whose word is not the stem plus letters a reader would guess.
const SUBJECT_WORDS: Record<string, string> = { 'en:peopl': 'people' };

function subjectLabel(counts: string): string {
  return SUBJECT_WORDS[counts] ?? counts.replace(/^[a-z]{2,3}:/, '').replace(/_/g, ' ');
}

/**
 * What a subject is called: a concept is a stem (`en:degre`, `en:child`), so the words a source wrote
 * name it better: an English source's that count it (`homes`), else English words spelled from its
 * stem that another sense of the fact was read as (`children` for `en:child`), else the first source's
 * own (`độ`).
 */
function subjectName(subject: string, written: Array<{ lang: string; words: string }>, alsoWritten: Array<{ lang: string; words: string }> = []): string {
  if (SUBJECT_WORDS[subject]) return SUBJECT_WORDS[subject];
  const stem = subject.replace(/^en:/, '');
  const spelledFromStem = alsoWritten.find((entry) => entry.lang === 'en' && entry.words.toLowerCase().startsWith(stem));
  const chosen = written.find((entry) => entry.lang === 'en') ?? spelledFromStem ?? written[0];
  return chosen ? chosen.words.toLowerCase() : subjectLabel(subject);
}

/** A distinctive figure is one fact whatever each language writes after it (`1,200 homes`, `1 200 домов`, `1200栋房屋`). */
function numberKey(fact: NumberFact): string {
  return `number:${distinctiveFigure(fact.value) ? '' : fact.counts ?? ''}:${fact.unit ?? ''}:${fact.value}`;
}

/** The figure and its unit (`25 km`, `6.1`, `40%`). */
function numberLabel(fact: NumberFact): string {
  const value = fact.value.toLocaleString('en');
  const unit = fact.unit && fact.unit !== '%' ? ` ${fact.unit}` : fact.unit ?? '';
  return `${value}${unit}`;
}

/** A figure's label with what at least two of its reports say it counts (`400 tents`), else the figure alone. */
function sharedNumberLabel(label: string, counts: Map<string, Array<{ lang: string; words: string }>>): string {
  let best: [string, Array<{ lang: string; words: string }>] | undefined;
  for (const entry of counts) if (!best || entry[1].length > best[1].length) best = entry;
  return best && best[1].length >= 2 ? `${label} ${subjectName(best[0], best[1], [...counts.values()].flat())}` : label;
}

function factsOf(article: CoverageArticle): Fact[] {
  const facts: Fact[] = [];
  for (const number of article.analysis.numbers) {
    // Bare small numbers and years say little on their own.
    if (!number.counts && !number.unit && (number.value < 100 || (number.value >= 1900 && number.value <= 2100))) continue;
    facts.push({ kind: 'number', key: numberKey(number), label: numberLabel(number), ...(number.counts ? { counts: number.counts } : {}), ...(number.countsText ? { countsText: number.countsText } : {}), text: number.countsText ? `${number.text} ${number.countsText}` : number.text, start: number.start, end: number.end });
  }
  for (const date of article.analysis.dates) {
    if (!FULL_DATE.test(date.iso)) continue;
    facts.push({ kind: 'date', key: `date:${date.iso}`, label: date.iso, text: date.text, start: date.start, end: date.end });
  }
  for (const entity of article.analysis.entities) {
    const first = entity.mentions[0];
    for (const mention of entity.mentions) {
      facts.push({ kind: 'entity', key: `entity:${entity.id}`, label: entity.canonical, text: first?.text ?? entity.canonical, start: mention.start, end: mention.end });
    }
  }
  return facts;
}

/** Agreements, partial reports, conflicts and exclusives, counting each version family once. */
export function compareCoverage(articles: CoverageArticle[], families: VersionFamily[]): StoryCoverage {
  const familyOf = new Map<string, string>();
  for (const family of families) for (const member of family.members) familyOf.set(member.articleId, family.id);
  const familyCount = new Set(articles.map((article) => familyOf.get(article.id) ?? article.id)).size;
  const byKey = new Map<
    string,
    { fact: Fact; reports: Map<string, FactReport>; families: Set<string>; counts: Map<string, Array<{ lang: string; words: string }>>; names: Map<string, number> }
  >();
  const factsByArticle = new Map<string, Fact[]>();
  for (const article of articles) {
    const facts = factsOf(article);
    factsByArticle.set(article.id, facts);
    for (const fact of facts) {
      let entry = byKey.get(fact.key);
      if (!entry) byKey.set(fact.key, (entry = { fact, reports: new Map(), families: new Set(), counts: new Map(), names: new Map() }));
      if (!entry.reports.has(article.id)) {
        entry.names.set(fact.label, (entry.names.get(fact.label) ?? 0) + 1);
        entry.reports.set(article.id, { articleId: article.id, lang: article.lang, ...(article.site ? { site: article.site } : {}), text: fact.text });
        if (fact.counts) entry.counts.set(fact.counts, [...(entry.counts.get(fact.counts) ?? []), { lang: article.lang, words: fact.countsText ?? subjectLabel(fact.counts) }]);
      }
      entry.families.add(familyOf.get(article.id) ?? article.id);
    }
  }
  const agreements: SharedFact[] = [];
  const partial: SharedFact[] = [];
  for (const [key, entry] of byKey) {
    if (entry.families.size < 2) continue;
    const shared: SharedFact = {
      kind: entry.fact.kind,
      key,
      label: entry.fact.kind === 'number' ? sharedNumberLabel(entry.fact.label, entry.counts) : (preferredName(entry.names) ?? entry.fact.label),
      reportedBy: [...entry.reports.values()],
      families: entry.families.size,
      missingFrom: articles.filter((article) => !entry.reports.has(article.id)).map((article) => article.id),
    };
    // Agreed by all: every article reports it. Counting families alone put a fact under "all" while a
    // member that only shares a family by similarity (a shorter report folded in with a translation) lacks it.
    (entry.families.size === familyCount && shared.missingFrom.length === 0 ? agreements : partial).push(shared);
  }
  const order = (x: SharedFact, y: SharedFact) => y.families - x.families || (x.key < y.key ? -1 : 1);
  return {
    agreements: agreements.sort(order),
    partial: partial.sort(order),
    conflicts: numberConflicts(articles, familyOf),
    exclusives: exclusives(articles, factsByArticle, byKey, familyOf),
  };
}

interface CountReport {
  value: number;
  approximate: boolean;
  /** The counted words as the source wrote them: they name the subject better than a stem. */
  countedAs: string | undefined;
  lang: string;
  subject: string;
  report: FactReport;
  family: string;
}

/**
 * Reports of counted figures grouped by what they count. A counted word's senses join their subjects
 * (منزل counts `en:hous` or `en:home`), so `1,500 منزل` meets `1,200 homes`.
 */
function countsBySubject(articles: CoverageArticle[], familyOf: Map<string, string>): CountReport[][] {
  const parent = new Map<string, string>();
  const root = (subject: string): string => {
    let at = subject;
    for (let next = parent.get(at); next !== undefined && next !== at; next = parent.get(at)) at = next;
    parent.set(subject, at);
    return at;
  };
  const reports: Array<CountReport & { subjects: string[] }> = [];
  for (const article of articles) {
    for (const number of article.analysis.numbers) {
      const subjects = countedSubjects(number);
      if (subjects.length === 0) continue;
      for (const subject of subjects) if (!parent.has(subject)) parent.set(subject, subject);
      for (const subject of subjects.slice(1)) {
        const [x, y] = [root(subjects[0]), root(subject)];
        if (x !== y) parent.set(y, x);
      }
      reports.push({
        value: number.value,
        approximate: number.approximate === true,
        countedAs: number.countsText,
        lang: article.lang,
        subject: subjects[0],
        subjects,
        family: familyOf.get(article.id) ?? article.id,
        report: { articleId: article.id, lang: article.lang, ...(article.site ? { site: article.site } : {}), text: number.countsText ? `${number.text} ${number.countsText}` : number.text },
      });
    }
  }
  const groups = new Map<string, CountReport[]>();
  for (const { subjects, ...report } of reports) {
    const key = root(subjects[0]);
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  }
  return [...groups.values()];
}

/** The subject most of the reports count, first in order of appearance on a tie. */
function commonSubject(reports: CountReport[]): string {
  const tally = new Map<string, number>();
  for (const { subject } of reports) tally.set(subject, (tally.get(subject) ?? 0) + 1);
  return [...tally].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** The same thing counted with different values by different sources (~98,000 vs ~100,000 people). */
function numberConflicts(articles: CoverageArticle[], familyOf: Map<string, string>): FactConflict[] {
  const conflicts: FactConflict[] = [];
  for (const reports of countsBySubject(articles, familyOf)) {
    const values = new Map<number, { value: number; reports: FactReport[]; families: Set<string>; approximate: boolean }>();
    for (const report of reports) {
      const group = values.get(report.value) ?? { value: report.value, reports: [], families: new Set<string>(), approximate: true };
      if (!group.reports.some((existing) => existing.articleId === report.report.articleId)) group.reports.push(report.report);
      group.families.add(report.family);
      group.approximate &&= report.approximate;
      values.set(report.value, group);
    }
    const groups = [...values.values()].sort((x, y) => x.value - y.value);
    // A conflict: two values of one subject, of similar size, that no single source reports together.
    const clashing = new Set<number>();
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const [x, y] = [groups[i], groups[j]];
        if (x.value <= 0) break;
        // Values are in ascending order: every later one is further apart still.
        if (y.value / x.value > MAX_CONFLICT_RATIO) break;
        const together = x.reports.some((report) => y.reports.some((other) => other.articleId === report.articleId));
        const sameFamily = [...x.families].some((family) => y.families.has(family));
        if (!together && !sameFamily) {
          clashing.add(x.value);
          clashing.add(y.value);
        }
      }
    }
    if (clashing.size < 2) continue;
    // One source giving two of the clashing values counts several things of the kind (the ages of
    // two people: 20 and 43 años), not one quantity the sources disagree on.
    if (groups.some((x) => clashing.has(x.value) && x.reports.some((report) => groups.some((y) => y !== x && clashing.has(y.value) && y.reports.some((other) => other.articleId === report.articleId))))) continue;
    const [counts, unit] = commonSubject(reports).split('|');
    const subject = `${counts}|${unit ?? ''}`;
    const written = [...reports.filter((report) => report.subject === subject), ...reports.filter((report) => report.subject !== subject)].flatMap((report) =>
      report.countedAs ? [{ lang: report.lang, words: report.countedAs }] : [],
    );
    conflicts.push({
      kind: 'number',
      subject: counts,
      label: `${subjectName(counts, written)}${unit ? ` (${unit})` : ''}`,
      values: groups
        .filter((group) => clashing.has(group.value))
        .map((group) => ({ value: `${group.approximate ? '~' : ''}${group.value.toLocaleString('en')}`, reports: group.reports })),
    });
  }
  return conflicts.sort((x, y) => (x.subject < y.subject ? -1 : x.subject > y.subject ? 1 : x.label < y.label ? -1 : 1));
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = sentenceSegmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('und', { granularity: 'sentence' });
    }
    sentenceSegmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Sentences by the Unicode rules (ICU): a point inside a figure (98.000) or after an initial ends none. */
function sentenceSpans(text: string, lang: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { segment, index } of sentenceSegmenter(lang).segment(text)) {
    if (segment.trim().length < 20) continue;
    spans.push({ start: index, end: index + segment.length });
  }
  return spans;
}

function exclusives(
  articles: CoverageArticle[],
  factsByArticle: Map<string, Fact[]>,
  byKey: Map<string, { families: Set<string> }>,
  familyOf: Map<string, string>,
): SourceExclusive[] {
  const result: SourceExclusive[] = [];
  if (new Set(articles.map((article) => familyOf.get(article.id) ?? article.id)).size < 2) return result;
  // Copies of one version say the same: the family speaks once, through its first (most central) article.
  const spoken = new Set<string>();
  for (const article of articles) {
    const family = familyOf.get(article.id) ?? article.id;
    if (spoken.has(family)) continue;
    const text = analysedText(article);
    const facts = factsByArticle.get(article.id) ?? [];
    const sentences: string[] = [];
    for (const span of sentenceSpans(text, article.lang)) {
      const inside = facts.filter((fact) => fact.start >= span.start && fact.end <= span.end);
      if (inside.length === 0) continue;
      const own = inside.filter((fact) => (byKey.get(fact.key)?.families.size ?? 0) <= 1);
      if (own.length === 0 || own.length < inside.length - own.length) continue;
      const sentence = text.slice(span.start, span.end).trim();
      sentences.push(sentence.length > MAX_SENTENCE_CHARS ? `${sentence.slice(0, MAX_SENTENCE_CHARS - 1)}…` : sentence);
      if (sentences.length >= MAX_EXCLUSIVE_SENTENCES) break;
    }
    if (sentences.length === 0) continue;
    spoken.add(family);
    result.push({ articleId: article.id, lang: article.lang, ...(article.site ? { site: article.site } : {}), sentences });
  }
  return result;
}

const DAY_MS = 86_400_000;

/**
 * The year a yearless date (`--09-28`) most likely has in an article published on `published`: the one
 * that puts it nearest the publication (news reports the recent past and the near future).
 */
function yearNear(month: number, day: number | undefined, published: string): number | undefined {
  const at = Date.parse(published);
  if (Number.isNaN(at)) return undefined;
  const year = new Date(at).getUTCFullYear();
  let best: { year: number; distance: number } | undefined;
  for (const candidate of [year - 1, year, year + 1]) {
    const distance = Math.abs(Date.UTC(candidate, month - 1, day ?? 15) - at);
    if (!best || distance < best.distance) best = { year: candidate, distance };
  }
  return best && best.distance <= 183 * DAY_MS ? best.year : undefined;
}

/** An event's date for the timeline: as stated, with the year of the publication when none is stated, or yearless. */
function eventDate(iso: string, published: string | undefined): Pick<TimelineEntry, 'date' | 'basis'> | undefined {
  if (FULL_DATE.test(iso)) return { date: iso, basis: 'stated' };
  const yearless = YEARLESS_DATE.exec(iso);
  if (!yearless) return undefined;
  const year = published ? yearNear(Number(yearless[1]), yearless[2] ? Number(yearless[2]) : undefined, published) : undefined;
  return year === undefined ? { date: iso, basis: 'year-unknown' } : { date: `${year}${iso.slice(1)}`, basis: 'year-from-publication' };
}

/**
 * The articles by date, and the dated events they mention (each date once). Events whose year no one
 * knows come first, in calendar order: they cannot be placed among dated entries.
 */
export function storyTimeline(articles: CoverageArticle[]): TimelineEntry[] {
  const entries: TimelineEntry[] = articles.map((article) => ({
    date: article.date,
    kind: 'article',
    basis: article.published ? 'published' : 'ingested',
    articleId: article.id,
    lang: article.lang,
    text: titleOrOpening(article.title, article.text) || article.id,
  }));
  const seen = new Set<string>();
  for (const article of [...articles].sort((x, y) => (x.date < y.date ? -1 : 1))) {
    for (const date of article.analysis.dates) {
      const placed = eventDate(date.iso, article.published);
      if (!placed || seen.has(placed.date)) continue;
      seen.add(placed.date);
      entries.push({ ...placed, kind: 'event', articleId: article.id, lang: article.lang, text: date.text });
    }
  }
  return entries.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.kind === y.kind ? 0 : x.kind === 'event' ? -1 : 1));
}
