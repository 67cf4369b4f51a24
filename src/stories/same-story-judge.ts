import { compareArticles, judgePair } from '../compare/compare-articles.js';
import type { CorpusStats } from '../compare/corpus-stats.js';
import type { AnalyzedArticle, PairExplanation } from '../compare/model.js';
import type { SimilarityModel } from '../compare/similarity-model.js';
import type { StoryEvidence } from './model.js';

export interface Judgement {
  /** Calibrated probability that both report the same event. */
  probability: number;
  /** Overall similarity on the 1-4 scale (1 = very similar). */
  overall: number;
  /** The evidence, when the judge has it at no extra cost; otherwise `explain` gives it on demand. */
  evidence?: Omit<StoryEvidence, 'bestMatch'>;
}

/** Decides whether two analysed articles report the same event. */
export interface SameStoryJudge {
  judge(a: AnalyzedArticle, b: AnalyzedArticle, stats: CorpusStats): Judgement;
  /**
   * Why two articles were judged alike. Explanations cost several times a judgement, and only the
   * pair that explains a membership needs one, so the engine asks for them lazily.
   */
  explain?(a: AnalyzedArticle, b: AnalyzedArticle, stats: CorpusStats): Omit<StoryEvidence, 'bestMatch'>;
  /**
   * True when `judge` reads articles only through their profiles (`articleProfile`): the engine may
   * then keep them compact in memory (`compactArticle`) and hand those to it.
   */
  readonly judgesProfiles?: boolean;
}

/**
 * The judge backed by the compare stage's calibrated scorer (the committed one unless `model` is given).
 * With `explain: false` it gives no evidence: for a run that needs only the partition (`storyweave
 * cluster`), where explaining each membership cost a tenth of the time.
 */
export function scorerJudge(model?: SimilarityModel, options: { explain?: boolean } = {}): SameStoryJudge {
  const judge: SameStoryJudge = {
    judgesProfiles: true,
    judge(a, b, stats) {
      return judgePair(a, b, stats, model);
    },
  };
  if (options.explain === false) return judge;
  return {
    ...judge,
    explain(a, b, stats) {
      const full = compareArticles(a, b, stats, { explain: true, maxItems: 8, model });
      return evidenceFrom(full.sameStoryProbability, full.explanation);
    },
  };
}

/**
 * A shared concept as the two articles write it (`mobilisation / التعبئة`); without their words (explained
 * without a lexicon), an English concept's stem (`ukrain`). Spelling keys of names (`sk:`, `cg:`) say
 * nothing to a reader without the words: the shared entities show those names. A concept written only
 * with words of the shared entities' names (`Russians / người Nga` beside the entity Russia) is left to
 * the entities, so the terms say what else the two share: what happened.
 */
function termAsWritten(term: PairExplanation['sharedTerms'][number], nameWords: Set<string>): string | undefined {
  const [a, b] = [term.wordsA[0], term.wordsB[0]];
  const written = [a, b].filter((word): word is string => word !== undefined);
  if (written.length > 0 && written.every((word) => wordsOfName(word).every((part) => nameWords.has(part)))) return undefined;
  if (a && b) return a.toLowerCase() === b.toLowerCase() ? a : `${a} / ${b}`;
  if (term.concept.startsWith('sk:') || term.concept.startsWith('cg:')) return undefined;
  return term.concept.slice(term.concept.indexOf(':') + 1);
}

function wordsOfName(text: string): string[] {
  return text.toLowerCase().split(/[\s\-‐‑’'.]+/u).filter((word) => word.length > 0);
}

export function evidenceFrom(probability: number, explanation: PairExplanation): Omit<StoryEvidence, 'bestMatch'> {
  const facts = [
    ...explanation.sharedNumbers.map((n) => (n.textA === n.textB ? n.textA : `${n.textA} / ${n.textB}`)),
    // As each side writes it, as numbers are: `--02-02` said nothing to a reader.
    ...explanation.sharedDates.map((d) => (d.textA === d.textB ? d.textA : `${d.textA} / ${d.textB}`)),
  ];
  const nameWords = new Set(explanation.sharedEntities.flatMap((entity) => [entity.canonical, ...entity.formsA, ...entity.formsB].flatMap(wordsOfName)));
  return {
    probability,
    sharedEntities: explanation.sharedEntities.map((entity) => ({ id: entity.id, canonical: entity.canonical })),
    sharedTerms: [...new Set(explanation.sharedTerms.map((term) => termAsWritten(term, nameWords)).filter((term): term is string => term !== undefined))],
    sharedFacts: [...new Set(facts)],
  };
}

/**
 * A transparent judge from shared retrieval keys alone (IDF-weighted overlap of entities, concepts
 * and tokens). Cheap and predictable: for tests of the clustering logic and as a fallback scorer.
 */
export function overlapJudge(options: { midpoint?: number; steepness?: number } = {}): SameStoryJudge {
  const midpoint = options.midpoint ?? 0.3;
  const steepness = options.steepness ?? 14;
  return {
    judge(a, b, stats) {
      const weigh = (analysis: AnalyzedArticle['analysis']) => {
        const weights = new Map<string, number>();
        for (const entity of analysis.entities) weights.set(`e:${entity.id}`, 2 * stats.idf('entity', entity.id));
        for (const term of Object.keys(analysis.terms)) weights.set(`t:${term}`, stats.idf('term', term));
        return weights;
      };
      const x = weigh(a.analysis);
      const y = weigh(b.analysis);
      let shared = 0;
      let union = 0;
      for (const [key, weight] of x) {
        if (y.has(key)) shared += weight;
        union += weight;
      }
      for (const [key, weight] of y) if (!x.has(key)) union += weight;
      const overlap = union > 0 ? shared / union : 0;
      const probability = 1 / (1 + Math.exp(-steepness * (overlap - midpoint)));
      const entities = a.analysis.entities.filter((entity) => b.analysis.entities.some((other) => other.id === entity.id));
      return {
        probability,
        overall: 4 - 3 * overlap,
        evidence: {
          probability,
          sharedEntities: entities.map((entity) => ({ id: entity.id, canonical: entity.canonical })),
          sharedTerms: Object.keys(a.analysis.terms).filter((term) => term in b.analysis.terms).sort(),
          sharedFacts: [],
        },
      };
    },
  };
}
