import type { ResolvedEntity } from '../../core/model.js';
import { matchNames, partSimilarity } from './match-names.js';
import { nameParts } from './name-parts.js';

export interface CrossArticleMatch {
  same: boolean;
  score: number;
  /** Why, for explanations: `same id`, `given names differ`, `names match`, `no shared context`. */
  reason: string;
}

/**
 * Whether an entity of one article is the same as an entity of another. Person ids are built from the
 * surname, so two people sharing one (`George Bush`, `Laura Bush`) share an id across articles: given
 * names that are both known and differ keep them apart, and so does a bare shared surname whose articles
 * share no other entity (nothing says they speak of the same world).
 */
export function sameEntityAcrossArticles(
  a: ResolvedEntity,
  langA: string,
  contextA: ResolvedEntity[],
  b: ResolvedEntity,
  langB: string,
  contextB: ResolvedEntity[],
): CrossArticleMatch {
  if (a.id !== b.id) {
    const match = matchNames(a.canonical, langA, b.canonical, langB);
    return { ...match, reason: match.same ? 'names match' : 'different ids' };
  }
  if (a.type !== 'person') return { same: true, score: 1, reason: 'same id' };
  const givenA = givenNames(a);
  const givenB = givenNames(b);
  if (givenA.length > 0 && givenB.length > 0) {
    const compatible = givenA.some((x) => givenB.some((y) => partSimilarity(x, y) >= 0.72));
    if (!compatible) return { same: false, score: 0.2, reason: 'given names differ' };
    return { same: true, score: 1, reason: 'same id' };
  }
  const others = new Set(contextA.filter((e) => e.id !== a.id).map((e) => e.id));
  const shared = contextB.filter((e) => e.id !== b.id && others.has(e.id)).length;
  if (others.size > 0 && contextB.length > 1 && shared === 0) return { same: false, score: 0.4, reason: 'no shared context' };
  return { same: true, score: shared > 0 ? 0.9 : 0.7, reason: 'same id' };
}

/** First name parts of the fullest mention (none when only a surname was written). */
function givenNames(entity: ResolvedEntity) {
  let best = nameParts(entity.canonical).filter((p) => !p.optional);
  for (const m of entity.mentions) {
    const parts = nameParts(m.text).filter((p) => !p.optional);
    if (parts.length > best.length) best = parts;
  }
  return best.length > 1 ? [best[0]!] : [];
}
