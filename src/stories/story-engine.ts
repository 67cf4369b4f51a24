import { createHash } from 'node:crypto';
import { articleProfile, compactArticle, rejoinCompact, type ArticleProfile } from '../compare/article-profile.js';
import { SAME_STORY_THRESHOLD } from '../compare/compare-articles.js';
import { CorpusStats, type CorpusStatsJSON } from '../compare/corpus-stats.js';
import type { AnalyzedArticle } from '../compare/model.js';
import { forgetKeysIfMany, keyName } from '../compare/sparse-vector.js';
import type { Article, ArticleAnalysis } from '../core/model.js';
import { CandidateIndex, type CandidateIndexOptions, type IndexedArticle } from '../index/candidate-index.js';
import { articleDay, candidateKeys } from '../index/candidate-keys.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import {
  allEdgeKeys,
  crossLinks,
  deleteStory,
  edgesAmong,
  edgeEvidence,
  edgesOf,
  getStoryState,
  getStorySummary,
  membershipOf,
  neighbours,
  putEdge,
  putMembership,
  putStory,
  recordMerge,
  setEdgeEvidence,
  setStoryState,
  storyCreatedAt,
  storyExists,
  storyIdOf,
  storyIdsOf,
  storyMemberIds,
  storyMembers,
  storySize,
  type MembershipRow,
  type StoryEdge,
} from '../store/story-store.js';
import { putVersionAnchors } from '../store/version-anchor-store.js';
import { averageLink, linkMean, type AverageLinkOptions } from './average-link.js';
import type { StoryAssignment, StoryEvidence, StorySummary } from './model.js';
import { memberArticles, siteOf, type MemberArticle } from './story-members.js';
import { scorerJudge, type SameStoryJudge } from './same-story-judge.js';
import { buildSummary } from './story-summary.js';
import { familyLinks } from './family-links.js';
import { encodedVersionAnchors } from './version-anchors.js';

export interface StoryEngineOptions {
  judge?: SameStoryJudge;
  index?: CandidateIndexOptions;
  /** Mean same-story probability two groups need to be one story. */
  threshold?: number;
  /** Largest connected group regrouped from scratch on one insert. */
  maxComponent?: number;
  /** How groups are linked (see AverageLinkOptions); defaults to LINKING. */
  linking?: AverageLinkOptions;
  /** Analysed articles kept in memory for comparisons. */
  cacheSize?: number;
  /** Size from which a story's summary is extended per insert instead of rebuilt (see LARGE_STORY). */
  largeStory?: number;
  /** Size from which a story only takes articles naming one of its people, places or organisations (see CAST_STORY). */
  castStory?: number;
  /** Clock, for reproducible tests. */
  now?: () => string;
}

export interface StoryEngine {
  /** Places an article in a story. Synchronous; run it inside the transaction that stores the article. */
  addArticle(article: Article, analysis: ArticleAnalysis): StoryAssignment;
  /** Clusters stored articles that have an analysis but no story yet (each in its own transaction). */
  clusterPending(onProgress?: (done: number, total: number) => void): { clustered: number; failed: { articleId: string; message: string }[] };
  /** Rescores every stored pair with the current corpus statistics and regroups; returns stories touched. */
  reconcile(): number;
  /** Saves the corpus statistics so the next open need not recount them. */
  checkpoint(): void;
  readonly stats: CorpusStats;
}

/** Pairs scored lower than this are not kept: they would never join two groups. */
export const PAIR_FLOOR = 0.02;
export const DEFAULT_THRESHOLD = SAME_STORY_THRESHOLD;
const STATS_STATE = 'corpus_stats';
/** Statistics are updated when this share of new documents has accumulated. */
const STATS_STEP = 0.05;
/**
 * Past this many documents the step is larger: every update makes each cached article profile
 * stale, and rebuilding the recent window's profiles dominated the cost of an insert, while a
 * 25% step moves a key's IDF by at most ln 1.25 = 0.22.
 */
const LARGE_CORPUS = 200;
const LARGE_STATS_STEP = 0.25;
const AUTO_CHECKPOINT_EVERY = 25_000;
const CATCH_UP_CHECKPOINT = 500;
/**
 * Two groups are one story when the mean over their compared pairs, counting at least half of the
 * pairs retrieval would have compared (about 10 per article: 20 candidates, found from either side),
 * reaches the threshold. See BENCHMARKS.md (Story clustering, Scale) for what it changed.
 */
