/** How far apart (in days) two articles of one story may be, and how much work one lookup may do. */
export interface CandidateIndexOptions {
  windowDays?: number;
  /** Keys in more than this share of the documents are too common to retrieve by (min 50 documents). */
  maxDocumentShare?: number;
  /** At most this many postings of one key are read per lookup (latest days first). */
  postingsPerKey?: number;
  /** At most this many candidates are returned, best first. */
  maxCandidates?: number;
  /** Minimum summed key weight for a candidate. */
  minScore?: number;
  /**
   * Days behind the newest article whose postings stay in memory. A lookup that reaches further
   * back (an article dated weeks before the newest) reads those days through `OlderArticles`.
   */
  retainDays?: number;
  /** Today's day number; articles dated more than two days after it do not move the retention horizon. */
  today?: () => number;
}

export interface IndexedArticle {
  articleId: string;
  day: number;
  keys: string[];
}

/** Every indexed article dated fromDay..toDay (inclusive): the index's own record of what it forgot. */
export type OlderArticles = (fromDay: number, toDay: number) => Iterable<IndexedArticle>;

export interface Candidate {
  articleId: string;
  score: number;
  sharedKeys: number;
}

interface Doc {
  id: string;
  day: number;
}

const DAY_MS = 86_400_000;
/** The horizon moves in steps of this many days, so forgetting (a rebuild of the postings) is rare. */
const FORGET_STEP_DAYS = 7;
/**
 * When this share of lookups (after at least OLD_LOOKUPS_MIN of them) reaches forgotten days, the
 * input is not in date order (an archive dump): reading windows back from the store for nearly every
 * article would cost more than memory, so the index takes every day back and keeps it.
 */
const OLD_LOOKUP_SHARE = 0.1;
const OLD_LOOKUPS_MIN = 100;

const DEFAULTS: Required<CandidateIndexOptions> = {
  windowDays: 7,
  maxDocumentShare: 0.05,
  postingsPerKey: 300,
  // Judging is most of an insert's cost and linear in this. SemEval dev clustering F1 is flat from 10
  // to 30 (12: 0.833 in-sample, 0.813 out of fold; 20: 0.835, 0.811); on the dense synthetic stream 12
  // instead of 20 was 17% faster with precision 0.867 instead of 0.754, recall 0.729 against 0.739:
  // the weakest candidates add more chance joins than stories (BENCHMARKS.md, Scale, session 10).
  maxCandidates: 12,
  minScore: 5,
  // Four windows: an article may arrive three weeks after the newest and still be answered from
  // memory. Keeping every day made the index the main thread's largest growing structure
  // (about 0.85 MiB of heap per 1,000 articles; BENCHMARKS.md, Scale, session 8).
  retainDays: 28,
  today: () => Math.floor(Date.now() / DAY_MS),
};

/**
 * In-memory inverted index from retrieval keys to articles. Lookups are bounded by the per-key
 * posting cap and by skipping keys common across the corpus, so their cost stays nearly flat
 * as the store grows; the time window keeps matches to nearby days. Postings are kept in
 * (day, id) order, so a lookup seeks straight to its window instead of walking every posting
 * of a key outside it, and which postings the cap keeps does not depend on arrival order.
 * Only the latest `retainDays` are kept, so memory stays flat too; older days come from `older`.
 */
export class CandidateIndex {
  private docs: Doc[] = [];
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  readonly options: Required<CandidateIndexOptions>;
  /** Articles dated before this day are not in memory. */
  private floorDay = -Infinity;
  private retaining = true;
  private lookups = 0;
  private oldLookups = 0;

  constructor(
    options: CandidateIndexOptions = {},
    private readonly older?: OlderArticles,
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Articles in memory. */
  get size(): number {
    return this.byId.size;
  }

  /** The first day held in memory (-Infinity while nothing was forgotten). */
  get firstDayInMemory(): number {
    return this.floorDay;
  }

  has(articleId: string): boolean {
    return this.byId.has(articleId);
  }

  /**
   * Forgets days that fell behind the retention horizon once `day` is seen. Called by `add`; an
   * index rebuilt from a store calls it first with the newest day, so it never holds the old days.
   */
  advanceTo(day: number): void {
    if (!this.older || !this.retaining || !Number.isFinite(this.options.retainDays)) return;
    // A date far in the future (a typo, a hostile feed) must not push every real article out.
    const newest = Math.min(day, this.options.today() + 2);
    const horizon = newest - this.options.retainDays;
    if (horizon - this.floorDay >= FORGET_STEP_DAYS) this.forgetBefore(horizon);
  }

  add(articleId: string, day: number, keys: string[]): void {
    if (this.byId.has(articleId)) return;
    this.advanceTo(day);
    // Still found through `older`, which reads the store.
    if (day < this.floorDay) return;
    const index = this.docs.length;
    this.docs.push({ id: articleId, day });
    this.byId.set(articleId, index);
    for (const key of keys) {
      const list = this.postings.get(key);
      if (!list) this.postings.set(key, [index]);
      else if (!this.before(index, list[list.length - 1])) list.push(index);
      else {
        // An article older than the newest one with this key (a backfill): insert in order.
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (this.before(index, list[mid])) hi = mid;
          else lo = mid + 1;
        }
        list.splice(lo, 0, index);
      }
    }
  }

