import { describe, expect, it } from 'vitest';
import { Coverage } from '../../src/recognizers/coverage.js';

describe('Coverage of a stretch of the text', () => {
  it('tells whether any unit of a span is covered, within a stretch that starts anywhere', () => {
    const coverage = new Coverage(100, 200).markAll([
      { start: 110, end: 115 },
      { start: 190, end: 260 },
      { start: 20, end: 101 },
    ]);
    expect(coverage.covers(100, 101)).toBe(true);
    expect(coverage.covers(101, 110)).toBe(false);
    expect(coverage.covers(114, 120)).toBe(true);
    expect(coverage.covers(115, 190)).toBe(false);
    expect(coverage.covers(195, 300)).toBe(true);
    // Outside the stretch nothing is covered, and nothing throws.
    expect(coverage.covers(0, 50)).toBe(false);
    expect(coverage.covers(300, 310)).toBe(false);
  });

  it('is empty for an empty stretch', () => {
    expect(new Coverage(5, 5).markAll([{ start: 0, end: 10 }]).covers(0, 10)).toBe(false);
  });
});
