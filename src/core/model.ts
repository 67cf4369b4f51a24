// Domain types shared by every pipeline stage. Data flows one way:
// RawDocument (ingest) -> ExtractedArticle (extract) -> ArticleAnalysis (analyze)
// -> candidates (index) -> PairScore (compare) -> Story (stories) -> store.

/** What a source reader hands to extraction: one decoded document and where it came from. */
export interface RawDocument {
  /** Path or URL of the input, with a locator for items inside it (`feed.xml#item-3`, `dump.jsonl:12`). */
  source: string;
  /** How `body` must be read. `record` means fields were given structurally (JSONL, feed item). */
  format: 'text' | 'html' | 'record';
  /** Decoded document body (text or HTML). For `record`, the text or HTML given in the record. */
  body: string;
  /** Whether a record's body is HTML. */
  bodyIsHtml?: boolean;
  /** sha256 of the raw bytes (or of the record's JSON) this document came from. */
  rawHash: string;
  /** Fields already known from the container (JSONL record, feed item, HTTP response). */
  id?: string;
  url?: string;
  title?: string;
  lang?: string;
  published?: string;
  site?: string;
  author?: string;
}

/** A clean article: what extraction produces. */
export interface ExtractedArticle {
  title: string;
  text: string;
  published?: string;
  author?: string;
  site?: string;
  langHint?: string;
  canonicalUrl?: string;
}

/** An article as stored. */
export interface Article extends ExtractedArticle {
  id: string;
  /** The id the source gave it (JSONL `id`, feed guid), if any. */
  externalId?: string;
  source: string;
  url?: string;
  lang: string;
  /** Language-identification confidence, 0-1. */
  langConfidence?: number;
  contentHash: string;
  rawHash: string;
  ingestedAt: string;
  /** Id of an earlier article this one nearly duplicates (syndicated copy), if any. */
  nearDuplicateOf?: string;
}

/** An article in lists, search results and story members: everything but the body text. */
export type ArticleBrief = Pick<Article, 'id' | 'title' | 'lang' | 'site' | 'source' | 'url' | 'published' | 'ingestedAt'>;

export type EntityType = 'person' | 'organisation' | 'place' | 'other';

export interface Mention {
  /** The text as written in the article. */
  text: string;
  /** UTF-16 offsets into the analysed text (title + "\n\n" + body). */
  start: number;
  end: number;
}

export interface ResolvedEntity {
  /** Stable, language-neutral id, e.g. `loc:KZ`, `org:csto`, `per:tkv-ksmjmrt`. */
  id: string;
  canonical: string;
  type: EntityType;
  mentions: Mention[];
  /** For places: ISO 3166 country code of the place or of the country containing it. */
  country?: string;
}

export interface NumberFact {
  value: number;
  text: string;
  start: number;
  end: number;
  /** Pivot concept of what the number counts when it is written next to it (e.g. `en:people`). */
  counts?: string;
  /** The counted word's other senses (منزل: `en:hous`, then `en:home`): another source may gloss it by these. */
  countsAlso?: string[];
  /** Words as written for what it counts. */
  countsText?: string;
  /** `about`, `nearly`, `more than`... */
  approximate?: boolean;
  /** `%`, currency code, `year` ... */
  unit?: string;
}

export interface DateFact {
  text: string;
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** Resolved relative to the publication date (`on Tuesday`). */
  relative?: boolean;
  /** ISO form as far as known: `2022-09-28`, `--09-28`, `2022-09`. */
  iso: string;
}

export interface ArticleAnalysis {
  analyzerVersion: string;
  lang: string;
  entities: ResolvedEntity[];
  numbers: NumberFact[];
  dates: DateFact[];
  /** Language-neutral concept id -> weight (term frequency) for the whole text. */
  terms: Record<string, number>;
  /** Same for the title alone. */
  titleTerms: Record<string, number>;
  /** Surface tokens (normalised, stemmed, stop words removed) -> frequency; for same-language comparison. */
  tokens: Record<string, number>;
  /** Number of word tokens, stop words included. */
  wordCount: number;
}

/** The input `analyze` needs. */
export interface AnalysisInput {
  title: string;
  text: string;
  lang?: string;
  published?: string;
}