  /** Stored articles sharing informative keys with these, within the time window, best first. */
  candidates(day: number, keys: string[], exclude?: string): Candidate[] {
    const { windowDays, maxDocumentShare, postingsPerKey, maxCandidates, minScore } = this.options;
    this.lookups++;
    if (this.older && day - windowDays < this.floorDay) {
      if (++this.oldLookups < OLD_LOOKUPS_MIN || this.oldLookups < OLD_LOOKUP_SHARE * this.lookups) return this.candidatesFromOlder(day, keys, exclude);
      this.keepEveryDay();
    }
    const total = Math.max(1, this.byId.size);
    const maxDf = Math.max(50, Math.floor(total * maxDocumentShare));
    const scores = new Map<number, { score: number; shared: number }>();
    for (const key of keys) {
      const list = this.postings.get(key);
      if (!list || list.length > maxDf) continue;
      const weight = keyWeight(key) * (Math.log((total + 1) / (list.length + 1)) + 1);
      let read = 0;
      for (let i = this.endOfWindow(list, day + windowDays) - 1; i >= 0 && read < postingsPerKey; i--) {
        const docIndex = list[i];
        const doc = this.docs[docIndex];
        if (doc.day < day - windowDays) break;
        read++;
        const entry = scores.get(docIndex);
        if (entry) {
          entry.score += weight;
          entry.shared++;
        } else scores.set(docIndex, { score: weight, shared: 1 });
      }
    }
    const found: Candidate[] = [];
    for (const [docIndex, { score, shared }] of scores) {
      const doc = this.docs[docIndex];
      if (doc.id === exclude || score < minScore) continue;
      found.push({ articleId: doc.id, score, sharedKeys: shared });
    }
    found.sort((x, y) => y.score - x.score || (x.articleId < y.articleId ? -1 : 1));
    return found.slice(0, maxCandidates);
  }

  /** A lookup reaching days no longer in memory: answered by an index of its window alone. */
  private candidatesFromOlder(day: number, keys: string[], exclude?: string): Candidate[] {
    const windowIndex = new CandidateIndex({ ...this.options, retainDays: Infinity });
    const { windowDays } = this.options;
    for (const article of this.older!(day - windowDays, day + windowDays)) windowIndex.add(article.articleId, article.day, article.keys);
    return windowIndex.candidates(day, keys, exclude);
  }

  /** Takes back every forgotten day from the store and stops forgetting. */
  private keepEveryDay(): void {
    this.retaining = false;
    this.floorDay = -Infinity;
    const all = [...this.older!(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)];
    all.sort((x, y) => x.day - y.day || (x.articleId < y.articleId ? -1 : x.articleId > y.articleId ? 1 : 0));
    this.docs = [];
    this.byId.clear();
    this.postings.clear();
    // In (day, id) order every posting is appended, never spliced in.
    for (const article of all) this.add(article.articleId, article.day, article.keys);
  }

  /** Drops every article dated before `day`, renumbering the rest (postings stay in (day, id) order). */
  private forgetBefore(day: number): void {
    this.floorDay = day;
    const renumbered = new Int32Array(this.docs.length).fill(-1);
    const kept: Doc[] = [];
    this.docs.forEach((doc, index) => {
      if (doc.day < day) {
        this.byId.delete(doc.id);
        return;
      }
      renumbered[index] = kept.length;
      this.byId.set(doc.id, kept.length);
      kept.push(doc);
    });
    this.docs = kept;
    for (const [key, list] of this.postings) {
      const fresh: number[] = [];
      for (const index of list) if (renumbered[index] >= 0) fresh.push(renumbered[index]);
      if (fresh.length === 0) this.postings.delete(key);
      else this.postings.set(key, fresh);
    }
  }

  private before(x: number, y: number): boolean {
    const a = this.docs[x];
    const b = this.docs[y];
    return a.day < b.day || (a.day === b.day && a.id < b.id);
  }

  /** Position of the first posting dated after lastDay. */
  private endOfWindow(list: number[], lastDay: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.docs[list[mid]].day > lastDay) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Entities say most about the event, concepts carry across languages, surface tokens least. */
function keyWeight(key: string): number {
  if (key.startsWith('e:')) return 1.5;
  if (key.startsWith('t:')) return 1;
  return 0.7;
}
