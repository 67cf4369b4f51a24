/** Read-only word -> English concept stems: a Map while compiling, a sorted text once cached. */
export interface ConceptTable extends Iterable<[string, string[]]> {
  get(key: string): string[] | undefined;
  readonly size: number;
}

/**
 * Dictionary lines `<kind>\t<key>\t<concept concept ...>` of one kind, sorted by key (UTF-16 order), searched in
 * place by bisection over their start offsets: a cached dictionary is usable as soon as its file is read, with
 * no Map of hundreds of thousands of entries to build (German: ~1 s and ~50 MB saved per process).
 */
export class SortedConceptTable implements ConceptTable {
  /** Start offset of each line, then the end of the last one. */
  private readonly lines: Uint32Array;

  /** `text[start, end)` holds the table's lines, each ending in a newline. */
  constructor(
    private readonly text: string,
    start: number,
    end: number,
    readonly size: number,
  ) {
    this.lines = new Uint32Array(size + 1);
    let at = start;
    for (let i = 0; i < size; i++) {
      this.lines[i] = at;
      at = text.indexOf('\n', at) + 1;
      if (at === 0 || at > end) throw new Error('dictionary cache: fewer lines than its header says');
    }
    if (at !== end) throw new Error('dictionary cache: more lines than its header says');
    this.lines[size] = end;
  }

  get(key: string): string[] | undefined {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compare(this.lines[mid], key);
      if (order === 0) return this.concepts(mid);
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return undefined;
  }

  /** The key of the line at `at` against `key`: negative when the line sorts first. */
  private compare(at: number, key: string): number {
    const { text } = this;
    let i = at + 2;
    for (let k = 0; k < key.length; k++, i++) {
      const c = text.charCodeAt(i);
      // The tab ending the line's key sorts before any key character: a shorter key comes first.
      if (c === 9) return -1;
      const d = c - key.charCodeAt(k);
      if (d !== 0) return d;
    }
    return text.charCodeAt(i) === 9 ? 0 : 1;
  }

  private concepts(line: number): string[] {
    const tab = this.text.indexOf('\t', this.lines[line] + 2);
    return this.text.slice(tab + 1, this.lines[line + 1] - 1).split(' ');
  }

  *[Symbol.iterator](): Iterator<[string, string[]]> {
    for (let line = 0; line < this.size; line++) {
      const at = this.lines[line];
      yield [this.text.slice(at + 2, this.text.indexOf('\t', at + 2)), this.concepts(line)];
    }
  }
}

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
