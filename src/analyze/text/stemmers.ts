import { createRequire } from 'node:module';
import { lightStemArabic } from './arabic.js';
import { stemPolish } from './polish-stemmer.js';
import { ownValue } from '../../core/own-value.js';

const require = createRequire(import.meta.url);

export type Stemmer = (word: string) => string;

// ISO 639-1 -> @orama/stemmers entry (Snowball ports).
const ORAMA: Record<string, string> = {
  en: 'english', fr: 'french', de: 'german', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch',
  ru: 'russian', uk: 'ukrainian', bg: 'bulgarian', sv: 'swedish', no: 'norwegian', nb: 'norwegian', da: 'danish',
  fi: 'finnish', hu: 'hungarian', ro: 'romanian', tr: 'turkish', el: 'greek', id: 'indonesian', ga: 'irish',
  lt: 'lithuanian', ne: 'nepali', sr: 'serbian', ta: 'tamil', hy: 'armenian',
};

const identity: Stemmer = (word) => word;
const stemmers = new Map<string, Stemmer>();

/** The stemmer of a language, loaded on first use; identity where none exists. */
export function stemmerFor(lang: string): Stemmer {
  let stemmer = stemmers.get(lang);
  if (stemmer) return stemmer;
  if (lang === 'ar') stemmer = lightStemArabic;
  else if (lang === 'pl') stemmer = stemPolish;
  else if (ownValue(ORAMA, lang)) stemmer = (require(`@orama/stemmers/${ownValue(ORAMA, lang)}`) as { stemmer: Stemmer }).stemmer;
  else stemmer = identity;
  stemmers.set(lang, stemmer);
  return stemmer;
}

export function hasStemmer(lang: string): boolean {
  return stemmerFor(lang) !== identity;
}