const LINKING: AverageLinkOptions = { coverage: 0.5, comparisonsPerArticle: 10 };
/** Two large stories found apart are checked again once the smaller has grown by this factor. */
const RECHECK_GROWTH = 1.1;
/**
 * Compact articles kept in memory for comparisons (about 18 KB each). Retrieval looks 7 days back
 * and ahead, so this should hold about two weeks of articles: with 4,000 at 274 articles a day,
 * recounting evicted articles took a fifth of an insert's CPU by 25,000 articles.
 */
const CACHED_ARTICLES = 10_000;
/**
 * A story this large has a cast: an article joins it only if a person, place or organisation it
 * names at least twice is named by one of the members it was compared with (when both name any).
 * Without this, a dense stream chained reports of one kind of event (fires, earthquakes) in a
 * language the dictionaries barely cover into stories of thousands, each insert costing more as
 * they grew (BENCHMARKS.md, Scale, session 4).
 */
const CAST_STORY = 50;
/**
 * Whole articles kept from the latest inserts for explanations: a membership's evidence explains its
 * best pair, and in a 10,000-article stream 82% of the stored articles explained were among the
 * latest 500 inserted (97% among 1,000). Reading one back (row and analysis, inflated and parsed)
 * was a twentieth of the writer thread's time.
 */
const RECENT_WHOLE = 500;
/** Members of a story checked for a shared cast before it merges with a large one. */
const CAST_SAMPLE = 20;
/** From this size a story's summary is extended per insert instead of rebuilt. */
const LARGE_STORY = 200;

interface StatsSnapshot {
  seq: number;
  stats: CorpusStatsJSON;
}

/**
 * What identifies the corpus statistics the story engine saved at its last checkpoint (undefined
 * when it saved none): read without the statistics themselves, which are tens of megabytes in a
 * large store.
 */
export function savedStatsStamp(store: SqliteStore): string | undefined {
  const row = store.statement('SELECT substr(value, 1, 64) AS head FROM story_state WHERE name = ?').get(STATS_STATE) as { head: string } | undefined;
  return row?.head;
}

/** The corpus statistics the story engine saved at its last checkpoint, if any. */
export function savedStats(store: SqliteStore): CorpusStats | undefined {
  return savedSnapshot(store)?.stats;
}

/** The last checkpoint: the statistics and the last `story_article_keys` seq they count. */
function savedSnapshot(store: SqliteStore): { seq: number; stats: CorpusStats } | undefined {
  const saved = getStoryState(store, STATS_STATE);
  if (!saved) return undefined;
  const snapshot = JSON.parse(saved) as StatsSnapshot;
  return { seq: snapshot.seq, stats: CorpusStats.fromJSON(snapshot.stats) };
}

export function createStoryEngine(store: SqliteStore, options: StoryEngineOptions = {}): StoryEngine {
  return new OnlineStoryEngine(store, options);
}

class OnlineStoryEngine implements StoryEngine {
  readonly stats = new CorpusStats();
  private readonly index: CandidateIndex;
  private readonly judge: SameStoryJudge;
  private readonly threshold: number;
  private readonly maxComponent: number;
  private readonly largeStory: number;
  private readonly linking: AverageLinkOptions;
  private readonly cacheSize: number;
  private readonly castStory: number;
  private readonly now: () => string;
  private readonly cache = new Map<string, AnalyzedArticle>();
  /** The article being added, whole (its explanations need it, and it is not read back from the store). */
  private inserting: AnalyzedArticle | undefined;
  /** The latest articles added, whole (see RECENT_WHOLE). */
  private readonly recentWhole = new Map<string, AnalyzedArticle>();
  /** Pairs of large stories found apart, with the smaller one's size then (see recentlyApart). */
  private readonly keptApart = new Map<string, number>();
  // Statistics change in steps, not on every article, so cached article profiles stay valid between steps.
  // Pending documents are kept as counts, not analyses: with a 25% step a large store would
  // otherwise hold tens of thousands of whole analyses (and their profiles) until the next update.
  private pendingStats = new CorpusStats({ reference: null });
  private loaded = false;
  private addedSinceCheckpoint = 0;

  constructor(
    private readonly store: SqliteStore,
    options: StoryEngineOptions,
  ) {
    this.index = new CandidateIndex(options.index, (fromDay, toDay) => this.storedKeys(fromDay, toDay));
    this.judge = options.judge ?? scorerJudge();
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.maxComponent = options.maxComponent ?? 120;
    this.largeStory = options.largeStory ?? LARGE_STORY;
    this.linking = options.linking ?? LINKING;
    this.cacheSize = options.cacheSize ?? CACHED_ARTICLES;
    this.castStory = options.castStory ?? CAST_STORY;
    this.now = options.now ?? (() => new Date().toISOString());
  }

