/**
 * The name to show for an entity its articles name differently (Kasim-Zomart Tokaev, Kassym-Jomart Tokayev,
 * قاسم جومارت توكاييف): the one most articles give, among Latin-script names when there are any (the
 * interface reads in English), the first given on a tie.
 */
export function preferredName(names: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const [name, count] of names) {
    const score = count + (/^[\p{Script=Latin}\p{N}\p{P}\s]+$/u.test(name) ? 1_000_000 : 0);
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}
