import type { ResolvedEntity } from '../../core/model.js';
import type { AliasTable } from './alias-table.js';
import { matchNames, softSoundScore } from './match-names.js';

export interface StoryArticle {
  lang: string;
  entities: ResolvedEntity[];
}

const LEARNABLE = new Set(['person', 'organisation', 'other']);

/**
 * Learns aliases from articles already linked as one story: names of different ids, in different
 * articles, that sound alike more loosely than `matchNames` would call the same (person-like names
 * whose parts sound alike on average, default 0.75, even if one part differs a lot; organisations by
 * matchNames score) are recorded as co-referring. Returns how many pairs were recorded.
 */
export function learnStoryAliases(table: AliasTable, articles: StoryArticle[], threshold = 0.75): number {
  let learned = 0;
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i]!;
      const b = articles[j]!;
      for (const x of a.entities) {
        if (!LEARNABLE.has(x.type)) continue;
        for (const y of b.entities) {
          if (x.id === y.id || !LEARNABLE.has(y.type)) continue;
          if (x.type !== y.type && x.type !== 'other' && y.type !== 'other') continue;
          const score = x.type === 'organisation' || y.type === 'organisation' ? matchNames(x.canonical, a.lang, y.canonical, b.lang).score : softSoundScore(x.canonical, y.canonical);
          if (score >= threshold) {
            table.add(x.canonical, y.canonical, 'story');
            learned++;
          }
        }
      }
    }
  }
  return learned;
}