  addArticle(article: Article, analysis: ArticleAnalysis): StoryAssignment {
    this.load();
    // Between articles no comparison holds a vector, so the key table may start afresh here; the
    // compact articles in memory were counted under the old one.
    if (forgetKeysIfMany()) {
      this.cache.clear();
      this.recentWhole.clear();
    }
    const existing = membershipOf(this.store, article.id);
    if (existing) return { articleId: article.id, storyId: existing.storyId, status: 'joined', mergedFrom: [], changed: [], evidence: existing.evidence };
    // Version families compare these; made here (or by the analysis worker), where the analysis is in hand, not inflated again later.
    putVersionAnchors(this.store, article.id, encodedVersionAnchors(article, analysis));
    const keys = candidateKeys(analysis);
    const day = articleDay(article);
    const target: AnalyzedArticle = {
      id: article.id,
      title: article.title,
      text: article.text,
      lang: article.lang,
      ...(article.published ? { published: article.published } : {}),
      analysis,
    };
    this.inserting = target;
    this.pendingStats.add(analysis);
    const flushed = this.flushStatsIfDue();
    try {
      for (const candidate of this.index.candidates(day, keys, article.id)) {
        const other = this.analyzed(candidate.articleId);
        if (!other) continue;
        const judgement = this.judge.judge(target, other, this.stats);
        if (judgement.probability < PAIR_FLOOR) continue;
        putEdge(this.store, { a: target.id, b: other.id, probability: judgement.probability, overall: judgement.overall, evidence: judgement.evidence });
      }
    } catch (error) {
      // The caller's transaction rolls back: forget the article in memory too.
      this.inserting = undefined;
      this.cache.delete(article.id);
      if (flushed) this.stats.remove(analysis);
      else this.pendingStats.remove(analysis);
      throw error;
    }
    // Remembered once judged, so its compact form takes over the profile weighed for the judging.
    this.remember(target);
    if (this.judge.explain) this.recentWhole.set(target.id, target);
    if (this.recentWhole.size > RECENT_WHOLE) this.recentWhole.delete(this.recentWhole.keys().next().value as string);
    this.index.add(article.id, day, keys);
    this.store.statement('INSERT OR IGNORE INTO story_article_keys (article_id, day, keys) VALUES (?, ?, ?)').run(article.id, day, keys.join('\n'));
    // Only this article's pairs are new: groups it did not touch keep their stored rows.
    const outcome = this.regroup([article.id], true);
    this.inserting = undefined;
    if (++this.addedSinceCheckpoint >= AUTO_CHECKPOINT_EVERY) this.checkpoint();
    const member = membershipOf(this.store, article.id)!;
    const storyId = member.storyId;
    const mergedFrom = outcome.merged.filter((merge) => merge.into === storyId).map((merge) => merge.from);
    const isNew = !outcome.previous.has(storyId);
    return {
      articleId: article.id,
      storyId,
      status: mergedFrom.length > 0 ? 'merged' : isNew ? 'new' : 'joined',
      mergedFrom,
      changed: [...outcome.changed].filter((id) => id !== storyId).sort(),
      evidence: member.evidence,
    };
  }

  clusterPending(onProgress?: (done: number, total: number) => void): { clustered: number; failed: { articleId: string; message: string }[] } {
    const ids = (
      this.store
        .statement(
          `SELECT a.id FROM articles a JOIN analyses an ON an.article_id = a.id
           LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE sa.article_id IS NULL ORDER BY a.seq`,
        )
        .all() as { id: string }[]
    ).map((row) => row.id);
    let done = 0;
    const failed: { articleId: string; message: string }[] = [];
    for (const id of ids) {
      const article = this.store.getArticle(id);
      const analysis = this.store.getAnalysis(id);
      try {
        if (article && analysis) this.store.transaction(() => this.addArticle(article, analysis));
      } catch (error) {
        // One article the scorer cannot handle stays out of stories; the rest are clustered.
        failed.push({ articleId: id, message: error instanceof Error ? error.message : String(error) });
      }
      onProgress?.(++done, ids.length);
    }
    return { clustered: ids.length - failed.length, failed };
  }

  reconcile(): number {
    this.load();
    this.flushStats(true);
    return this.store.transaction(() => {
      for (const { a, b } of allEdgeKeys(this.store)) {
        const x = this.analyzed(a);
        const y = this.analyzed(b);
        if (!x || !y) continue;
        const judgement = this.judge.judge(x, y, this.stats);
        putEdge(this.store, { a, b, probability: judgement.probability, overall: judgement.overall, evidence: judgement.evidence });
      }
      const ids = (this.store.statement('SELECT article_id FROM story_articles ORDER BY article_id').all() as { article_id: string }[]).map(
        (row) => row.article_id,
      );
      const visited = new Set<string>();
      const touched = new Set<string>();
      for (const id of ids) {
        if (visited.has(id)) continue;
        const outcome = this.regroup([id]);
        for (const node of outcome.nodes) visited.add(node);
        for (const story of outcome.changed) touched.add(story);
      }
      return touched.size;
    });
  }

