/**
 * A growing list of 32-bit integers in one typed array, doubled when full. A JS array
 * of numbers that a long text grows to hundreds of thousands of entries is reallocated
 * outside the young generation at every growth step; this copies a flat buffer instead.
 */
export class IntList {
  private items: Int32Array;
  private count = 0;

  constructor(capacity = 64) {
    this.items = new Int32Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.count++] = value;
  }

  /** The value at `index` (0 ≤ index < length). */
  at(index: number): number {
    return this.items[index] as number;
  }
}
