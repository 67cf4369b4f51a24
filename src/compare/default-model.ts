import modelJson from './similarity-model.json' with { type: 'json' };
import { SimilarityModel, type SimilarityModelJSON } from './similarity-model.js';

let loaded: SimilarityModel | undefined;

/** The committed scorer (trained by `npm run train:similarity`). */
export function defaultSimilarityModel(): SimilarityModel {
  loaded ??= new SimilarityModel(modelJson as SimilarityModelJSON);
  return loaded;
}
