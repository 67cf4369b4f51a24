// How often the scorer takes two different synthetic stories in one language for one story: every
// same-language pair within 3 days of the first N articles of the scale benchmark's stream, analysed
// by the real analyzer, share of different-story pairs judged P(same) >= the same-story threshold
// (and of same-story pairs, which should all be). Shows which languages chain stories at scale.
// Usage: npx tsx bench/synthetic-pairs.ts [--articles 2000] [--per-day 274] [--seed 42]
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../src/analyze/analyzer.js';
import { compareArticles, SAME_STORY_THRESHOLD } from '../src/compare/compare-articles.js';
import { CorpusStats } from '../src/compare/corpus-stats.js';
import type { AnalyzedArticle } from '../src/compare/model.js';
import { syntheticStream } from './synthetic-stream.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    'per-day': { type: 'string', default: '274' },
    seed: { type: 'string', default: '42' },
  },
});
const total = 10_000;
const analyzer = await createAnalyzer();
const items: Array<AnalyzedArticle & { story: number; day: number }> = [];
for (const { doc, story } of syntheticStream(total, Number(values.seed), { stopAfter: Number(values.articles), spanDays: total / Number(values['per-day']) })) {
  const input = { title: doc.title ?? '', text: doc.body, lang: doc.lang, ...(doc.published ? { published: doc.published } : {}) };
  const analysis = await analyzer.analyzeAsync(input);
  items.push({ id: doc.id ?? String(items.length), title: input.title, text: doc.body, lang: analysis.lang, ...(doc.published ? { published: doc.published } : {}), analysis, story, day: Date.parse(doc.published ?? '') / 86_400_000 });
}
const stats = CorpusStats.fromAnalyses(items.map((item) => item.analysis));
console.log(`${items.length} articles; same-language pairs within 3 days judged P(same) >= ${SAME_STORY_THRESHOLD}:`);
for (const lang of [...new Set(items.map((item) => item.lang))].sort()) {
  const group = items.filter((item) => item.lang === lang);
  const counts = { different: 0, differentJoined: 0, same: 0, sameJoined: 0 };
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      if (Math.abs(group[i].day - group[j].day) > 3) continue;
      const joined = compareArticles(group[i], group[j], stats, { explain: false }).sameStoryProbability >= SAME_STORY_THRESHOLD;
      if (group[i].story === group[j].story) {
        counts.same++;
        if (joined) counts.sameJoined++;
      } else {
        counts.different++;
        if (joined) counts.differentJoined++;
      }
    }
  }
  const share = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
  console.log(
    `  ${lang}: different stories ${counts.differentJoined} of ${counts.different} (${share(counts.differentJoined, counts.different)}), same story ${counts.sameJoined} of ${counts.same} (${share(counts.sameJoined, counts.same)})`,
  );
}
