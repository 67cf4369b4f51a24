// A global replace that finds nothing still calls into the runtime, and most rewrites of a name's spelling
// find nothing in most names: a cheap test first skips them.

/** A global replacement, and a test that holds wherever its pattern can match (so the replace can be skipped). */
export type Rewrite = [RegExp, string, (s: string) => boolean];

/** Test: one of the strings occurs. */
export function has(...needles: string[]): (s: string) => boolean {
  return (s) => {
    for (const needle of needles) if (s.includes(needle)) return true;
    return false;
  };
}

/** Test for `/([a-z])\1+/`: an ASCII lower-case letter written twice in a row. */
export function hasDoubledLetter(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122 && c === s.charCodeAt(i - 1)) return true;
  }
  return false;
}

/** Applies the rewrites in order, skipping those that cannot match. */
export function rewrite(s: string, rewrites: Rewrite[]): string {
  for (const [re, to, applies] of rewrites) if (applies(s)) s = s.replace(re, to);
  return s;
}
