import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';

describe('extract: bad input', () => {
  it('rejects a non-string text with a TypeError naming the argument', () => {
    expect(() => extract(undefined as unknown as string)).toThrow(TypeError);
    expect(() => extract(42 as unknown as string)).toThrow(/extract\(text\) expects a string, got number 42/);
    expect(() => extract({} as unknown as string)).toThrow(/got an object/);
  });

  it('rejects a malformed or impossible referenceDate with a RangeError quoting it', () => {
    expect(() => extract('نص', { referenceDate: '19/09/2023' })).toThrow(/referenceDate "19\/09\/2023" is not in YYYY-MM-DD form/);
    expect(() => extract('نص', { referenceDate: '2023-02-30' })).toThrow(/referenceDate "2023-02-30" is not a real calendar date/);
    expect(() => extract('نص', { referenceDate: '2023-13-01' })).toThrow(RangeError);
  });

  it('returns an empty result for an empty string', () => {
    expect(extract('').mentions).toEqual([]);
  });

  it('rejects unknown mention types when building an extractor', () => {
    expect(() => createExtractor({ types: ['person' as never] })).toThrow(/unknown mention type "person"/);
  });

  it('reports the reference date it used', () => {
    expect(extract('نص', { referenceDate: '2023-09-19' }).reference).toEqual({ date: '2023-09-19', source: 'option' });
  });
});