  checkpoint(): void {
    this.load();
    this.flushStats(true);
    const seq = (this.store.statement('SELECT COALESCE(MAX(seq), 0) AS seq FROM story_article_keys').get() as { seq: number }).seq;
    // A StatsSnapshot, written without building the statistics as one object first.
    setStoryState(this.store, STATS_STATE, `{"seq":${seq},"stats":${this.stats.serialize()}}`);
    this.addedSinceCheckpoint = 0;
  }

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const saved = savedSnapshot(this.store);
    const restored = saved?.stats ?? this.stats;
    const fromSeq = saved?.seq ?? 0;
    const newest = this.store.statement('SELECT MAX(day) AS day FROM story_article_keys').get() as { day: number | null };
    if (newest.day !== null) this.index.advanceTo(newest.day);
    // Days the index no longer holds are read only for statistics still to be counted.
    const firstDay = Number.isFinite(this.index.firstDayInMemory) ? this.index.firstDayInMemory : Number.MIN_SAFE_INTEGER;
    const rows = this.store.statement('SELECT seq, article_id, day, keys FROM story_article_keys WHERE day >= ? OR seq > ? ORDER BY seq').iterate(firstDay, fromSeq) as IterableIterator<{
      seq: number;
      article_id: string;
      day: number;
      keys: string;
    }>;
    const catchUp: string[] = [];
    for (const row of rows) {
      this.index.add(row.article_id, row.day, storedKeyList(row.keys));
      if (row.seq > fromSeq) catchUp.push(row.article_id);
    }
    for (const id of catchUp) {
      const analysis = this.store.getAnalysis(id);
      if (analysis) restored.add(analysis);
    }
    // Recounting was slow: save the statistics with the next article so the next open is quick.
    if (catchUp.length >= CATCH_UP_CHECKPOINT) this.addedSinceCheckpoint = AUTO_CHECKPOINT_EVERY;
    if (restored !== this.stats) Object.assign(this, { stats: restored });
  }

  /** Retrieval keys of stored articles dated fromDay..toDay, for lookups reaching days the index no longer holds. */
  private *storedKeys(fromDay: number, toDay: number): Iterable<IndexedArticle> {
    const rows = this.store.statement('SELECT article_id, day, keys FROM story_article_keys WHERE day BETWEEN ? AND ?').iterate(fromDay, toDay) as IterableIterator<{
      article_id: string;
      day: number;
      keys: string;
    }>;
    for (const row of rows) yield { articleId: row.article_id, day: row.day, keys: storedKeyList(row.keys) };
  }

  private flushStatsIfDue(): boolean {
    return this.flushStats(false);
  }

  private flushStats(force: boolean): boolean {
    if (this.pendingStats.documents === 0) return false;
    const step = this.stats.documents >= LARGE_CORPUS ? LARGE_STATS_STEP : STATS_STEP;
    if (!force && this.pendingStats.documents < Math.max(1, Math.floor(this.stats.documents * step))) return false;
    this.stats.absorb(this.pendingStats);
    this.pendingStats = new CorpusStats({ reference: null });
    return true;
  }

  /** Keeps the article among the most recently used, compact (see compactArticle) when the judge allows. */
  private remember(article: AnalyzedArticle): AnalyzedArticle {
    return this.touch(this.judge.judgesProfiles ? compactArticle(article) : article);
  }

  /** Makes the article the most recently used in memory, evicting the least recently used past the limit. */
  private touch(article: AnalyzedArticle): AnalyzedArticle {
    this.cache.delete(article.id);
    this.cache.set(article.id, article);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    return article;
  }

  /** The article for comparisons (compact when the judge allows), from memory or the store. */
  private analyzed(id: string): AnalyzedArticle | undefined {
    const cached = this.cache.get(id);
    if (cached) return this.touch(cached);
    const loaded = this.stored(id);
    return loaded ? this.remember(loaded) : undefined;
  }

  /** The whole article: from memory when kept whole, else read back with the counts of its compact form (an explanation weighs both again otherwise). */
  private storedForExplanation(id: string): AnalyzedArticle | undefined {
    const cached = this.cache.get(id);
    if (cached && !this.judge.judgesProfiles) return cached;
    const whole = this.stored(id);
    return whole && cached ? rejoinCompact(whole, cached) : whole;
  }

  /** The whole article with its analysis, from the store (explanations need its text and mentions). */
  private stored(id: string): AnalyzedArticle | undefined {
    if (this.inserting?.id === id) return this.inserting;
    const recent = this.recentWhole.get(id);
    if (recent) return recent;
    const article = this.store.getArticle(id);
    const analysis = article ? this.store.getAnalysis(id) : undefined;
    if (!article || !analysis) return undefined;
    return {
      id,
      title: article.title,
      text: article.text,
      lang: article.lang,
      ...(article.published ? { published: article.published } : {}),
      analysis,
    };
  }

  /** The articles linked to the seeds by same-story pairs, in id order, or undefined when that group is too large to regroup at once. */
  private component(seeds: string[]): string[] | undefined {
    const seen = new Set(seeds);
    const stories = new Set<string>();
    // Size of the group with every member of each story touched, counted as the walk goes, so a
    // group too large to regroup is given up on after a few lookups, not after walking it all.
    let size = 0;
    const fits = (nodes: string[]): boolean => {
      const storyOf = storyIdsOf(this.store, nodes);
      for (const node of nodes) {
        const storyId = storyOf.get(node);
        if (!storyId) size++;
        else if (!stories.has(storyId)) {
          stories.add(storyId);
          size += storySize(this.store, storyId);
        }
      }
      return size <= this.maxComponent;
    };
    if (!fits(seeds)) return undefined;
    const queue = [...seeds];
    for (let i = 0; i < queue.length; i++) {
      const fresh = neighbours(this.store, queue[i], this.threshold).filter((node) => !seen.has(node));
      for (const node of fresh) seen.add(node);
      queue.push(...fresh);
      if (fresh.length > 0 && !fits(fresh)) return undefined;
    }
    const nodes = new Set(seen);
    // Regrouping part of a story would orphan the rest: take every member of each story touched.
    for (const storyId of stories) for (const id of storyMemberIds(this.store, storyId)) nodes.add(id);
    return nodes.size > this.maxComponent ? undefined : [...nodes].sort();
  }

  /** With onlySeedsChanged, a group with the same members as its story and none of the seeds is left as stored. */
  private regroup(seeds: string[], onlySeedsChanged = false): { nodes: string[]; changed: Set<string>; merged: { from: string; into: string }[]; previous: Set<string> } {
    const component = this.component(seeds);
    if (!component) return this.attach(seeds[0]);
    const nodes = component;
    // Evidence is read only for the pairs that explain a membership (see writeStory).
    const edges = edgesAmong(this.store, nodes);
    const clusters = averageLink(nodes, edges, this.threshold, this.linking);
    const before = new Map<string, string>();
    for (const node of nodes) {
      const storyId = storyIdOf(this.store, node);
      if (storyId) before.set(node, storyId);
    }
    const previous = new Set(before.values());
    const oldMembers = new Map<string, MembershipRow[]>();
    for (const storyId of previous) oldMembers.set(storyId, storyMembers(this.store, storyId));
    const now = this.now();
    const assigned = new Map<string[], string>();
    const taken = new Set<string>();
    const ordered = [...clusters].sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : 1));
    for (const cluster of ordered) {
      const counts = new Map<string, number>();
      for (const node of cluster) {
        const storyId = before.get(node);
        if (storyId) counts.set(storyId, (counts.get(storyId) ?? 0) + 1);
      }
      const choice = [...counts]
        .filter(([storyId]) => !taken.has(storyId))
        .sort((x, y) => y[1] - x[1] || compareText(storyCreatedAt(this.store, x[0]) ?? '', storyCreatedAt(this.store, y[0]) ?? '') || compareText(x[0], y[0]))[0];
      const storyId = choice ? choice[0] : this.newStoryId(cluster[0]);
      taken.add(storyId);
      assigned.set(cluster, storyId);
    }
    const clusterOfNode = new Map<string, string>();
    for (const [cluster, storyId] of assigned) for (const node of cluster) clusterOfNode.set(node, storyId);
    const merged: { from: string; into: string }[] = [];
    for (const storyId of previous) {
      if (taken.has(storyId)) continue;
      const destinations = new Map<string, number>();
      for (const member of oldMembers.get(storyId) ?? []) {
        const into = clusterOfNode.get(member.articleId);
        if (into) destinations.set(into, (destinations.get(into) ?? 0) + 1);
      }
      const into = [...destinations].sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))[0]?.[0];
      deleteStory(this.store, storyId);
      if (!into) continue;
      const fromIds = new Set((oldMembers.get(storyId) ?? []).map((member) => member.articleId));
      recordMerge(this.store, { from: storyId, into, at: now, reason: mergeReason(edges, fromIds, clusterOfNode, into) });
      merged.push({ from: storyId, into });
    }
    const changed = new Set<string>();
    for (const [cluster, storyId] of assigned) {
      const oldIds = (oldMembers.get(storyId) ?? []).map((member) => member.articleId).sort();
      const sameMembers = oldIds.length === cluster.length && oldIds.every((id, i) => id === cluster[i]);
      const isChanged = !sameMembers || cluster.some((node) => !before.has(node));
      if (isChanged) changed.add(storyId);
      if (!isChanged && onlySeedsChanged && !cluster.some((node) => seeds.includes(node))) continue;
      this.writeStory(storyId, cluster, edges, oldMembers.get(storyId) ?? [], now);
    }
    return { nodes, changed, merged, previous };
  }

  /**
   * For a very large connected group: the article joins the story its compared pairs agree with
   * most (mean probability at least the threshold) or starts one, and stories it links that agree
   * with each other as wholes are merged. Cost grows with the stories touched, not the group.
   */
  private attach(articleId: string): { nodes: string[]; changed: Set<string>; merged: { from: string; into: string }[]; previous: Set<string> } {
    const own = edgesOf(this.store, articleId, PAIR_FLOOR);
    const storyOf = storyIdsOf(this.store, own.map((edge) => (edge.a === articleId ? edge.b : edge.a)));
    const links = new Map<string, { sum: number; count: number; compared: string[] }>();
    for (const edge of own) {
      const other = edge.a === articleId ? edge.b : edge.a;
      const storyId = storyOf.get(other);
      if (!storyId) continue;
      const link = links.get(storyId) ?? { sum: 0, count: 0, compared: [] };
      link.sum += edge.probability;
      link.count++;
      link.compared.push(other);
      links.set(storyId, link);
    }
    const agreeing = [...links]
      .map(([storyId, link]) => {
        const size = storySize(this.store, storyId);
        return { storyId, size, compared: link.compared, mean: linkMean(link, 1, size, this.linking) };
      })
      .filter((link) => link.mean >= this.threshold && (link.size < this.castStory || this.namesCast(articleId, link.compared)))
      .sort((x, y) => y.mean - x.mean || compareText(x.storyId, y.storyId));
    const now = this.now();
    const previous = new Set(links.keys());
    const merged: { from: string; into: string }[] = [];
    const changed = new Set<string>();
    const target = agreeing[0]?.storyId ?? this.newStoryId(articleId);
    // Sizes and cross-story pairs come from the index, never from reading every member: a story can hold thousands.
    let size = agreeing[0]?.size ?? 0;
    const inStory = new Set([target]);
    for (const other of agreeing.slice(1)) {
      const otherSize = other.size;
      if (this.recentlyApart(target, size, other.storyId, otherSize)) continue;
      const [smaller, larger] = otherSize <= size ? [other.storyId, target] : [target, other.storyId];
      const cross = crossLinks(this.store, smaller, larger);
      const { sum, count } = cross;
      const castMissing = Math.max(size, otherSize) >= this.castStory && !this.sharesCast(smaller, larger);
      if (count === 0 || castMissing || linkMean(cross, size, otherSize, this.linking) < this.threshold) {
        if (this.keptApart.size >= 100_000) this.keptApart.clear();
        this.keptApart.set(pairKey(target, other.storyId), Math.min(size, otherSize));
        continue;
      }
      for (const member of storyMembers(this.store, other.storyId)) putMembership(this.store, { ...member, storyId: target });
      deleteStory(this.store, other.storyId);
      recordMerge(this.store, {
        from: other.storyId,
        into: target,
        at: now,
        reason: `mean same-story probability ${(sum / count).toFixed(2)} over ${count} compared article pair${count === 1 ? '' : 's'}`,
      });
      merged.push({ from: other.storyId, into: target });
      inStory.add(other.storyId);
      size += otherSize;
    }
    const best = own
      .filter((edge) => inStory.has(storyOf.get(edge.a === articleId ? edge.b : edge.a) ?? ''))
      .sort((x, y) => y.probability - x.probability)[0];
    const row: MembershipRow = {
      articleId,
      storyId: target,
      addedAt: now,
      centrality: agreeing[0]?.mean ?? 1,
      evidence: membershipEvidence(articleId, best, best ? this.evidenceOf(best) : undefined),
    };
    putMembership(this.store, row);
    const existing = merged.length === 0 && size >= this.largeStory ? getStorySummary(this.store, target) : undefined;
    // Rebuilding a huge story's summary on every insert would make cost grow with the story.
    const summary = existing ? extendSummary(existing, memberArticles(this.store, [articleId])[0], this.joinsAFamily(articleId, own, inStory, storyOf), now) : undefined;
    putStory(this.store, summary ?? this.summaryOf(target, now));
    changed.add(target);
    return { nodes: [articleId], changed, merged, previous };
  }

  /** Whether a new member is a copy or translation of a member it was compared with (so it adds no independent source). */
  private joinsAFamily(articleId: string, own: StoryEdge[], inStory: Set<string>, storyOf: Map<string, string>): boolean {
    const inside = own.filter((edge) => inStory.has(storyOf.get(edge.a === articleId ? edge.b : edge.a) ?? ''));
    const ids = [articleId, ...inside.map((edge) => (edge.a === articleId ? edge.b : edge.a))];
    return familyLinks(this.store, ids, inside).some((link) => link.a === articleId || link.b === articleId);
  }

  /** A story's summary from its stored members and the pairs scored among them (which make its version families). */
  private summaryOf(storyId: string, now: string): StorySummary {
    const members = storyMembers(this.store, storyId);
    const edges = edgesAmong(this.store, members.map((member) => member.articleId));
    return buildSummary(this.store, storyId, members, edges, storyCreatedAt(this.store, storyId) ?? now, now);
  }

  private writeStory(storyId: string, cluster: string[], edges: StoryEdge[], oldMembers: MembershipRow[], now: string): void {
    const inCluster = new Set(cluster);
    const inside = edges.filter((edge) => inCluster.has(edge.a) && inCluster.has(edge.b));
    const oldRows = new Map(oldMembers.map((member) => [member.articleId, member]));
    const sum = new Map<string, number>();
    const best = new Map<string, StoryEdge>();
    for (const edge of inside) {
      for (const node of [edge.a, edge.b]) {
        sum.set(node, (sum.get(node) ?? 0) + edge.probability);
        const current = best.get(node);
        if (!current || edge.probability > current.probability) best.set(node, edge);
      }
    }
    const rows: MembershipRow[] = cluster.map((articleId) => {
      const edge = best.get(articleId);
      const old = oldRows.get(articleId)?.evidence;
      // A member whose best pair is unchanged keeps its evidence: no read, parse or explanation.
      const unchanged = edge && old && old.bestMatch === (edge.a === articleId ? edge.b : edge.a) && old.probability === edge.probability;
      const evidence = unchanged ? old : membershipEvidence(articleId, edge, edge ? this.evidenceOf(edge) : undefined);
      return {
        articleId,
        storyId,
        addedAt: oldRows.get(articleId)?.addedAt ?? now,
        centrality: cluster.length > 1 ? (sum.get(articleId) ?? 0) / (cluster.length - 1) : 1,
        evidence,
      };
    });
    for (const row of rows) if (!sameRow(oldRows.get(row.articleId), row)) putMembership(this.store, row);
    putStory(this.store, buildSummary(this.store, storyId, rows, inside, storyCreatedAt(this.store, storyId) ?? now, now));
  }

  /**
   * Whether two large stories were found apart since the smaller of them grew by a tenth. Checking
   * walks every pair of the smaller story, and each insert near two giant stories repeated it.
   */
  private recentlyApart(x: string, sizeX: number, y: string, sizeY: number): boolean {
    const checkedAt = this.keptApart.get(pairKey(x, y));
    if (checkedAt === undefined) return false;
    if (Math.min(sizeX, sizeY) < checkedAt * RECHECK_GROWTH) return true;
    this.keptApart.delete(pairKey(x, y));
    return false;
  }

  /**
   * Whether a person, place or organisation the article names at least twice is named by one of the
   * story's members it was compared with, or either side names none to tell by.
   */
  private namesCast(articleId: string, members: string[]): boolean {
    const article = this.analyzed(articleId);
    if (!article) return true;
    const own = new Set(castOf(articleProfile(article, this.stats), true));
    if (own.size === 0) return true;
    let told = false;
    for (const id of members) {
      const member = this.analyzed(id);
      if (!member) continue;
      for (const entity of castOf(articleProfile(member, this.stats))) {
        if (own.has(entity)) return true;
        told = true;
      }
    }
    return !told;
  }

  /**
   * Whether one of the smaller story's first members names a person, place or organisation that a
   * member of the larger story it was compared with names too (see namesCast).
   */
  private sharesCast(smaller: string, larger: string): boolean {
    for (const member of storyMemberIds(this.store, smaller).slice(0, CAST_SAMPLE)) {
      const others = edgesOf(this.store, member, PAIR_FLOOR).map((edge) => (edge.a === member ? edge.b : edge.a));
      const storyOf = storyIdsOf(this.store, others);
      const compared = others.filter((id) => storyOf.get(id) === larger);
      if (compared.length > 0 && this.namesCast(member, compared)) return true;
    }
    return false;
  }

  /** The evidence of a pair: stored, or explained now and stored (pairs are scored without explanations). */
  private evidenceOf(edge: StoryEdge): StoryEdge['evidence'] {
    const stored = edge.evidence ?? edgeEvidence(this.store, edge.a, edge.b);
    if (stored || !this.judge.explain) return stored;
    const x = this.storedForExplanation(edge.a);
    const y = this.storedForExplanation(edge.b);
    if (!x || !y) return undefined;
    const evidence = this.judge.explain(x, y, this.stats);
    setEdgeEvidence(this.store, edge.a, edge.b, evidence);
    return evidence;
  }

  private newStoryId(firstMember: string): string {
    const base = `s${createHash('sha1').update(firstMember).digest('hex').slice(0, 11)}`;
    let id = base;
    for (let n = 2; storyExists(this.store, id); n++) id = `${base}-${n}`;
    return id;
  }
}

