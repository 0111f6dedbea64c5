import { describe, expect, it } from 'vitest';
import { PACKED_NUMBER_LIMIT, packedNumber, packNumbers, unpackNumbers } from '../../src/lexicon/packed-numbers.js';

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
});
