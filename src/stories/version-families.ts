import type { VersionFamily } from './model.js';

export interface FamilyMember {
  articleId: string;
  lang: string;
  site?: string;
  /** Sortable date (published, else ingested). */
  date: string;
}

export interface FamilyLink {
  a: string;
  b: string;
  /** 0-1: how close the two texts are. */
  similarity: number;
}

/** Groups copies of one dispatch (near duplicates, translations) so they count as one source. */
export function versionFamilies(members: FamilyMember[], links: FamilyLink[]): VersionFamily[] {
  const byId = new Map(members.map((member) => [member.articleId, member]));
  const parent = new Map(members.map((member) => [member.articleId, member.articleId]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const best = new Map<string, number>();
  for (const link of links) {
    if (!byId.has(link.a) || !byId.has(link.b)) continue;
    const [x, y] = [find(link.a), find(link.b)];
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
    for (const id of [link.a, link.b]) best.set(id, Math.max(best.get(id) ?? 0, link.similarity));
  }
  const groups = new Map<string, FamilyMember[]>();
  for (const member of members) {
    const root = find(member.articleId);
    const group = groups.get(root);
    if (group) group.push(member);
    else groups.set(root, [member]);
  }
  const families: VersionFamily[] = [];
  for (const group of groups.values()) {
    group.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.articleId < y.articleId ? -1 : 1));
    const original = group[0];
    families.push({
      id: `f-${original.articleId}`,
      representative: original.articleId,
      members: group.map((member) => ({
        articleId: member.articleId,
        lang: member.lang,
        ...(member.site ? { site: member.site } : {}),
        kind: member === original ? 'original' : member.lang === original.lang ? 'copy' : 'translation',
        similarity: member === original ? 1 : (best.get(member.articleId) ?? 0),
      })),
    });
  }
  return families.sort((x, y) => y.members.length - x.members.length || (x.id < y.id ? -1 : 1));
}
