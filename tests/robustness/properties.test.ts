import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract.js';
import type { Mention } from '../../src/types.js';
import { arabicHeavyString, hostileString } from '../helpers/arbitraries.js';

const extractor = createExtractor();
// 10k runs in npm test; `npm run fuzz` runs 100k.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

function checkInvariants(input: string, mentions: readonly Mention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(input.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    previousEnd = m.end;
  }
}

describe('extract on arbitrary strings', () => {
  it(`never throws; mentions are sorted, flat, and slice the input exactly (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(arabicHeavyString(60), hostileString(), fc.string({ unit: 'binary', maxLength: 80 })), (input) => {
        const copy = `${input}`;
        const options = Object.freeze({ referenceDate: '2023-09-20' });
        const first = extractor.extract(input, options);
        checkInvariants(input, first.mentions);
        expect(input).toBe(copy);
        expect(extractor.extract(input, options)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic across extractors', () => {
    fc.assert(
      fc.property(arabicHeavyString(60), (input) => {
        expect(createExtractor().extract(input).mentions).toEqual(extractor.extract(input).mentions);
      }),
      { numRuns: 20 },
    );
  });
});
