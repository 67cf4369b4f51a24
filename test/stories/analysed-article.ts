import { createAnalyzer } from '../../src/analyze/analyzer.js';
import type { CoverageArticle } from '../../src/stories/coverage.js';

const analyzer = await createAnalyzer();

/** An article for coverage tests, analysed by the real analyzer; dated at its publication, else at a fixed ingest time. */
export function analysedArticle(id: string, lang: string, title: string, text: string, published?: string): CoverageArticle {
  return {
    id,
    lang,
    title,
    text,
    site: `${id}.example`,
    date: published ?? '2026-11-22T10:00:00.000Z',
    ...(published ? { published } : {}),
    analysis: analyzer.analyze({ title, text, lang, ...(published ? { published } : {}) }),
  };
}
