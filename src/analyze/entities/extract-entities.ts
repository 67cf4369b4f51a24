import type { ResolvedEntity } from '../../core/model.js';
import type { Token } from '../text/token.js';

// Placeholder: entity recognition and resolution are being built (issue #3).
export function extractEntities(_text: string, _lang: string, _tokens: Token[]): ResolvedEntity[] {
  return [];
}
