import { createAnalyzer, type Analyzer } from '../analyze/analyzer.js';
import { detectLanguage } from '../analyze/language.js';
import { StoryweaveError } from '../core/errors.js';
import { contentHashOf } from '../pipeline/prepare.js';
import { openStore } from '../store/sqlite-store.js';
import { storyPartition } from '../store/story-store.js';
import { createStoryEngine, type StoryEngineOptions } from './story-engine.js';

export interface BatchRecord {
  id: string;
  title?: string | null;
  text: string;
  lang?: string | null;
  published?: string | null;
}

export interface BatchClusterOptions {
  analyzer?: Analyzer;
  engine?: StoryEngineOptions;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Clusters a set of articles into stories in a private in-memory store (no user store touched),
 * then rescores the compared pairs with the final corpus statistics. Returns record id -> story id.
 */
export async function clusterRecords(records: BatchRecord[], options: BatchClusterOptions = {}): Promise<Map<string, string>> {
  const analyzer = options.analyzer ?? (await createAnalyzer());
  const store = openStore(':memory:');
  try {
    const engine = createStoryEngine(store, options.engine);
    const articleOf = new Map<string, string>();
    let done = 0;
    for (const record of records) {
      const title = (record.title ?? '').trim();
      const text = record.text ?? '';
      if (!record.id) throw new StoryweaveError('SW_RECORD_INVALID', 'record without id');
      const lang = record.lang || (await detectLanguage(`${title}\n${text}`)).lang;
      const analysis = analyzer.analyze({ title, text, lang, ...(record.published ? { published: record.published } : {}) });
      const contentHash = contentHashOf({ title, text });
      store.transaction(() => {
        const put = store.putArticle({
          id: `r:${record.id}`,
          externalId: record.id,
          source: `record:${record.id}`,
          title,
          text,
          lang,
          contentHash,
          rawHash: contentHash,
          ...(record.published ? { published: record.published } : {}),
        });
        articleOf.set(record.id, put.id);
        if (put.status === 'duplicate') return;
        store.putAnalysis(put.id, analysis);
        engine.addArticle(store.getArticle(put.id)!, analysis);
      });
      options.onProgress?.(++done, records.length);
    }
    engine.reconcile();
    const partition = storyPartition(store);
    const result = new Map<string, string>();
    for (const record of records) {
      const storyId = partition.get(articleOf.get(record.id) ?? '');
      if (storyId) result.set(record.id, storyId);
    }
    return result;
  } finally {
    store.close();
  }
}
