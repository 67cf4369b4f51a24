import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ArticleAnalysis } from '../core/model.js';

/**
 * Analyses are stored deflated: as JSON they were about 12 times the article's text (every token,
 * concept and cognate gram with its weight) and the largest table of a store. Level 3 stores them in
 * about a quarter of the space for ~0.1 ms per analysis (BENCHMARKS.md, Scale, session 5).
 */
const LEVEL = 3;

/** The stored form of an analysis, from its JSON. */
export function encodeAnalysis(json: string): Buffer {
  return deflateRawSync(json, { level: LEVEL });
}

/** An analysis from its stored form: deflated JSON, or plain JSON as stores before session 5 wrote it. */
export function decodeAnalysis(data: string | Uint8Array): ArticleAnalysis {
  const json = typeof data === 'string' ? data : inflateRawSync(data).toString('utf8');
  return JSON.parse(json) as ArticleAnalysis;
}