/**
 * The people, places and organisations an article names (interned key ids), or only those it names
 * at least twice (what it is about). Other entities (a capitalised word at a sentence start, a
 * product) are shared by chance too often.
 */
function* castOf(profile: ArticleProfile, salientOnly = false): Generator<number> {
  for (const type of ['person', 'place', 'organisation'] as const) {
    for (const id of profile.entities[type].ids) if (!salientOnly || profile.salientEntities.has(keyName(id))) yield id;
  }
}

/** The summary of a large story with one more article (key entities as they were; one more source unless it joins a family). */
function extendSummary(summary: StorySummary, article: MemberArticle | undefined, joinsAFamily: boolean, now: string): StorySummary | undefined {
  if (!article) return undefined;
  const site = siteOf(article);
  return {
    ...summary,
    headlines: summary.headlines.some((headline) => headline.lang === article.lang)
      ? summary.headlines
      : [...summary.headlines, { lang: article.lang, title: article.title, articleId: article.id }],
    languages: summary.languages.includes(article.lang) ? summary.languages : [...summary.languages, article.lang],
    sites: summary.sites.includes(site) ? summary.sites : [...summary.sites, site].sort(),
    articleCount: summary.articleCount + 1,
    familyCount: summary.familyCount + (joinsAFamily ? 0 : 1),
    firstSeen: article.date < summary.firstSeen ? article.date : summary.firstSeen,
    lastSeen: article.date > summary.lastSeen ? article.date : summary.lastSeen,
    updatedAt: now,
  };
}

