import { closeNumbers } from '../compare/close-numbers.js';
import type { VersionAnchor, VersionAnchors } from './version-anchors.js';

/** Whether two articles are one text, copied or translated, and what says so. */
export interface SameTextVerdict {
  same: boolean;
  /** 0-1: share of both articles' anchors that align in order (Dice). */
  similarity: number;
  /** Anchors aligned in order. */
  aligned: number;
  /** Share of the article with fewer anchors that aligns. */
  shorterCovered: number;
  /** Share of the article with more anchors that aligns. */
  longerCovered: number;
  /** Figures and days aligned in order, and the share of the article with fewer of them they make. */
  alignedFacts: number;
  factsCovered: number;
  /** A figure one article gives where the other gives another (`1,200 homes` against `1,500 homes`). */
  conflict?: { a: number; b: number };
}

/** Fewer anchors than this are too little to tell a translation from a short report that shares its facts. */
export const MIN_ANCHORS = 5;
/** A version keeps most of its source: this share of the shorter one's anchors align in order. */
export const MIN_SHORTER_COVERED = 0.7;
/** ...and is not a digest of it: this share of the longer one's anchors align too. */
export const MIN_LONGER_COVERED = 0.5;
/** Figures and days are what a copy keeps exactly: at least this many align in order... */
export const MIN_ALIGNED_FACTS = 3;
/** ...and they make this share of the figures and days of the article that has fewer. */
export const MIN_FACTS_COVERED = 0.7;
/** Two values of one thing further apart than this ratio are different things, not an edited figure. */
const MAX_EDIT_RATIO = 2;

/** The anchors of each sentence that has any, in reading order. */
function sentenceGroups(anchors: VersionAnchor[]): VersionAnchor[][] {
  const groups: VersionAnchor[][] = [];
  let sentence = -1;
  for (const anchor of anchors) {
    if (anchor.sentence !== sentence) groups.push([]);
    sentence = anchor.sentence;
    groups.at(-1)!.push(anchor);
  }
  return groups;
}

/** How many anchors two runs of sentences share (as multisets of keys). */
function shared(x: VersionAnchor[], y: VersionAnchor[]): number {
  const counts = new Map<string, number>();
  for (const anchor of x) counts.set(anchor.key, (counts.get(anchor.key) ?? 0) + 1);
  let n = 0;
  for (const anchor of y) {
    const left = counts.get(anchor.key) ?? 0;
    if (left > 0) {
      n++;
      counts.set(anchor.key, left - 1);
    }
  }
  return n;
}

/** Runs of sentences aligned in order: `a[fromA, toA)` with `b[fromB, toB)`, sharing `shared` anchors. */
interface AlignedRun {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
  shared: number;
}

/** Sentence runs a translator may have merged or split: one with one, one with two, two with one. */
const RUN_SHAPES: [number, number][] = [[1, 1], [1, 2], [2, 1]];

/** Anchors shared by two key lists sorted ascending (as multisets). */
function sharedSorted(x: Int32Array, y: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      n++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return n;
}

/** Each run of one and of two sentences ending at a sentence, as sorted key numbers: `runs[length - 1][end]`. */
function sentenceRuns(groups: VersionAnchor[][], keyOf: (key: string) => number): Int32Array[][] {
  const single = groups.map((group) => Int32Array.from(group.map((anchor) => keyOf(anchor.key))).sort());
  const double = single.map((keys, i) => (i === 0 ? keys : Int32Array.from([...single[i - 1], ...keys]).sort()));
  return [single, double];
}

/**
 * The in-order alignment of two articles' sentences that shares the most anchors, sentences matched one
 * with one or merged in pairs (a translation splits and joins sentences and reorders words inside them).
 */
