/**
 * Numbers by interned key id (see sparse-vector), in typed arrays: a lookup is an index, not a
 * hash-map probe, and forgetting every value is one increment of a stamp, not a clear.
 */
export class KeyIdMemo {
  private values = new Float64Array(1024);
  private stamps = new Uint32Array(1024);
  private stamp = 1;

  /** Forgets every value. */
  reset(): void {
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  get(id: number): number | undefined {
    return id < this.stamps.length && this.stamps[id] === this.stamp ? this.values[id] : undefined;
  }

  set(id: number, value: number): void {
    if (id >= this.stamps.length) this.grow(id);
    this.values[id] = value;
    this.stamps[id] = this.stamp;
  }

  private grow(id: number): void {
    let size = this.stamps.length;
    while (size <= id) size *= 2;
    const values = new Float64Array(size);
    const stamps = new Uint32Array(size);
    values.set(this.values);
    stamps.set(this.stamps);
    this.values = values;
    this.stamps = stamps;
  }
}
