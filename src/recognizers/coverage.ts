/**
 * Which normalized units of a stretch [from, to) some span already covers: the lexicon's
 * similarity fallback guesses only on words no name matched, partial names are linked
 * only on words nothing claimed, and overlap resolution keeps a candidate only where
 * nothing ranked higher was kept. One byte a unit, so marking costs the spans'
 * total length and asking costs the word's.
 */
export class Coverage {
  private readonly units: Uint8Array;

  constructor(
    private readonly from: number,
    to: number,
  ) {
    this.units = new Uint8Array(Math.max(0, to - from));
  }

  /** Marks [start, end) (clipped to the stretch). */
  mark(start: number, end: number): void {
    const a = Math.max(0, start - this.from);
    const b = Math.min(this.units.length, end - this.from);
    if (b > a) this.units.fill(1, a, b);
  }

  /** Marks every span. */
  markAll(spans: Iterable<{ readonly start: number; readonly end: number }>): this {
    for (const { start, end } of spans) this.mark(start, end);
    return this;
  }

  /** Whether any unit of [start, end) is covered. */
  covers(start: number, end: number): boolean {
    const b = Math.min(this.units.length, end - this.from);
    for (let i = Math.max(0, start - this.from); i < b; i += 1) if (this.units[i] === 1) return true;
    return false;
  }
}
