import anyAscii from 'any-ascii';
import { editSimilarity } from '../analyze/entities/edit-distance.js';

/**
 * Below this similarity of their surnames' Latin spellings, two people who share a person id are
 * namesakes of the id, not one person. Person ids keep a surname's consonants (`per:btn`), so Putin
 * and Biden share one; spelled in scripts that write vowels they read 0.2 alike, while one name in two
 * spellings reads 0.55-1 (Yeltsin / Jelzin 0.57, Байден / Biden 0.83, Tokaev / Tokayev 0.86). Scripts
 * that write few vowels (Arabic) cannot tell Putin from Biden: such pairs stay one person.
 */
const NAMESAKE_BELOW = 0.5;
/** Names written only in scripts that write their vowels. */
const VOWELLED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s'’.-]+$/u;

// Verdicts by one name, then the other: the same few people recur across a stream's pairs, and
// memo keys joined into one string cost more than the lookups they save. Forgotten all at once
// past a bound, so a long stream's many spellings do not accumulate.
const MAX_VERDICTS = 100_000;
let verdicts = new Map<string, Map<string, boolean>>();
let verdictCount = 0;

/** The surname (last word) of a name in a vowelled script, in plain Latin letters; undefined in other scripts. */
function surnameLatin(name: string): string | undefined {
  if (!VOWELLED.test(name)) return undefined;
  const surname = name.trim().split(/\s+/).at(-1);
  const latin = surname ? anyAscii(surname).toLowerCase().replace(/[^a-z]/g, '') : '';
  return latin || undefined;
}

function namesakes(nameA: string, nameB: string): boolean {
  if (nameA === nameB) return false;
  let known = verdicts.get(nameA);
  let verdict = known?.get(nameB);
  if (verdict === undefined) {
    const [a, b] = [surnameLatin(nameA), surnameLatin(nameB)];
    verdict = a !== undefined && b !== undefined && editSimilarity(a, b) < NAMESAKE_BELOW;
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
    if (other !== undefined && namesakes(name, other)) (found ??= new Set()).add(id);
  }
  return found;
}
