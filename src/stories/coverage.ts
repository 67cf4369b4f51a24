import { analysedText } from '../analyze/analyzer.js';
import { UNSPACED } from '../analyze/text/script.js';
import { countedConcepts, countedSubjects, distinctiveFigure } from '../compare/close-numbers.js';
import type { ArticleAnalysis, NumberFact } from '../core/model.js';
import type { FactConflict, FactReport, SharedFact, SourceExclusive, StoryCoverage, VersionFamily } from './model.js';
import { preferredName } from '../core/preferred-name.js';
import { FULL_DATE } from './date-label.js';
import { segmenter } from './segmenters.js';

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
  /** For figures: the figure as written, and the words after it with the concepts they were read as. */
  figure?: string;
  countsText?: string;
  concepts?: string[];
  text: string;
  start: number;
  end: number;
}

/** A date with its year (`2022-01-10`, `2022-01`). */
const MAX_EXCLUSIVE_SENTENCES = 5;
const MAX_SENTENCE_CHARS = 320;
/** Two counts of one thing further apart than this ratio are different things, not a disagreement. */
const MAX_CONFLICT_RATIO = 2;

// Stems whose word is not the stem plus letters a reader would guess.
const SUBJECT_WORDS: Record<string, string> = { 'en:peopl': 'people' };

function subjectLabel(counts: string): string {
  return SUBJECT_WORDS[counts] ?? counts.replace(/^[a-z]{2,3}:/, '').replace(/_/g, ' ');
}

interface WrittenSubject {
  lang: string;
  words: string;
}

/**
 * What a subject is called in the story's language: a concept is a stem (`en:degre`, `en:child`), so the
 * words a source wrote name it better: a source's in the story's language that count it (`personas`),
 * else, English being the interface's language, an English source's (`homes`) or English words spelled
 * from its stem that another sense of the fact was read as (`children` for `en:child`). Undefined when
 * only sources in other languages name it: a label mixing a third language in (`6.1 độ` in an English
 * story) reads as if that were the story's word.
 */
function subjectNameIn(lang: string, subject: string, written: WrittenSubject[], alsoWritten: WrittenSubject[] = []): string | undefined {
  const own = lang === 'en' ? undefined : written.find((entry) => entry.lang === lang);
  if (own) return inCase(own.words, written);
  if (SUBJECT_WORDS[subject]) return SUBJECT_WORDS[subject];
  const stem = subject.replace(/^en:/, '');
  const spelledFromStem = alsoWritten.find((entry) => entry.lang === 'en' && entry.words.toLowerCase().startsWith(stem));
  const english = written.find((entry) => entry.lang === 'en') ?? spelledFromStem;
  return english && inCase(english.words, [...written, ...alsoWritten]);
}

/**
 * Words in lower case when some source writes them so (`People` then only starts a headline), else as
 * written: German nouns keep their capital (`Menschen`).
 */
function inCase(words: string, written: WrittenSubject[]): string {
  const lower = words.toLowerCase();
  return written.some((entry) => entry.words === lower) ? lower : words;
}

