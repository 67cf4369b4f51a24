// Public types of the stories stage: a story is a set of articles, in any languages, that
// report the same event; with why each article belongs and how the sources' coverage compares.
import type { EntityType } from '../core/model.js';

/** Why an article is in its story: the scorer's evidence against its best match there. */
export interface StoryEvidence {
  /** The story member this article matched best (absent for a story's only article). */
  bestMatch?: string;
  /** Calibrated probability that the two report the same event, 0-1. */
  probability: number;
  /** Entity ids both mention, with canonical names. */
  sharedEntities: { id: string; canonical: string }[];
  /** Concepts both use, most weighty first, as the two articles write them (`mobilisation / التعبئة`). */
  sharedTerms: string[];
  /** Numbers or dates both report. */
  sharedFacts: string[];
}

export interface StoryArticle {
  articleId: string;
  title: string;
  lang: string;
  site?: string;
  source: string;
  url?: string;
  published?: string;
  ingestedAt: string;
  /** Mean same-story probability to the other members: the most central article heads the story. */
  centrality: number;
  /** When the article joined the story. */
  addedAt: string;
  evidence: StoryEvidence;
  /** The version family (wire copy / translation group) it belongs to. */
  familyId: string;
}

/** A headline per language, from that language's most central article. */
export interface StoryHeadline {
  lang: string;
  title: string;
  articleId: string;
}

export interface StoryEntity {
  id: string;
  canonical: string;
  type: EntityType;
  /** Number of member articles that mention it. */
  articles: number;
  /** Forms as written, per language: `{ fr: ['Kasim-Zomart Tokaev'], ar: ['توكاييف'] }`. */
  forms: Record<string, string[]>;
}

/** Copies of one dispatch (wire copies, machine translations): one confirmation, not many. */
export interface VersionFamily {
  id: string;
  /** The earliest member, the one the others copy. */
  representative: string;
  members: { articleId: string; lang: string; site?: string; kind: 'original' | 'copy' | 'translation'; similarity: number }[];
}

/** One source's report of a fact (number, date or entity) in the story. */
export interface FactReport {
  articleId: string;
  lang: string;
  site?: string;
  /** The fact as written in the article. */
  text: string;
}

export type FactKind = 'number' | 'date' | 'entity';

/** A fact several sources report alike. */
export interface SharedFact {
  kind: FactKind;
  /** Language-neutral key: `number:en:people:98000`, `date:2022-09-27`, `entity:loc:KZ`. */
  key: string;
  /** Short readable label: `98,000 people`, `2022-09-27`, `Kazakhstan`. */
  label: string;
  reportedBy: FactReport[];
  /** Version families (independent sources) that report it. */
  families: number;
  /** Member articles that do not report it. */
  missingFrom: string[];
}

/** Sources report the same thing with different values (~98,000 vs ~100,000 people). */
export interface FactConflict {
  kind: 'number' | 'date';
  /** What is counted or dated: a pivot concept such as `en:people`, or `date`. */
  subject: string;
  label: string;
  values: { value: string; reports: FactReport[] }[];
}

/** What one source alone says: sentences whose entities and facts no other source has. */
export interface SourceExclusive {
  articleId: string;
  lang: string;
  site?: string;
  sentences: string[];
}

export interface StoryCoverage {
  /** Reported by every independent source (version family). */
  agreements: SharedFact[];
  /** Reported by more than one source but not all. */
  partial: SharedFact[];
  conflicts: FactConflict[];
  exclusives: SourceExclusive[];
}

export interface TimelineEntry {
  /** ISO date or date-time as far as known; `--MM-DD` or `--MM` for an event whose year is not known. */
  date: string;
  kind: 'article' | 'event';
  /**
   * Where the date comes from: an article's publication date, or its ingestion when it has none; an event's
   * date as the text states it, with the year taken from the article's publication date when the text gives
   * none (`year-from-publication`), or without a year when neither gives one (`year-unknown`).
   */
  basis: 'published' | 'ingested' | 'stated' | 'year-from-publication' | 'year-unknown';
  articleId: string;
  lang: string;
  /** The article's title, or the dated phrase as written for an event. */
  text: string;
}

export interface StoryMerge {
  from: string;
  into: string;
  at: string;
  reason: string;
}

/** A story in lists. */
export interface StorySummary {
  id: string;
  /** Headline in the story's main language (that of its most central article). */
  headline: string;
  headlines: StoryHeadline[];
  languages: string[];
  sites: string[];
  articleCount: number;
  /** Independent sources: version families. */
  familyCount: number;
  /** Earliest and latest article date (published, else ingested). */
  firstSeen: string;
  lastSeen: string;
  keyEntities: StoryEntity[];
  createdAt: string;
  updatedAt: string;
}

/** A story with everything the CLI and the web UI show. */
export interface StoryDetail extends StorySummary {
  articles: StoryArticle[];
  entities: StoryEntity[];
  families: VersionFamily[];
  coverage: StoryCoverage;
  timeline: TimelineEntry[];
  /** Stories merged into this one. */
  merges: StoryMerge[];
}

export interface StoryFilter {
  lang?: string;
  /** ISO date: stories with an article on or after it. */
  since?: string;
  /** ISO date: stories with an article on or before it. */
  until?: string;
  /** Entity id (`loc:KZ`) or canonical name. */
  entity?: string;
  /** Text in one of the story's headlines, in any language; case and diacritics do not matter. */
  q?: string;
  /**
   * ISO time: only stories created or changed (an article joined, a merge) at or after it, oldest
   * change first, so a client polling for changes can page forward from the last `updatedAt` it saw.
   */
  changedSince?: string;
  limit?: number;
  offset?: number;
}

/** What adding one article did. */
export interface StoryAssignment {
  articleId: string;
  storyId: string;
  status: 'new' | 'joined' | 'merged';
  /** Stories merged away by this article (their ids no longer exist). */
  mergedFrom: string[];
  /** Other stories whose membership changed (split or regrouped). */
  changed: string[];
  evidence: StoryEvidence;
}
