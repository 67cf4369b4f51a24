// The compare stage's public API.
export * from './model.js';
export { CorpusStats, type CorpusStatsJSON } from './corpus-stats.js';
export { compareArticles, judgePair, SAME_STORY_THRESHOLD, type CompareContext } from './compare-articles.js';
export { defaultSimilarityModel } from './default-model.js';
export { SimilarityModel, type SimilarityModelJSON } from './similarity-model.js';
export { FEATURE_NAMES, type FeatureName } from './pair-features.js';
