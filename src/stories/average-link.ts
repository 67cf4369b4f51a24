export interface ScoredPair {
  a: string;
  b: string;
  probability: number;
}

export interface AverageLinkOptions {
  /**
   * Share of the cross pairs two groups would have had compared (see `comparisonsPerArticle`) that
   * the mean is taken over at least: pairs never compared then count as 0 up to that share. Without
   * it, one strong pair joined two large groups whose other members were never even retrieved for
   * each other, and dense news days chained same-kind events into giant stories.
   */
  coverage?: number;
  /** Cross pairs expected per article of the smaller group: retrieval compares each article with a bounded number of others. */
  comparisonsPerArticle?: number;
}

/** Mean same-story probability of two groups' compared cross pairs, with `coverage` (see AverageLinkOptions). */
export function linkMean(link: { sum: number; count: number }, sizeX: number, sizeY: number, options: AverageLinkOptions = {}): number {
  const coverage = options.coverage ?? 0;
  if (coverage === 0 || link.count === 0) return link.count === 0 ? 0 : link.sum / link.count;
  const perArticle = options.comparisonsPerArticle ?? Number.POSITIVE_INFINITY;
  const expected = Math.min(sizeX * sizeY, perArticle * Math.min(sizeX, sizeY));
  return link.sum / Math.max(link.count, coverage * expected);
}

/**
 * Average-link agglomeration: repeatedly joins the two groups whose compared cross pairs have the
 * highest mean same-story probability, while that mean reaches the threshold. The result depends
 * only on the pairs, never on the order they were scored in, and a chain A~B~C does not pull A
 * and C together when A and C were judged different.
 */
export function averageLink(nodes: string[], pairs: ScoredPair[], threshold: number, options: AverageLinkOptions = {}): string[][] {
  const meanOf = (x: number, y: number, sum: number, count: number): number =>
    linkMean({ sum, count }, members.get(x)!.length, members.get(y)!.length, options);
  const clusterOf = new Map<string, number>();
  const members = new Map<number, string[]>();
  const sorted = [...new Set(nodes)].sort();
  sorted.forEach((node, i) => {
    clusterOf.set(node, i);
    members.set(i, [node]);
  });
  // links.get(x).get(y) for x < y: summed probability and count of compared cross pairs.
  const links = new Map<number, Map<number, { sum: number; count: number }>>();
  const link = (x: number, y: number) => {
    const [lo, hi] = x < y ? [x, y] : [y, x];
    let row = links.get(lo);
    if (!row) links.set(lo, (row = new Map()));
    let entry = row.get(hi);
    if (!entry) row.set(hi, (entry = { sum: 0, count: 0 }));
    return entry;
  };
  for (const pair of pairs) {
    const x = clusterOf.get(pair.a);
    const y = clusterOf.get(pair.b);
    if (x === undefined || y === undefined || x === y) continue;
    const entry = link(x, y);
    entry.sum += pair.probability;
    entry.count++;
  }
  for (;;) {
    let best: { x: number; y: number; mean: number } | undefined;
    for (const [x, row] of links) {
      for (const [y, { sum, count }] of row) {
        const mean = meanOf(x, y, sum, count);
        // Cluster numbers come from sorted node order, so ties break the same way every run.
        if (mean >= threshold && (!best || mean > best.mean || (mean === best.mean && (x < best.x || (x === best.x && y < best.y))))) {
          best = { x, y, mean };
        }
      }
    }
    if (!best) break;
    const { x, y } = best;
    members.get(x)!.push(...members.get(y)!);
    members.delete(y);
    const rowY = links.get(y);
    links.delete(y);
    const moved: [number, { sum: number; count: number }][] = rowY ? [...rowY] : [];
    for (const [z, row] of links) {
      const entry = row.get(y);
      if (entry) {
        row.delete(y);
        moved.push([z, entry]);
      }
    }
    links.get(Math.min(x, y))?.delete(Math.max(x, y));
    for (const [z, entry] of moved) {
      if (z === x) continue;
      const target = link(x, z);
      target.sum += entry.sum;
      target.count += entry.count;
    }
  }
  return [...members.values()].map((group) => group.sort()).sort((p, q) => (p[0] < q[0] ? -1 : 1));
}
