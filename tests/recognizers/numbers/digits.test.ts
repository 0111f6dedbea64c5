import { describe, expect, it } from 'vitest';
import { readDigits } from '../../../src/recognizers/numbers/digits.js';

describe('readDigits: separators in news digits', () => {
  it.each([
    ['25', 25],
    ['10,000', 10000],
    ['1,234,567', 1234567],
    ['1.000.000', 1000000],
    ['2.5', 2.5],
    ['1.234', 1.234],
    ['2,5', 2.5],
    ['0,08', 0.08],
    ['0,234', 0.234],
    ['26،013,94', 26013.94],
    ['12,220.13', 12220.13],
    ['1.234,56', 1234.56],
    ['3،5', 3.5],
    ['1،234،567', 1234567],
  ])('%s → %d', (text, value) => {
    expect(readDigits(text)?.value).toBeCloseTo(value, 9);
  });

  it('refuses runs that are not one quantity: IP addresses, dotted dates, repeated decimal commas', () => {
    expect(readDigits('192.168.1.2')).toBeNull();
    expect(readDigits('19.9.2023')).toBeNull();
    expect(readDigits('1,234,56')).toBeNull();
    expect(readDigits('12a')).toBeNull();
  });

  it('reports leading zeros and integer length, which mark codes and phone numbers', () => {
    expect(readDigits('0933123456')).toMatchObject({ leadingZero: true, integer: true, integerDigits: 10 });
    expect(readDigits('0.5')).toMatchObject({ leadingZero: false, integer: false, value: 0.5 });
    expect(readDigits('2023')).toMatchObject({ leadingZero: false, integer: true, integerDigits: 4 });
  });
});
