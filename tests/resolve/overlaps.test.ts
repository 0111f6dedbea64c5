import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/recognizers/types.js';
import { compareCandidates, mergeByStart, resolveOverlaps, sortSmall } from '../../src/resolve/overlaps.js';

const c = (start: number, end: number, source: Candidate['source'], priority: number, id = `${start}-${end}`): Candidate => ({
  type: 'place',
  subtype: 'region',
  start,
  end,
  id,
  source,
  priority,
});

describe('the one overlap policy', () => {
  it('keeps the longest candidate: «ناغورنو قره باغ» over «قره باغ»', () => {
    expect(resolveOverlaps([c(8, 15, 'lexicon', 100, 'short'), c(0, 15, 'lexicon', 100, 'long')]).map((x) => x.id)).toEqual(['long']);
  });

  it('at equal length prefers lexicon over rule over fuzzy', () => {
    expect(resolveOverlaps([c(0, 5, 'fuzzy', 0, 'f'), c(0, 5, 'rule:x', 90, 'r'), c(0, 5, 'lexicon', 10, 'l')]).map((x) => x.id)).toEqual(['l']);
    expect(resolveOverlaps([c(0, 5, 'fuzzy', 0, 'f'), c(0, 5, 'rule:x', 0, 'r')]).map((x) => x.id)).toEqual(['r']);
  });

  it('then prefers the higher priority (a date over a number of the same span)', () => {
    const number: Candidate = { type: 'number', subtype: 'cardinal', start: 0, end: 4, value: 2020, source: 'rule:number.digits', priority: 10 };
    const date: Candidate = { type: 'date', subtype: 'date', start: 0, end: 4, value: '2020', source: 'rule:date.year', priority: 20 };
    expect(resolveOverlaps([number, date])).toEqual([date]);
  });

  it('then the earlier start, then the source name: never the input order', () => {
    const a = c(0, 4, 'rule:a', 1, 'a');
    const b = c(2, 6, 'rule:b', 1, 'b');
    expect(resolveOverlaps([b, a])).toEqual([a]);
    const x = c(0, 4, 'rule:x', 1, 'x');
    const y = c(0, 4, 'rule:y', 1, 'y');
    expect(resolveOverlaps([y, x])).toEqual(resolveOverlaps([x, y]));
    expect(compareCandidates(x, y)).toBeLessThan(0);
  });

  it('keeps touching spans and returns them sorted', () => {
    expect(resolveOverlaps([c(5, 9, 'lexicon', 1), c(0, 5, 'lexicon', 1)]).map((x) => x.start)).toEqual([0, 5]);
  });

  it('drops empty spans', () => {
    expect(resolveOverlaps([c(3, 3, 'lexicon', 1)])).toEqual([]);
  });

  it('ranks cluster by cluster exactly as one global ranking would (fast-check, 2,000 runs)', () => {
    // The reference: rank every candidate at once, take each one whose span is still free.
    const globalGreedy = (candidates: readonly Candidate[]): Candidate[] => {
      const kept: Candidate[] = [];
      for (const candidate of candidates.filter((x) => x.end > x.start).sort(compareCandidates)) {
        if (kept.every((k) => candidate.end <= k.start || k.end <= candidate.start)) kept.push(candidate);
      }
      return kept.sort((a, b) => a.start - b.start);
    };
    const sources: Candidate['source'][] = ['lexicon', 'fuzzy', 'rule:a', 'rule:b'];
    const candidate = fc
      .record({ start: fc.nat(60), length: fc.nat(12), source: fc.constantFrom(...sources), priority: fc.nat(3) })
      .map(({ start, length, source, priority }) => c(start, start + length, source, priority, `${start}-${length}-${source}-${priority}`));
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 40 }), (candidates) => {
        expect(resolveOverlaps(candidates)).toEqual(globalGreedy(candidates));
      }),
      { numRuns: 2000 },
    );
  });

  it('merges two sorted, non-overlapping lists by start (kept mentions and linked surnames)', () => {
    const kept = [c(0, 4, 'lexicon', 1), c(10, 14, 'lexicon', 1)];
    const links = [c(5, 9, 'rule:person.partial', 45), c(20, 25, 'rule:person.partial', 45)];
    expect(mergeByStart(kept, links).map((x) => x.start)).toEqual([0, 5, 10, 20]);
    expect(mergeByStart([], links)).toEqual(links);
  });
});

describe('sortSmall: the builtin sort without its copy, for clusters', () => {
  it('orders every list exactly as Array.prototype.sort does, ties kept in place (fast-check)', () => {
    // Pairs compared by their first number only: the second tells whether ties kept their order.
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 40 }), (pairs) => {
        const byFirst = (a: [number, number], b: [number, number]): number => a[0] - b[0];
        expect(sortSmall([...pairs], byFirst)).toEqual([...pairs].sort(byFirst));
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts in place and returns the list', () => {
    const list = [3, 1, 2];
    expect(sortSmall(list, (a, b) => a - b)).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });
});