function alignSentences(a: VersionAnchor[][], b: VersionAnchor[][]): AlignedRun[] {
  const numbers = new Map<string, number>();
  const keyOf = (key: string): number => {
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = numbers.size));
    return n;
  };
  const runsA = sentenceRuns(a, keyOf);
  const runsB = sentenceRuns(b, keyOf);
  const width = b.length + 1;
  const best = new Float64Array((a.length + 1) * width);
  const step = new Uint8Array((a.length + 1) * width);
  for (let i = 0; i <= a.length; i++) {
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 && j === 0) continue;
      let score = -1;
      let how = 0;
      if (i > 0 && best[(i - 1) * width + j] > score) [score, how] = [best[(i - 1) * width + j], 1];
      if (j > 0 && best[i * width + j - 1] > score) [score, how] = [best[i * width + j - 1], 2];
      for (let shape = 0; shape < RUN_SHAPES.length; shape++) {
        const [da, db] = RUN_SHAPES[shape];
        if (i < da || j < db) continue;
        const overlap = sharedSorted(runsA[da - 1][i - 1], runsB[db - 1][j - 1]);
        const before = best[(i - da) * width + j - db];
        if (overlap > 0 && before + overlap > score) [score, how] = [before + overlap, 3 + shape];
      }
      best[i * width + j] = score;
      step[i * width + j] = how;
    }
  }
  const runs: AlignedRun[] = [];
  for (let i = a.length, j = b.length; i > 0 || j > 0; ) {
    const how = step[i * width + j];
    if (how === 1) i--;
    else if (how === 2) j--;
    else {
      const [da, db] = RUN_SHAPES[how - 3];
      runs.push({ fromA: i - da, toA: i, fromB: j - db, toB: j, shared: best[i * width + j] - best[(i - da) * width + j - db] });
      i -= da;
      j -= db;
    }
  }
  return runs.reverse();
}

/** Figures and days: what a copy or a translation keeps exactly, where names are also what any report of the event repeats. */
function facts(anchors: VersionAnchor[]): VersionAnchor[] {
  return anchors.filter((anchor) => !anchor.key.startsWith('e:'));
}

function figures(anchors: VersionAnchor[]): number[] {
  return anchors.flatMap((anchor) => (anchor.value === undefined ? [] : [anchor.value]));
}

/**
 * A figure changed between two texts that otherwise align: in aligned sentences, or between the same two
 * aligned ones, each gives a figure of the same unit, within a ratio of the other's, that the other text
 * gives nowhere.
 */
function changedFigure(a: VersionAnchor[][], b: VersionAnchor[][], runs: AlignedRun[]): { a: number; b: number } | undefined {
  const allA = figures(a.flat());
  const allB = figures(b.flat());
  const spans: [number, number, number, number][] = [];
  let [endA, endB] = [0, 0];
  for (const run of [...runs, { fromA: a.length, toA: a.length, fromB: b.length, toB: b.length }]) {
    spans.push([endA, run.fromA, endB, run.fromB], [run.fromA, run.toA, run.fromB, run.toB]);
    [endA, endB] = [run.toA, run.toB];
  }
  for (const [fromA, toA, fromB, toB] of spans) {
    if (toA === fromA || toB === fromB) continue;
    const onlyA = figures(a.slice(fromA, toA).flat()).filter((x) => !allB.some((y) => closeNumbers(x, y)));
    const onlyB = b.slice(fromB, toB).flat().filter((anchor) => anchor.value !== undefined && !allA.some((x) => closeNumbers(x, anchor.value!)));
    for (const x of a.slice(fromA, toA).flat()) {
      if (x.value === undefined || !onlyA.includes(x.value)) continue;
      for (const y of onlyB) {
        if ((x.unit && y.unit && x.unit !== y.unit) || Math.sign(x.value) !== Math.sign(y.value!)) continue;
        const ratio = Math.abs(x.value) > Math.abs(y.value!) ? x.value / y.value! : y.value! / x.value;
        if (ratio <= MAX_EDIT_RATIO) return { a: x.value, b: y.value! };
      }
    }
  }
  return undefined;
}

/**
 * The anchors that can be looked for in the other article: every figure and day, and the entities the other
 * names too. Names are resolved less surely than figures across languages and scripts (a lake, a company's
 * initials): an entity only one of them resolved says little about whether one text is the other.
 */
function comparable(anchors: VersionAnchor[], other: VersionAnchor[]): VersionAnchor[] {
  const otherKeys = new Set(other.map((anchor) => anchor.key));
  return anchors.filter((anchor) => !anchor.key.startsWith('e:') || otherKeys.has(anchor.key));
}

/** What the thresholds are checked on: anchors and facts aligned, and how many each side has. */
interface Counts {
  aligned: number;
  alignedFacts: number;
  shorter: number;
  longer: number;
  fewerFacts: number;
}

function enoughAligned(counts: Counts): boolean {
  return (
    counts.shorter >= MIN_ANCHORS &&
    counts.aligned >= MIN_SHORTER_COVERED * counts.shorter &&
    counts.aligned >= MIN_LONGER_COVERED * counts.longer &&
    counts.alignedFacts >= MIN_ALIGNED_FACTS &&
    counts.alignedFacts >= MIN_FACTS_COVERED * counts.fewerFacts
  );
}

