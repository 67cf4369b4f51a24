import { readFileSync, writeFileSync } from 'node:fs';
import { foldName } from '../gazetteer/fold.js';

/** One learned alias: two names observed to co-refer, and why. */
export interface AliasPair {
  a: string;
  b: string;
  /** `story` (co-occur in articles linked as one story), `acronym` (defined next to the long form), `manual`. */
  source: string;
  /** How many times the pair was observed. */
  count: number;
}

/**
 * Name pairs learned to co-refer (e.g. two spellings of one person in articles already linked as one
 * story, or a long form and its acronym). Keys are folded names, so case and diacritics do not matter.
 */
export class AliasTable {
  private readonly pairs = new Map<string, AliasPair>();
  private readonly byName = new Map<string, Set<string>>();

  private static key(a: string, b: string): string {
    const [x, y] = [foldName(a), foldName(b)].sort();
    return `${x}\u0000${y}`;
  }

  add(a: string, b: string, source = 'manual', count = 1): void {
    if (!foldName(a) || !foldName(b) || foldName(a) === foldName(b)) return;
    const key = AliasTable.key(a, b);
    const old = this.pairs.get(key);
    if (old) old.count += count;
    else this.pairs.set(key, { a, b, source, count });
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const set = this.byName.get(foldName(x)) ?? new Set<string>();
      set.add(foldName(y));
      this.byName.set(foldName(x), set);
    }
  }

  has(a: string, b: string): boolean {
    return this.pairs.has(AliasTable.key(a, b));
  }

  /** Folded names recorded as aliases of a name. */
  aliasesOf(name: string): string[] {
    return [...(this.byName.get(foldName(name)) ?? [])];
  }

  /** The representative of a name's aliases (the smallest folded form among it and its direct aliases). */
  canonicalOf(name: string): string {
    const own = foldName(name);
    let best = own;
    for (const alias of this.byName.get(own) ?? []) if (alias < best) best = alias;
    return best;
  }

  get size(): number {
    return this.pairs.size;
  }

  toJSON(): { version: 1; pairs: AliasPair[] } {
    return { version: 1, pairs: [...this.pairs.values()].sort((x, y) => (x.a + x.b).localeCompare(y.a + y.b)) };
  }

  static fromJSON(json: unknown): AliasTable {
    const table = new AliasTable();
    const pairs = (json as { pairs?: unknown })?.pairs;
    if (!Array.isArray(pairs)) return table;
    for (const p of pairs as Array<Partial<AliasPair>>) {
      if (typeof p.a === 'string' && typeof p.b === 'string') table.add(p.a, p.b, p.source ?? 'manual', p.count ?? 1);
    }
    return table;
  }

  save(path: string): void {
    writeFileSync(path, `${JSON.stringify(this.toJSON(), null, 1)}\n`);
  }

  static load(path: string): AliasTable {
    return AliasTable.fromJSON(JSON.parse(readFileSync(path, 'utf8')));
  }
}
