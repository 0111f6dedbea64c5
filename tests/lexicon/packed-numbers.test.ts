import { describe, expect, it } from 'vitest';
import { PACKED_NUMBER_LIMIT, PACKED_WIDE_LIMIT, packedNumber, packedWideNumber, packNumbers, packWideNumbers, unpackNumbers } from '../../src/lexicon/packed-numbers.js';

describe('packed numbers', () => {
  it('keep each number in one character, none a surrogate or a control character JSON escapes', () => {
    const numbers = [0, 1, 31, 34, 92, 1522, 0xd7ff - 0x100, PACKED_NUMBER_LIMIT];
    const text = packNumbers(numbers);
    expect(text).toHaveLength(numbers.length);
    expect(unpackNumbers(text)).toEqual(numbers);
    expect(numbers.map((_, i) => packedNumber(text, i))).toEqual(numbers);
    expect(JSON.stringify(text)).toHaveLength(text.length + 2);
    expect(/[\ud800-\udfff]/u.test(text)).toBe(false);
  });

  it('refuse what one character cannot hold, naming the number', () => {
    expect(() => packNumbers([PACKED_NUMBER_LIMIT + 1])).toThrow(/cannot pack the number 55040/u);
    expect(() => packNumbers([-1])).toThrow(RangeError);
    expect(() => packNumbers([1.5])).toThrow(/1\.5/u);
  });

  it('keep a wide number (a bigram key, below 2^30) in two characters, none a surrogate or an escaped character', () => {
    const numbers = [0, 1, 0x7fff, 0x8000, 104072751, ((0x0627 & 0x3fff) << 16) | 0x0644, PACKED_WIDE_LIMIT];
    const text = packWideNumbers(numbers);
    expect(text).toHaveLength(2 * numbers.length);
    expect(numbers.map((_, i) => packedWideNumber(text, i))).toEqual(numbers);
    expect(JSON.stringify(text)).toHaveLength(text.length + 2);
    expect(/[\ud800-\udfff]/u.test(text)).toBe(false);
    expect(() => packWideNumbers([PACKED_WIDE_LIMIT + 1])).toThrow(/cannot pack the number 1073741824/u);
    expect(() => packWideNumbers([-1])).toThrow(RangeError);
  });
});
