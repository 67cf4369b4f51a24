import { partSimilarity } from '../analyze/entities/match-names.js';
import { nameParts, type NamePart } from '../analyze/entities/name-parts.js';
import { BoundedMemo } from '../analyze/text/bounded-memo.js';

/**
 * Below this surname similarity two people who share a person id are namesakes of the id, not one
 * person. Person ids keep a surname's consonants (`per:btn`), so Putin and Biden share one; spelled in
 * scripts that write vowels they read 0.60 apart, while one name across scripts reads 0.85-1
 * (Байден / Biden, Tokayev / توكاييف). Arabic writes too few vowels to tell Putin from Biden: such
 * pairs stay one id.
 */
const NAMESAKE_BELOW = 0.7;

// Verdicts by one name, then the other: the same few people recur across a stream's pairs, and
// memo keys joined into one string cost more than the lookups they save. Forgotten all at once
// past a bound, so a long stream's many spellings do not accumulate.
const MAX_VERDICTS = 100_000;
let verdicts = new Map<string, Map<string, boolean>>();
let verdictCount = 0;

const surnames = new BoundedMemo<NamePart | null>(20_000);

/** The part of a person's name its id was built from (`Putin` of `Vladimir Putin` for `per:btn`); one name has one id. */
function surnameOf(id: string, name: string): NamePart | undefined {
  let part = surnames.get(name);
  if (part === undefined) {
    const key = id.slice(id.indexOf(':') + 1).split('-')[0];
    const parts = nameParts(name).filter((p) => !p.optional && !p.initial);
    part = parts.find((p) => p.idKey === key) ?? parts.at(-1) ?? null;
    surnames.set(name, part);
  }
  return part ?? undefined;
}

function namesakes(id: string, nameA: string, nameB: string): boolean {
  if (nameA === nameB) return false;
  let known = verdicts.get(nameA);
  let verdict = known?.get(nameB);
  if (verdict === undefined) {
    const [a, b] = [surnameOf(id, nameA), surnameOf(id, nameB)];
    verdict = a !== undefined && b !== undefined && partSimilarity(a, b) < NAMESAKE_BELOW;
    if (++verdictCount > MAX_VERDICTS) {
      verdicts = new Map();
      verdictCount = 1;
      known = undefined;
    }
    if (!known) verdicts.set(nameA, (known = new Map()));
    known.set(nameB, verdict);
  }
  return verdict;
}

/** Person ids both articles use for different people (Putin in one, Biden in the other); undefined when none. */
export function namesakeIds(personsA: ReadonlyMap<string, string>, personsB: ReadonlyMap<string, string>): Set<string> | undefined {
  let found: Set<string> | undefined;
  const [small, large] = personsA.size <= personsB.size ? [personsA, personsB] : [personsB, personsA];
  for (const [id, name] of small) {
    const other = large.get(id);
    if (other !== undefined && namesakes(id, name, other)) (found ??= new Set()).add(id);
  }
  return found;
}