function countsOf(kept: VersionAnchor[], otherKept: VersionAnchor[], aligned: number, alignedFacts: number): Counts {
  return {
    aligned,
    alignedFacts,
    shorter: Math.min(kept.length, otherKept.length),
    longer: Math.max(kept.length, otherKept.length),
    fewerFacts: Math.min(facts(kept).length, facts(otherKept).length),
  };
}

/** An article's anchor keys as numbers, sorted, for the quick bound: numbers are given by a map shared by the articles compared. */
export interface AnchorKeyCounts {
  keys: Int32Array;
  /** Whether each of `keys` is an entity's. */
  entity: Uint8Array;
  facts: number;
}

export function anchorKeyCounts(anchors: VersionAnchors, numbers: Map<string, number>): AnchorKeyCounts {
  const keyed = anchors.anchors.map((anchor) => {
    let n = numbers.get(anchor.key);
    if (n === undefined) numbers.set(anchor.key, (n = numbers.size));
    return { n, entity: anchor.key.startsWith('e:') };
  });
  keyed.sort((x, y) => x.n - y.n);
  return {
    keys: Int32Array.from(keyed.map((key) => key.n)),
    entity: Uint8Array.from(keyed.map((key) => (key.entity ? 1 : 0))),
    facts: keyed.filter((key) => !key.entity).length,
  };
}

/**
 * False when two articles cannot be versions of one text even if every anchor they share aligned: a test in
 * linear time that spares the alignment most pairs of a story (independent reports share fewer anchors).
 */
export function mayBeSameText(x: AnchorKeyCounts, y: AnchorKeyCounts): boolean {
  let [aligned, alignedFacts, keptX, keptY] = [0, 0, x.facts, y.facts];
  for (let i = 0, j = 0; i < x.keys.length && j < y.keys.length; ) {
    const key = x.keys[i];
    if (key < y.keys[j]) i++;
    else if (key > y.keys[j]) j++;
    else {
      const entity = x.entity[i] === 1;
      let [countX, countY] = [0, 0];
      while (i < x.keys.length && x.keys[i] === key) [i, countX] = [i + 1, countX + 1];
      while (j < y.keys.length && y.keys[j] === key) [j, countY] = [j + 1, countY + 1];
      aligned += Math.min(countX, countY);
      // Entities count only where both articles name them (see comparable).
      if (entity) [keptX, keptY] = [keptX + countX, keptY + countY];
      else alignedFacts += Math.min(countX, countY);
    }
  }
  return enoughAligned({ aligned, alignedFacts, shorter: Math.min(keptX, keptY), longer: Math.max(keptX, keptY), fewerFacts: Math.min(x.facts, y.facts) });
}

/**
 * Whether two articles are versions of one text (a copy, a translation, a shortened one): most anchors of
 * the shorter align in order with anchors of the longer, enough of the longer align too, and no figure
 * differs. An independent report of the same event orders its facts its own way and gives figures of its own.
 */
export function sameText(x: VersionAnchors, y: VersionAnchors): SameTextVerdict {
  const [kept, otherKept] = [comparable(x.anchors, y.anchors), comparable(y.anchors, x.anchors)];
  const a = sentenceGroups(kept);
  const b = sentenceGroups(otherKept);
  const runs = a.length > 0 && b.length > 0 ? alignSentences(a, b) : [];
  const aligned = runs.reduce((sum, run) => sum + run.shared, 0);
  const alignedFacts = runs.reduce((sum, run) => sum + shared(facts(a.slice(run.fromA, run.toA).flat()), facts(b.slice(run.fromB, run.toB).flat())), 0);
  const counts = countsOf(kept, otherKept, aligned, alignedFacts);
  const verdict: SameTextVerdict = {
    same: false,
    similarity: counts.shorter + counts.longer > 0 ? (2 * aligned) / (counts.shorter + counts.longer) : 0,
    aligned,
    shorterCovered: counts.shorter > 0 ? aligned / counts.shorter : 0,
    longerCovered: counts.longer > 0 ? aligned / counts.longer : 0,
    alignedFacts,
    factsCovered: counts.fewerFacts > 0 ? alignedFacts / counts.fewerFacts : 0,
  };
  const conflict = changedFigure(a, b, runs);
  if (conflict) verdict.conflict = conflict;
  verdict.same = enoughAligned(counts) && !conflict;
  return verdict;
}
