import { articleProfile } from './article-profile.js';
import type { CorpusStats } from './corpus-stats.js';
import { explainPair } from './explain-pair.js';
import type { AnalyzedArticle, CompareOptions, PairComparison, PairExplanation } from './model.js';
import { pairFeatures } from './pair-features.js';
import { defaultSimilarityModel } from './default-model.js';
import type { SimilarityModel } from './similarity-model.js';

export interface CompareContext {
  /** Scorer to use instead of the committed one (training, tests). */
  model?: SimilarityModel;
}

const EMPTY_EXPLANATION: PairExplanation = {
  sharedEntities: [],
  sharedNumbers: [],
  conflictingNumbers: [],
  sharedDates: [],
  conflictingDates: [],
  sharedTerms: [],
  sharedCountries: [],
  features: [],
};

/** Scores two analysed articles on the seven dimensions, with the evidence behind the scores. */
export function compareArticles(
  a: AnalyzedArticle,
  b: AnalyzedArticle,
  stats: CorpusStats,
  options: CompareOptions & CompareContext = {},
): PairComparison {
  const model = options.model ?? defaultSimilarityModel();
  const profileA = articleProfile(a, stats);
  const profileB = articleProfile(b, stats);
  const features = pairFeatures(profileA, profileB);
  const scores = model.scores(features);
  const sameStoryProbability = model.sameStoryProbability(scores.overall, features);
  const explanation =
    options.explain === false
      ? EMPTY_EXPLANATION
      : explainPair(a, b, profileA, profileB, features, model.contributions(features), {
          maxItems: options.maxItems ?? 10,
          lexicon: options.lexicon,
        });
  return { scores, sameStory: sameStoryProbability >= 0.5, sameStoryProbability, explanation };
}

/** The overall score alone (1 = same story ... 4 = unrelated): for candidate pruning. */
export function quickOverall(a: AnalyzedArticle, b: AnalyzedArticle, stats: CorpusStats, model: SimilarityModel = defaultSimilarityModel()): number {
  return model.overall(pairFeatures(articleProfile(a, stats), articleProfile(b, stats)));
}
