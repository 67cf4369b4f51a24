/**
 * A memo holding at most about `2 * limit` entries over runs of any length. Entries live in a young and an
 * old generation; when the young one fills, it becomes the old one and the previous old one is dropped. A
 * hit in the old generation moves the entry back to the young one, so words in steady use survive every
 * turnover, where clearing one Map at its limit made the next article pay for all its words again.
 */
export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined || this.old.size === 0) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}
