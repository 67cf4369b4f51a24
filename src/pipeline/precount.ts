import type { ArticleAnalysis } from '../core/model.js';
import { adoptArticleGrams, countArticleGrams, type ArticleGrams } from '../compare/article-profile.js';
import { adoptConceptWords, encodeConceptWords, recordedConceptWords } from '../analyze/pivot/concept-words.js';
import { adoptCandidateKeys, candidateKeys } from '../index/candidate-keys.js';
import { adoptVersionAnchors, encodedVersionAnchors } from '../stories/version-anchors.js';

/**
 * What the story engine derives from an article alone (grams, retrieval keys), computed by the
 * worker that analysed it: the writer thread, which also clusters, is the one ingest waits for.
 */
export interface Precounted {
  grams: ArticleGrams;
  candidateKeys: string[];
  /** The article's version anchors in their stored form (see `encodedVersionAnchors`). */
  versionAnchors: string;
  /** The words of each pivot concept (`encodeConceptWords`), for explanations: the writer has no lexicon. */
  conceptWords?: string;
}

/** With the words of each concept when the analyser recorded them (AnalyzerOptions.conceptWords). */
export function precount(article: { title: string; text: string; analysis: ArticleAnalysis }): Precounted {
  const words = recordedConceptWords(article.analysis);
  return {
    grams: countArticleGrams(article),
    candidateKeys: candidateKeys(article.analysis),
    versionAnchors: encodedVersionAnchors({ ...article, lang: article.analysis.lang }, article.analysis),
    ...(words ? { conceptWords: encodeConceptWords(words) } : {}),
  };
}

/** Lets the engine use what a worker precounted for this analysis object (of the same title and text). */
export function adoptPrecounted(analysis: ArticleAnalysis, precounted: Precounted): void {
  adoptArticleGrams(analysis, precounted.grams);
  adoptCandidateKeys(analysis, precounted.candidateKeys);
  adoptVersionAnchors(analysis, precounted.versionAnchors);
  if (precounted.conceptWords !== undefined) adoptConceptWords(analysis, precounted.conceptWords);
}
