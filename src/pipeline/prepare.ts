import { createHash } from 'node:crypto';
import type { ArticleAnalysis, ExtractedArticle, RawDocument } from '../core/model.js';
import { detectLanguage } from '../analyze/language.js';
import { extractDocument } from '../extract/extract-document.js';
import type { SiteLineStats } from '../extract/text/site-line-stats.js';
import { analysedText, type Analyzer } from '../analyze/analyzer.js';
import { adoptConceptWords, conceptWords, hasConceptWords } from '../analyze/pivot/concept-words.js';
import { lshBands, minhashSignature } from '../index/near-duplicates.js';

/** Everything about a document that can be computed without the store: the CPU-heavy part of ingest. */
export interface PreparedArticle {
  extracted: ExtractedArticle;
  lang: string;
  langConfidence: number;
  contentHash: string;
  analysis: ArticleAnalysis;
  /** The analysis as stored (see encodeAnalysis), when a worker encoded it already: saves the writer thread the work. */
  analysisData?: Uint8Array;
  signature: Uint32Array;
  bands: string[];
  /** Where a document over the extraction caps was cut; its contentHash then covers the whole body. */
  truncated?: string;
}

export async function prepareDocument(doc: RawDocument, analyzer: Analyzer, siteLines?: SiteLineStats): Promise<PreparedArticle> {
  let truncated: string | undefined;
  const extracted = extractDocument(doc, { siteLines, onTruncated: (detail) => (truncated = detail) });
  const guess = await languageOf(doc, extracted);
  const analysis = analyzer.analyze({ title: extracted.title, text: extracted.text, lang: guess.lang, published: extracted.published });
  // Explaining a membership names the words of shared concepts; the thread that clusters may have no lexicon.
  if (!hasConceptWords(analysis)) adoptConceptWords(analysis, () => conceptWords(analysedText(extracted), analysis, analyzer.lexicon));
  const signature = minhashSignature(extracted.text);
  return {
    extracted,
    lang: guess.lang,
    langConfidence: guess.confidence,
    // Two long inputs sharing what was read of them are not the same article unless all of them is.
    contentHash: truncated ? createHash('sha256').update(doc.body).digest('hex') : contentHashOf(extracted),
    analysis,
    signature,
    bands: lshBands(signature),
    ...(truncated ? { truncated } : {}),
  };
}

/** The clean text's hash: the same article from two sources is one article. */
export function contentHashOf(article: Pick<ExtractedArticle, 'title' | 'text'>): string {
  const normalised = `${article.title}\n${article.text}`.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}

/** A language the source states wins; else fastText; a page's own `lang` hint only breaks a weak guess. */
async function languageOf(doc: RawDocument, extracted: ExtractedArticle): Promise<{ lang: string; confidence: number }> {
  const stated = normaliseLang(doc.lang);
  if (stated) return { lang: stated, confidence: 1 };
  const detected = await detectLanguage(`${extracted.title}\n${extracted.text}`);
  const hinted = normaliseLang(extracted.langHint);
  return hinted && detected.confidence < 0.5 ? { lang: hinted, confidence: detected.confidence } : detected;
}

/** `en-GB`, `EN` -> `en`: languages are stored as ISO 639-1 codes where one exists. */
function normaliseLang(lang: string | undefined): string | undefined {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
