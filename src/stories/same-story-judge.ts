import { compareArticles } from '../compare/compare-articles.js';
import type { CorpusStats } from '../compare/corpus-stats.js';
import type { AnalyzedArticle, PairExplanation } from '../compare/model.js';
import type { StoryEvidence } from './model.js';

export interface Judgement {
  /** Calibrated probability that both report the same event. */
  probability: number;
  /** Overall similarity on the 1-4 scale (1 = very similar). */
  overall: number;
  /** Present when the pair is plausibly the same story (explanations cost time). */
  evidence?: Omit<StoryEvidence, 'bestMatch'>;
}

/** Decides whether two analysed articles report the same event. */
export interface SameStoryJudge {
  judge(a: AnalyzedArticle, b: AnalyzedArticle, stats: CorpusStats): Judgement;
}

/** Pairs below this probability are not worth explaining. */
export const EXPLAIN_FLOOR = 0.25;

/** The judge backed by the compare stage's calibrated scorer. */
export function scorerJudge(): SameStoryJudge {
  return {
    judge(a, b, stats) {
      const quick = compareArticles(a, b, stats, { explain: false });
      const judgement: Judgement = { probability: quick.sameStoryProbability, overall: quick.scores.overall };
      if (quick.sameStoryProbability >= EXPLAIN_FLOOR) {
        const full = compareArticles(a, b, stats, { explain: true, maxItems: 8 });
        judgement.evidence = evidenceFrom(full.sameStoryProbability, full.explanation);
      }
      return judgement;
    },
  };
}

export function evidenceFrom(probability: number, explanation: PairExplanation): Omit<StoryEvidence, 'bestMatch'> {
  const facts = [
    ...explanation.sharedNumbers.map((n) => (n.textA === n.textB ? n.textA : `${n.textA} / ${n.textB}`)),
    ...explanation.sharedDates.map((d) => d.isoA),
  ];
  return {
    probability,
    sharedEntities: explanation.sharedEntities.map((entity) => ({ id: entity.id, canonical: entity.canonical })),
    sharedTerms: explanation.sharedTerms.map((term) => term.concept),
    sharedFacts: [...new Set(facts)],
  };
}
