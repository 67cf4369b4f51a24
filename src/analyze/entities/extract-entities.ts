import type { EntityType, Mention, ResolvedEntity } from '../../core/model.js';
import type { Token } from '../text/token.js';
import type { AliasTable } from './alias-table.js';
import { foldName } from '../gazetteer/fold.js';
import { arabicPersonCandidates, capitalisedCandidates, dottedNameCandidates, gazetteerCandidates, unspacedCandidates, type Candidate } from './candidates.js';
import { stopWords } from './cues.js';
import { nameParts, type NamePart } from './name-parts.js';
import { partSimilarity } from './match-names.js';
import { BoundedMemo } from '../text/bounded-memo.js';
import { toLatin } from './transliterate.js';
import { scanWords, type Word } from './word-scan.js';

export interface ExtractOptions {
  /** Learned aliases: unknown names recorded as aliases of each other become one entity. */
  aliases?: AliasTable;
}

interface Group {
  id: string;
  type: EntityType;
  canonical: string;
  country?: string;
  mentions: Mention[];
  /** Person name parts of the fullest name seen. */
  parts?: NamePart[];
}

const SURNAME_MATCH = 0.85;
const NOUNS_CAPITALISED = /^(de|lb|gsw|nds)\b/;
const GIVEN_MATCH = 0.72;

/**
 * Entity mentions of an article, resolved to language-neutral ids: places and organisations from the
 * gazetteer (`loc:KZ`, `loc:KZ-astana`, `org:csto`), persons by the sound of their surname (`per:tkf`),
 * other names by the sound of their words. `text` is title + "\n\n" + body; offsets index into it.
 */
export function extractEntities(text: string, lang: string, _tokens: Token[], options: ExtractOptions = {}): ResolvedEntity[] {
  if (!text.trim()) return [];
  const words = scanWords(text, lang);
  const covered = new Array<boolean>(words.length).fill(false);
  const titleBreak = text.indexOf('\n\n');
  const titleEnd = titleBreak >= 0 ? titleBreak : 0;
  const dotted = dottedNameCandidates(text, words, covered);
  const candidates = [
    ...dotted,
    ...gazetteerCandidates(text, lang, words, covered),
    ...unspacedCandidates(lang, words, covered),
  ];
  candidates.push(...arabicPersonCandidates(text, words, covered));
  candidates.push(...withoutTitleCaseNoise(text, words, titleEnd, capitalisedCandidates(text, lang, words, covered, titleEnd)));
  candidates.sort((a, b) => a.start - b.start);
  return resolve(text, lang, words, covered, candidates, options);
}

/**
 * A headline in title case (`Kazakhstan To Ensure Safety Of Russians`) capitalises every word: there,
 * a capitalised run counts only when the body writes it too.
 */
function withoutTitleCaseNoise(text: string, words: Word[], titleEnd: number, runs: Candidate[]): Candidate[] {
  const titleWords: Word[] = [];
  for (const w of words) {
    if (w.end > titleEnd) break;
    if (w.cased && w.text.length > 3) titleWords.push(w);
  }
  if (titleWords.length < 3 || titleWords.filter((w) => w.capitalised).length < 0.7 * titleWords.length) return runs;
  const body = text.slice(titleEnd);
  return runs.filter((c) => c.start >= titleEnd || c.acronym || body.includes(c.text));
}

function mention(c: { text: string; start: number; end: number }): Mention {
  return { text: c.text, start: c.start, end: c.end };
}

// Resolution asks for the parts of one name several times (each step, each mention).
const corePartsMemo = new BoundedMemo<NamePart[]>(5_000);

function coreParts(name: string): NamePart[] {
  let parts = corePartsMemo.get(name);
  if (parts === undefined) {
    // In running text, a name in Chinese characters found by a title or a middle dot is mostly a foreign one.
    parts = nameParts(name, false).filter((p) => !p.optional);
    corePartsMemo.set(name, parts);
  }
  return parts;
}

