import type { NumberFact } from '../../core/model.js';
import type { Token } from '../text/token.js';

// Placeholder: number extraction is being built (issue #3).
export function extractNumbers(_text: string, _lang: string, _tokens: Token[]): NumberFact[] {
  return [];
}