/** A conflict must name what is counted: in the story's language or English if any source does, else as the first source wrote it. */
function subjectName(lang: string, subject: string, written: WrittenSubject[]): string {
  return subjectNameIn(lang, subject, written) ?? (written[0] ? inCase(written[0].words, written) : subjectLabel(subject));
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

/** One mention of a shared figure: the figure as written, and the words after it with the concepts they were read as. */
interface FigureMention {
  articleId: string;
  lang: string;
  figure: string;
  words?: string;
  concepts: string[];
}

/**
 * The reports of a shared figure, and its label with what it counts (`400 tents`). The word after a figure
 * is not always what it counts (`magnitude 6.1 strikes`, `6,1 произошло`): once two sources count the same
 * thing (a sense of their words meets: `6.1 درجات`, `6,1 độ`), a source's words that count nothing another
 * source counts are left out, and the label names the subject most sources count, in the story's
 * language, or is the figure alone. While no two sources agree, each source's words are shown as written.
 */
function sharedFigure(label: string, mentions: FigureMention[], lang: string): { label: string; texts: Map<string, string> } {
  const articlesOf = new Map<string, Set<string>>();
  for (const mention of mentions) {
    for (const concept of mention.concepts) articlesOf.set(concept, (articlesOf.get(concept) ?? new Set()).add(mention.articleId));
  }
  let best: [string, Set<string>] | undefined;
  for (const entry of articlesOf) if (!best || entry[1].size > best[1].size) best = entry;
  const established = best !== undefined && best[1].size >= 2;
  const counted = [...articlesOf].filter(([, ids]) => ids.size >= 2).map(([concept]) => concept);
  // English words spelled from a concept's stem count it too (`children` for `en:child`, read as `en:children`).
  const confirmed = (mention: FigureMention) =>
    mention.concepts.some((concept) => counted.includes(concept)) ||
    (mention.lang === 'en' && mention.words !== undefined && counted.some((concept) => concept.startsWith('en:') && concept.length > 5 && mention.words!.toLowerCase().startsWith(concept.slice(3))));
  // An article's report is its first mention whose words are confirmed, else its first mention.
  const texts = new Map<string, string>();
  const named = new Set<string>();
  for (const mention of mentions) {
    if (named.has(mention.articleId)) continue;
    const words = mention.words !== undefined && (!established || confirmed(mention)) ? mention.words : undefined;
    if (words !== undefined && confirmed(mention)) named.add(mention.articleId);
    else if (texts.has(mention.articleId)) continue;
    texts.set(mention.articleId, words === undefined ? mention.figure : `${mention.figure} ${words}`);
  }
  if (!best || !established) return { label, texts };
  const subject = best[0];
  const written: WrittenSubject[] = mentions.flatMap((mention) => (mention.words !== undefined && mention.concepts.includes(subject) ? [{ lang: mention.lang, words: mention.words }] : []));
  const alsoWritten: WrittenSubject[] = mentions.flatMap((mention) => (mention.words !== undefined ? [{ lang: mention.lang, words: mention.words }] : []));
  const name = subjectNameIn(lang, subject, written, alsoWritten);
  return { label: name ? `${label} ${name}` : label, texts };
}

function factsOf(article: CoverageArticle): Fact[] {
  const facts: Fact[] = [];
  for (const number of article.analysis.numbers) {
    // Bare small numbers and years say little on their own.
    if (!number.counts && !number.unit && (number.value < 100 || (number.value >= 1900 && number.value <= 2100))) continue;
    facts.push({
      kind: 'number',
      key: numberKey(number),
      label: numberLabel(number),
      figure: number.text,
      ...(number.countsText ? { countsText: number.countsText } : {}),
      concepts: countedConcepts(number),
      text: number.countsText ? `${number.text} ${number.countsText}` : number.text,
      start: number.start,
      end: number.end,
    });
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

export interface CoverageOptions {
  /** The story's language (its headline's), which labels are written in where a source gives the words; default English. */
  lang?: string;
}

/**
 * A fact's reports with one article of every version family first, in the articles' order: a list cut
 * short otherwise showed three copies of one dispatch and hid the independent sources.
 */
function familiesFirst(reports: FactReport[], familyOf: Map<string, string>): FactReport[] {
  const seen = new Set<string>();
  const first: FactReport[] = [];
  const rest: FactReport[] = [];
  for (const report of reports) {
    const family = familyOf.get(report.articleId) ?? report.articleId;
    (seen.has(family) ? rest : first).push(report);
    seen.add(family);
  }
  return [...first, ...rest];
}

/**
 * Agreements, partial reports, conflicts and exclusives, counting each version family once. Articles come
 * most central first.
 */
export function compareCoverage(articles: CoverageArticle[], families: VersionFamily[], options: CoverageOptions = {}): StoryCoverage {
  const lang = options.lang ?? 'en';
  const familyOf = new Map<string, string>();
  for (const family of families) for (const member of family.members) familyOf.set(member.articleId, family.id);
  const familyCount = new Set(articles.map((article) => familyOf.get(article.id) ?? article.id)).size;
  const byKey = new Map<string, { fact: Fact; reports: Map<string, FactReport>; families: Set<string>; mentions: FigureMention[]; names: Map<string, number> }>();
  const factsByArticle = new Map<string, Fact[]>();
  const sentencesByArticle = new Map<string, ArticleSentences>();
  for (const article of articles) {
    const text = analysedText(article);
    const spans = sentenceSpans(text, article.lang);
    sentencesByArticle.set(article.id, { text, spans });
    const positional = positionalCapitals(article, text, spans);
    const facts = factsOf(article).filter((fact) => !positional.has(fact.key));
    factsByArticle.set(article.id, facts);
    for (const fact of facts) {
      let entry = byKey.get(fact.key);
      if (!entry) byKey.set(fact.key, (entry = { fact, reports: new Map(), families: new Set(), mentions: [], names: new Map() }));
      if (!entry.reports.has(article.id)) {
        entry.names.set(fact.label, (entry.names.get(fact.label) ?? 0) + 1);
        entry.reports.set(article.id, { articleId: article.id, lang: article.lang, ...(article.site ? { site: article.site } : {}), text: fact.text });
      }
      if (fact.figure !== undefined) {
        entry.mentions.push({ articleId: article.id, lang: article.lang, figure: fact.figure, ...(fact.countsText ? { words: fact.countsText } : {}), concepts: fact.concepts ?? [] });
      }
      entry.families.add(familyOf.get(article.id) ?? article.id);
    }
  }
  const agreements: SharedFact[] = [];
  const partial: SharedFact[] = [];
  for (const [key, entry] of byKey) {
    if (entry.families.size < 2) continue;
    const figure = entry.fact.kind === 'number' ? sharedFigure(entry.fact.label, entry.mentions, lang) : undefined;
    const reports = [...entry.reports.values()].map((report) => {
      const text = figure?.texts.get(report.articleId);
      return text === undefined ? report : { ...report, text };
    });
    const shared: SharedFact = {
      kind: entry.fact.kind,
      key,
      label: figure ? figure.label : (preferredName(entry.names) ?? entry.fact.label),
      reportedBy: familiesFirst(reports, familyOf),
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
    conflicts: numberConflicts(articles, familyOf, lang),
    exclusives: exclusives(articles, sentencesByArticle, factsByArticle, byKey, familyOf),
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
function numberConflicts(articles: CoverageArticle[], familyOf: Map<string, string>, lang: string): FactConflict[] {
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
      label: `${subjectName(lang, counts, written)}${unit ? ` (${unit})` : ''}`,
      values: groups
        .filter((group) => clashing.has(group.value))
        .map((group) => ({ value: `${group.approximate ? '~' : ''}${group.value.toLocaleString('en')}`, reports: group.reports })),
    });
  }
  return conflicts.sort((x, y) => (x.subject < y.subject ? -1 : x.subject > y.subject ? 1 : x.label < y.label ? -1 : 1));
}

/** An article's analysed text (headline and body) and its sentences. */
interface ArticleSentences {
  text: string;
  spans: { start: number; end: number }[];
}

/** Sentences by the Unicode rules (ICU): a point inside a figure (98.000) or after an initial ends none. */
function sentenceSpans(text: string, lang: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter(lang, 'sentence').segment(text)) {
    if (segment.trim().length < 20) continue;
    spans.push({ start: index, end: index + segment.length });
  }
  return spans;
}

function sentenceWords(sentence: string, lang: string): Set<string> {
  const words = new Set<string>();
  // Intl.Segmenter is several times slower than a pattern, and a 200-article story has thousands of sentences;
  // only scripts written without spaces need its dictionary.
  if (!UNSPACED.test(sentence)) {
    for (const word of sentence.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) words.add(word);
    return words;
  }
  for (const { segment, isWordLike } of segmenter(lang, 'word').segment(sentence)) if (isWordLike) words.add(segment.toLowerCase());
  return words;
}

/** Share of a sentence's words another sentence must have, with all its figures, to say what it says. */
const SAME_SENTENCE_SHARE = 0.75;

/**
 * Whether another version family prints what a sentence says in nearly the same words (a lightly edited
 * copy the family links missed, a quote, a headline reworded): one of its sentences has all the figures
 * and most of the words of this one. A sentence that adds to it (`the career diplomat and confidant X
 * stays foreign minister` against `X stays foreign minister`) still says something of its own.
 * Names read with different words around them get different ids, so the facts alone called such a
 * sentence each source's own.
 */
function sentenceIndex(articles: CoverageArticle[], sentencesByArticle: Map<string, ArticleSentences>, familyOf: Map<string, string>) {
  const sentences: Array<{ family: string; words: Set<string> }> = [];
  const postings = new Map<string, Map<string, number[]>>();
  const indexed = new Set<string>();
  const index = (lang: string) => {
    if (indexed.has(lang)) return;
    indexed.add(lang);
    const byWord = new Map<string, number[]>();
    postings.set(lang, byWord);
    for (const article of articles) {
      if (article.lang !== lang) continue;
      const { text, spans } = sentencesByArticle.get(article.id) ?? { text: '', spans: [] };
      for (const span of spans) {
        const words = sentenceWords(text.slice(span.start, span.end), lang);
        const id = sentences.push({ family: familyOf.get(article.id) ?? article.id, words }) - 1;
        for (const word of words) {
          const ids = byWord.get(word);
          if (ids) ids.push(id);
          else byWord.set(word, [id]);
        }
      }
    }
  };
  return (sentence: string, lang: string, family: string): boolean => {
    index(lang);
    const byWord = postings.get(lang)!;
    const words = sentenceWords(sentence, lang);
    const figures = [...words].filter((word) => /\p{N}/u.test(word));
    const needed = Math.ceil(SAME_SENTENCE_SHARE * words.size);
    // A sentence with `needed` of the words has one of the rarest `size - needed + 1`: only those are looked up.
    const rarest = [...words].sort((x, y) => (byWord.get(x)?.length ?? 0) - (byWord.get(y)?.length ?? 0)).slice(0, words.size - needed + 1);
    const checked = new Set<number>();
    for (const word of rarest) {
      for (const id of byWord.get(word) ?? []) {
        if (checked.has(id) || sentences[id].family === family) continue;
        checked.add(id);
        const other = sentences[id].words;
        let count = 0;
        for (const each of words) if (other.has(each)) count++;
        if (count >= needed && figures.every((figure) => other.has(figure))) return true;
      }
    }
    return false;
  };
}

/**
 * Entities that are one capitalised word only ever found starting a sentence (`Residents ran`,
 * `Строительство обошлось`, `Earlier,`): capitalised by position, not shown to be names, so neither a
 * name the sources agree on nor evidence that the sentence says something of its own. Recognised names
 * have a type; these are `other`.
 */
function positionalCapitals(article: CoverageArticle, text: string, spans: { start: number; end: number }[]): Set<string> {
  const starts = new Set(spans.map((span) => span.start + (/^\P{L}*/u.exec(text.slice(span.start, span.end))?.[0].length ?? 0)));
  const keys = new Set<string>();
  for (const entity of article.analysis.entities) {
    if (entity.type !== 'other' || entity.mentions.length === 0) continue;
    if (entity.mentions.every((mention) => !/\s/.test(mention.text) && starts.has(mention.start))) keys.add(`entity:${entity.id}`);
  }
  return keys;
}

function exclusives(
  articles: CoverageArticle[],
  sentencesByArticle: Map<string, ArticleSentences>,
  factsByArticle: Map<string, Fact[]>,
  byKey: Map<string, { families: Set<string> }>,
  familyOf: Map<string, string>,
): SourceExclusive[] {
  const result: SourceExclusive[] = [];
  if (new Set(articles.map((article) => familyOf.get(article.id) ?? article.id)).size < 2) return result;
  const saidElsewhere = sentenceIndex(articles, sentencesByArticle, familyOf);
  // Copies of one version say the same: the family speaks once, through its first (most central) article.
  const spoken = new Set<string>();
  for (const article of articles) {
    const family = familyOf.get(article.id) ?? article.id;
    if (spoken.has(family)) continue;
    const { text, spans } = sentencesByArticle.get(article.id) ?? { text: '', spans: [] };
    const facts = factsByArticle.get(article.id) ?? [];
    const sentences: string[] = [];
    for (const span of spans) {
      const inside = facts.filter((fact) => fact.start >= span.start && fact.end <= span.end);
      if (inside.length === 0) continue;
      const own = inside.filter((fact) => (byKey.get(fact.key)?.families.size ?? 0) <= 1);
      if (own.length === 0 || own.length < inside.length - own.length) continue;
      const sentence = text.slice(span.start, span.end).trim();
      if (saidElsewhere(sentence, article.lang, family)) continue;
      sentences.push(sentence.length > MAX_SENTENCE_CHARS ? `${sentence.slice(0, MAX_SENTENCE_CHARS - 1)}…` : sentence);
      if (sentences.length >= MAX_EXCLUSIVE_SENTENCES) break;
    }
    if (sentences.length === 0) continue;
    spoken.add(family);
    result.push({ articleId: article.id, lang: article.lang, ...(article.site ? { site: article.site } : {}), sentences });
  }
  return result;
}