// Family names written first in Chinese, Korean and Vietnamese names (`Kim Jong-un`, `Xi Jinping`).
const FAMILY_FIRST = new Set(['kim', 'lee', 'park', 'pak', 'choi', 'chung', 'jung', 'moon', 'yoon', 'xi', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'hu', 'wen', 'nguyen', 'tran', 'le', 'pham', 'hoang', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo']);

function surnameOf(parts: NamePart[]): NamePart | undefined {
  if (parts.length >= 2 && FAMILY_FIRST.has(parts[0]!.latin) && parts.length <= 3 && !parts[0]!.initial) return parts[0];
  for (let i = parts.length - 1; i >= 0; i--) if (!parts[i]!.initial) return parts[i];
  return undefined;
}

function givenCompatible(a: NamePart[], b: NamePart[]): boolean {
  if (a.length < 2 || b.length < 2) return true;
  return similarity(a[0]!, b[0]!) >= GIVEN_MATCH;
}

function wordsKey(name: string): string {
  return coreParts(name).map((p) => p.idKey).join('-') || toLatin(name).replace(/[^a-z0-9]+/g, '-');
}

function resolve(text: string, lang: string, words: Word[], covered: boolean[], candidates: Candidate[], options: ExtractOptions): ResolvedEntity[] {
  const groups = new Map<string, Group>();
  const add = (id: string, type: EntityType, canonical: string, m: Mention, country?: string): Group => {
    let g = groups.get(id);
    if (!g) {
      g = { id, type, canonical, mentions: [], ...(country ? { country } : {}) };
      groups.set(id, g);
    }
    g.mentions.push(m);
    return g;
  };
  /** Candidates already placed in an entity. */
  const handled = new Set<Candidate>();

  // 1. Known names.
  for (const c of candidates) {
    if (c.entry) {
      add(c.entry.id, c.entry.type, c.entry.canonical, mention(c), c.entry.country);
      handled.add(c);
    }
  }
  // 2. Full person names (two parts or more), clustered on surname and given-name compatibility.
  const personGroups: Array<{ parts: NamePart[]; mentions: Mention[] }> = [];
  for (const c of candidates) {
    if (c.entry || c.type !== 'person') continue;
    const parts = coreParts(c.text);
    if (parts.length < 2 || !surnameOf(parts)) continue;
    const surname = surnameOf(parts)!;
    let target = personGroups.find((g) => similarity(surnameOf(g.parts)!, surname) >= SURNAME_MATCH && givenCompatible(g.parts, parts));
    if (!target) {
      target = { parts, mentions: [] };
      personGroups.push(target);
    } else if (parts.filter((p) => !p.initial).length > target.parts.filter((p) => !p.initial).length) target.parts = parts;
    target.mentions.push(mention(c));
    handled.add(c);
  }
  // 3. Single names: a surname of a full name in the article, else a person of its own when a cue says so.
  const singles: Array<{ c: Candidate; part: NamePart }> = [];
  for (const c of candidates) {
    if (c.entry || handled.has(c) || c.acronym) continue;
    const parts = coreParts(c.text);
    if (parts.length !== 1) continue;
    const part = parts[0]!;
    const target = bestPerson(personGroups, part);
    if (target) {
      target.mentions.push(mention(c));
      handled.add(c);
    } else singles.push({ c, part });
  }
  for (const { c, part } of singles) {
    if (!c.personCue && c.type !== 'person') continue;
    let target = personGroups.find((g) => g.parts.length === 1 && similarity(g.parts[0]!, part) >= SURNAME_MATCH);
    if (!target) {
      target = { parts: [part], mentions: [] };
      personGroups.push(target);
    }
    target.mentions.push(mention(c));
    handled.add(c);
  }
  // Single names first seen without a cue that a cued mention later made a person.
  for (const { c, part } of singles) {
    if (handled.has(c)) continue;
    const target = bestPerson(personGroups, part);
    if (target) {
      target.mentions.push(mention(c));
      handled.add(c);
    }
  }
  // 4. Other spellings of a person's surname in scripts without case (`توكاجيف` next to `توكاييف`).
  const stops = stopWords(lang);
  const inCandidate = new Set<number>();
  for (const c of candidates) inCandidate.add(c.start);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (covered[i] || w.cased || w.unspaced || w.fold.length < 4 || stops.has(w.fold) || inCandidate.has(w.start)) continue;
    if (personGroups.length === 0) break;
    const parts = coreParts(w.text);
    if (parts.length !== 1) continue;
    const target = bestPerson(personGroups, parts[0]!, 0.8);
    if (target) target.mentions.push(mention(w));
  }
  // Later mentions of a surname written in Chinese characters or katakana (no spaces to find words by).
  for (const g of personGroups) {
    const surname = surnameOf(g.parts);
    if (!surname || !/^[\p{Script=Han}\p{Script=Katakana}ー]{2,}$/u.test(surname.text)) continue;
    for (let at = text.indexOf(surname.text); at >= 0; at = text.indexOf(surname.text, at + surname.text.length)) {
      if (!g.mentions.some((m) => m.start <= at && m.end >= at + surname.text.length)) g.mentions.push({ text: surname.text, start: at, end: at + surname.text.length });
    }
  }
  // 5. Person ids from the surname sound; two persons sharing it in one article are told apart by given name.
  const personIds = personGroups.map((g) => {
    // A learned alias gives every spelling of the name the id of one representative spelling.
    const representative = options.aliases ? options.aliases.canonicalOf(longestText(g.mentions)) : undefined;
    const parts = representative && representative !== foldName(longestText(g.mentions)) ? coreParts(representative) : g.parts;
    return `per:${surnameOf(parts)?.idKey || surnameOf(parts)?.fine || surnameOf(g.parts)?.idKey || 'x'}`;
  });
  const idCounts = new Map<string, number>();
  for (const id of personIds) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
  personGroups.forEach((g, k) => {
    let id = personIds[k]!;
    if (idCounts.get(id)! > 1 && g.parts.length > 1) id = `${id}-${g.parts[0]!.idKey || g.parts[0]!.fine}`;
    for (const m of g.mentions) add(id, 'person', longestText(g.mentions), m);
  });
  // 6. Acronyms defined next to a long form join it; other names get an id from the sound of their words.
  let previous: Candidate | undefined;
  const defined = new Map<string, Group>();
  for (const c of candidates) {
    if (handled.has(c)) {
      previous = c;
      continue;
    }
    if (c.acronym && defined.has(c.text)) {
      defined.get(c.text)!.mentions.push(mention(c));
      continue;
    }
    if (c.acronym && previous && /^\s*\(\s*$/.test(text.slice(previous.end, c.start))) {
      const g = groupContaining(groups, previous);
      if (g) {
        g.mentions.push(mention(c));
        defined.set(c.text, g);
        options.aliases?.add(previous.text, c.text, 'acronym');
        continue;
      }
    }
    // German and Luxembourgish capitalise every noun: a lone capitalised word there says nothing by itself.
    if (!c.type && c.wordCount === 1 && NOUNS_CAPITALISED.test(lang)) continue;
    const type = c.type ?? 'other';
    const prefix = type === 'organisation' ? 'org' : type === 'place' ? 'loc' : type === 'person' ? 'per' : 'oth';
    const key = c.acronym ? toLatin(c.text).replace(/[^a-z0-9]/g, '') : wordsKey(c.text);
    add(`${prefix}:${key}`, type, c.text, mention(c));
    handled.add(c);
    previous = c;
  }
  if (options.aliases) mergeAliases(groups, options.aliases);
  return [...groups.values()]
    .map((g) => ({ ...g, mentions: dedupe(g.mentions) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((g) => ({ id: g.id, canonical: g.canonical, type: g.type, mentions: g.mentions, ...(g.country ? { country: g.country } : {}) }));
}

// Resolution compares one surname with the same groups once per mention; parts are shared (memoised by
// name-parts), so a score is kept per pair of parts while both live.
const scores = new WeakMap<NamePart, Map<NamePart, number>>();

function similarity(a: NamePart, b: NamePart): number {
  let row = scores.get(a);
  if (!row) {
    row = new Map();
    scores.set(a, row);
  }
  let score = row.get(b);
  if (score === undefined) {
    score = partSimilarity(a, b);
    if (row.size >= 256) row.clear();
    row.set(b, score);
  }
  return score;
}

function bestPerson(groups: Array<{ parts: NamePart[]; mentions: Mention[] }>, part: NamePart, threshold = SURNAME_MATCH) {
  let best: { parts: NamePart[]; mentions: Mention[] } | undefined;
  let bestScore = threshold;
  for (const g of groups) {
    const surname = surnameOf(g.parts);
    if (!surname || Math.abs(surname.key.length - part.key.length) > 2 || !sameStart(surname, part)) continue;
    const score = similarity(surname, part);
    if (score >= bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}

/** Cheap test before a full comparison: spellings of one surname start alike. */
function sameStart(a: NamePart, b: NamePart): boolean {
  return a.key[0] === b.key[0] || a.idKey[0] === b.idKey[0] || a.latin[0] === b.latin[0];
}

function groupContaining(groups: Map<string, Group>, c: Candidate): Group | undefined {
  for (const g of groups.values()) if (g.mentions.some((m) => m.start === c.start && m.end === c.end)) return g;
  return undefined;
}

function longestText(mentions: Mention[]): string {
  return mentions.reduce((best, m) => (m.text.length > best.length ? m.text : best), '');
}

function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions
    .sort((a, b) => a.start - b.start)
    .filter((m) => {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function mergeAliases(groups: Map<string, Group>, aliases: AliasTable): void {
  const list = [...groups.values()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (!groups.has(a.id) || !groups.has(b.id)) continue;
      if (!a.mentions.some((x) => b.mentions.some((y) => aliases.has(x.text, y.text)))) continue;
      // Keep the id that does not depend on spelling: gazetteer ids first, then the longer-lived one.
      const [keep, drop] = /^(loc|org):[A-Za-z0-9-]+$/.test(a.id) && !/^(loc|org):[A-Za-z0-9-]+$/.test(b.id) ? [a, b] : a.id <= b.id ? [a, b] : [b, a];
      keep.mentions.push(...drop.mentions);
      groups.delete(drop.id);
    }
  }
}

