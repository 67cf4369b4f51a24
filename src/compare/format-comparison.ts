import { DIMENSIONS, type PairComparison } from './model.js';

function list(values: string[]): string {
  return values.length > 0 ? values.join(', ') : '-';
}

/** A readable report of one comparison: scores, then the evidence, then what moved the score. */
export function formatComparison(comparison: PairComparison, labels: { a: string; b: string }): string {
  const { scores, explanation } = comparison;
  const out: string[] = [];
  out.push(`A: ${labels.a}`, `B: ${labels.b}`, '');
  out.push('Scores (1 = very similar ... 4 = very dissimilar)');
  for (const dimension of DIMENSIONS) out.push(`  ${dimension.padEnd(10)} ${scores[dimension].toFixed(2)}`);
  out.push(`Same story: ${comparison.sameStory ? 'yes' : 'no'} (p = ${comparison.sameStoryProbability.toFixed(2)})`, '');
  out.push('Shared entities');
  if (explanation.sharedEntities.length === 0) out.push('  -');
  for (const entity of explanation.sharedEntities) {
    out.push(`  ${entity.canonical} [${entity.type}, ${entity.id}]: A ${list(entity.formsA)} | B ${list(entity.formsB)}`);
  }
  out.push(`Shared countries: ${list(explanation.sharedCountries)}`);
  out.push('Numbers');
  // Figures within rounding of each other (~98,000 and ~100,000) agree for the comparison, but are not the same figure.
  for (const number of explanation.sharedNumbers) {
    out.push(`  ${number.valueA === number.valueB ? 'same' : 'close'}: ${number.textA} | ${number.textB}${number.counts ? ` (${number.counts})` : ''}`);
  }
  for (const number of explanation.conflictingNumbers) out.push(`  differ: ${number.textA} vs ${number.textB} (${number.counts ?? '?'})`);
  if (explanation.sharedNumbers.length + explanation.conflictingNumbers.length === 0) out.push('  -');
  out.push('Dates');
  for (const date of explanation.sharedDates) out.push(`  same: ${date.textA} | ${date.textB} (${date.isoA})`);
  for (const date of explanation.conflictingDates) out.push(`  differ: ${date.textA} (${date.isoA}) vs ${date.textB} (${date.isoB})`);
  if (explanation.sharedDates.length + explanation.conflictingDates.length === 0) out.push('  -');
  out.push('Shared terms');
  if (explanation.sharedTerms.length === 0) out.push('  -');
  for (const term of explanation.sharedTerms) out.push(`  ${term.concept}: A ${list(term.wordsA)} | B ${list(term.wordsB)}`);
  out.push('Features (value, effect on overall; negative = more similar)');
  for (const feature of explanation.features) {
    out.push(`  ${feature.feature.padEnd(14)} ${feature.value.toFixed(3)}  ${feature.contribution >= 0 ? '+' : ''}${feature.contribution.toFixed(3)}`);
  }
  return `${out.join('\n')}\n`;
}
