import { stemmerFor } from '../text/stemmers.js';

// British spellings -> American, so both stem alike: FreeDict glosses and articles mix them (an Arabic
// gloss `mobilization` must meet an English article's `mobilisation`; the stemmer keeps `mobilis` apart
// from `mobil`). Applied to every English word that becomes a concept id, a rule that also rewrites a word
// with no American twin (`promise` -> `promize`) only renames that concept on every side alike.
const SPELLINGS: Array<[RegExp, string]> = [
  [/(?<=[a-z]{2})is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1'],
  [/(?<=[a-z]{2})ys(e|es|ed|ing|er|ers)$/, 'yz$1'],
  [/(?<=[a-z]{2})our(s|ed|ing|able|ably|er|ers|ful|less|ite|ites|hood|hoods)?$/, 'or$1'],
  [/(?<=[a-z]{2})([tb])re(s?)$/, '$1er$2'],
  [/(?<=[a-z])fence(s?)$/, 'fense$1'],
  [/(?<=[a-z]{3})ogue(s?)$/, 'og$1'],
  [/^programme(s?)$/, 'program$1'],
];

/** A word in American spelling, when a British spelling rule applies to it. */
export function americanSpelling(norm: string): string | undefined {
  for (const [pattern, replacement] of SPELLINGS) if (pattern.test(norm)) return norm.replace(pattern, replacement);
  return undefined;
}

/** The concept stem of an English word (normalised form and its plain stem): British spellings stem as American ones. */
export function englishConceptStem(norm: string, stem: string): string {
  const american = americanSpelling(norm);
  return american === undefined ? stem : stemmerFor('en')(american);
}
