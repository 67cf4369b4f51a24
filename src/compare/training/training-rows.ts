import { articleProfile } from '../article-profile.js';
import { CorpusStats } from '../corpus-stats.js';
import { eventGapDays, timePenalty } from '../event-time.js';
import { pairFeatures } from '../pair-features.js';
import type { TrainingRow } from './fit-scorer.js';
import type { SemevalDataset } from './rated-pairs-dataset.js';

/** Features of every gold pair, with IDF over all articles of the dataset (no labels involved). */
export function trainingRows(dataset: SemevalDataset): { rows: TrainingRow[]; stats: CorpusStats } {
  // The dataset is a corpus of its own: no reference corpus, which holds these very articles.
  const stats = CorpusStats.fromAnalyses([...dataset.articles.values()].map((article) => article.analysis), { reference: null });
  const rows = dataset.pairs.map((pair) => {
    const a = articleProfile(dataset.articles.get(pair.id1)!, stats);
    const b = articleProfile(dataset.articles.get(pair.id2)!, stats);
    return { features: pairFeatures(a, b), gold: pair.gold, group: pair.langPair, timePenalty: timePenalty(eventGapDays(a, b)) };
  });
  return { rows, stats };
}
