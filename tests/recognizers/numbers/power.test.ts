import { describe, expect, it } from 'vitest';
import { numbers } from './extract-helpers.js';

/** Scientific and power notation (power.ts): the one case where digits glued to Latin letters count. */
describe('scientific and power notation', () => {
  it.each([
    ['١e١٠', 1e10],
    ['1E5', 1e5],
    ['١٢,٣٢e+١٤', 1.232e15],
    ['-١٢٧,٣٢e١٣', -1.2732e15],
    ['-١٢e-١', -1.2],
    ['١,١^٢٣', 1.1 ** 23],
    ['١,١^+٢٣', 1.1 ** 23],
    ['٢,٥^-١', 0.4],
    ['-٢,٥^-١', -0.4],
  ])('%s → %d, the whole run in the span', (text, value) => {
    const [only, ...rest] = numbers(text);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ text, subtype: 'cardinal', qualifier: 'exact' });
    expect(only?.value).toBeCloseTo(value, 9);
  });

  it('reads a power inside a sentence, after a qualifier', () => {
    expect(numbers('قدر العلماء عددها بأكثر من 1e10 خلية')).toMatchObject([{ text: 'أكثر من 1e10', value: 1e10, qualifier: 'more_than' }]);
  });

  it('leaves other digits glued to Latin letters, and half-written exponents, as codes', () => {
    expect(numbers('3e و 4e- و 5e+ و 1e10m و 1M')).toEqual([]);
  });

  it('does not read a power across a space', () => {
    expect(numbers('2 ^ 3').map((n) => n.value)).toEqual([2, 3]);
  });
});