/** Why an article is in its story: its best pair inside the story, or nothing (it started the story). */
function membershipEvidence(articleId: string, best: StoryEdge | undefined, stored: StoryEdge['evidence']): StoryEvidence {
  if (!best) return { probability: 1, sharedEntities: [], sharedTerms: [], sharedFacts: [] };
  return {
    bestMatch: best.a === articleId ? best.b : best.a,
    probability: best.probability,
    sharedEntities: stored?.sharedEntities ?? [],
    sharedTerms: stored?.sharedTerms ?? [],
    sharedFacts: stored?.sharedFacts ?? [],
  };
}

function sameRow(old: MembershipRow | undefined, row: MembershipRow): boolean {
  return (
    old !== undefined &&
    old.storyId === row.storyId &&
    old.addedAt === row.addedAt &&
    old.centrality === row.centrality &&
    (old.evidence === row.evidence || JSON.stringify(old.evidence) === JSON.stringify(row.evidence))
  );
}

function pairKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Retrieval keys as `story_article_keys` holds them: one per line. */
function storedKeyList(keys: string): string[] {
  return keys ? keys.split('\n') : [];
}

function mergeReason(edges: StoryEdge[], fromIds: Set<string>, clusterOfNode: Map<string, string>, into: string): string {
  let sum = 0;
  let count = 0;
  for (const edge of edges) {
    const aFrom = fromIds.has(edge.a);
    const bFrom = fromIds.has(edge.b);
    if (aFrom === bFrom) continue;
    const other = aFrom ? edge.b : edge.a;
    if (clusterOfNode.get(other) !== into) continue;
    sum += edge.probability;
    count++;
  }
  if (count === 0) return 'regrouped: its articles now match another story better';
  return `mean same-story probability ${(sum / count).toFixed(2)} over ${count} compared article pair${count === 1 ? '' : 's'}`;
}
