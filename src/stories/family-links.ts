import type { SqliteStore } from '../store/sqlite-store.js';
import { edgesAmong, type StoryEdge } from '../store/story-store.js';
import { versionAnchorsOf } from '../store/version-anchor-store.js';
import { anchorKeyCounts, mayBeSameText, sameText } from './same-text.js';
import type { FamilyLink } from './version-families.js';

/**
 * Pairs scored further apart than this on the 1-4 overall scale are not compared as texts. The score only
 * spares the text test the pairs that cannot be copies; the test decides (translations of one text score
 * anywhere from 1.0 to about 1.3, and the scale moves with every retrain).
 */
export const FAMILY_CANDIDATE_MAX_OVERALL = 2;

/** Links that make two members versions of one text: recorded near duplicates, and close pairs whose texts align as one. */
export function familyLinks(store: SqliteStore, ids: string[], edges: StoryEdge[] = edgesAmong(store, ids)): FamilyLink[] {
  const links: FamilyLink[] = [];
  const linked = new Set<string>();
  if (ids.length > 0) {
    const rows = store
      .statement(
        `SELECT article_id, original_id, similarity FROM near_duplicates
         WHERE article_id IN (SELECT value FROM json_each(?)) AND original_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids), JSON.stringify(ids)) as { article_id: string; original_id: string; similarity: number }[];
    for (const row of rows) {
      links.push({ a: row.article_id, b: row.original_id, similarity: row.similarity });
      linked.add(`${row.article_id} ${row.original_id}`).add(`${row.original_id} ${row.article_id}`);
    }
  }
  const candidates = edges
    .filter((edge) => edge.overall <= FAMILY_CANDIDATE_MAX_OVERALL && !linked.has(`${edge.a} ${edge.b}`))
    .sort((x, y) => x.overall - y.overall || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  if (candidates.length === 0) return links;
  const anchors = versionAnchorsOf(store, [...new Set(candidates.flatMap((edge) => [edge.a, edge.b]))].sort());
  const numbers = new Map<string, number>();
  const keyCounts = new Map([...anchors].map(([id, anchorsOf]) => [id, anchorKeyCounts(anchorsOf, numbers)]));
  const family = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (family.has(root)) root = family.get(root)!;
    if (root !== id) family.set(id, root);
    return root;
  };
  for (const link of links) if (find(link.a) !== find(link.b)) family.set(find(link.a), find(link.b));
  for (const edge of candidates) {
    // Two members already in one family need no link of their own (closest pairs are tested first).
    const [rootA, rootB] = [find(edge.a), find(edge.b)];
    if (rootA === rootB) continue;
    const [a, b] = [anchors.get(edge.a), anchors.get(edge.b)];
    if (!a || !b || !mayBeSameText(keyCounts.get(edge.a)!, keyCounts.get(edge.b)!)) continue;
    const verdict = sameText(a, b);
    if (!verdict.same) continue;
    links.push({ a: edge.a, b: edge.b, similarity: verdict.similarity });
    family.set(rootA, rootB);
  }
  return links;
}
