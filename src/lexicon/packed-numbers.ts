/**
 * Lists of small non-negative integers as strings of one character each, for the packed
 * bundled lexicon: a posting list of 22,000 numbers is 22,000 characters in the bundle,
 * not 110,000, and V8 reads a string without parsing numbers. `BASE + n` stays below the
 * surrogates and above the control characters JSON would escape.
 */
const BASE = 0x100;
/** The largest number a character can hold. */
export const PACKED_NUMBER_LIMIT = 0xd7ff - BASE;

export function packNumbers(numbers: Iterable<number>): string {
  let text = '';
  for (const n of numbers) {
    if (!Number.isInteger(n) || n < 0 || n > PACKED_NUMBER_LIMIT) throw new RangeError(`arabic-entities: cannot pack the number ${n}: packed numbers are integers from 0 to ${PACKED_NUMBER_LIMIT}`);
    text += String.fromCharCode(BASE + n);
  }
  return text;
}

/** The number at `at` in a packed list. */
export function packedNumber(text: string, at: number): number {
  return text.charCodeAt(at) - BASE;
}

export function unpackNumbers(text: string): number[] {
  const numbers = new Array<number>(text.length);
  for (let i = 0; i < text.length; i += 1) numbers[i] = text.charCodeAt(i) - BASE;
  return numbers;
}

/** Numbers below 2^30 take two characters: 15 bits each. */
const HALF = 15;
const HALF_MASK = (1 << HALF) - 1;
/** The largest number {@link packWideNumbers} can hold. */
export const PACKED_WIDE_LIMIT = 2 ** (2 * HALF) - 1;

/** Lists of integers below 2^30 (bigram keys) as two characters each. */
export function packWideNumbers(numbers: Iterable<number>): string {
  let text = '';
  for (const n of numbers) {
    if (!Number.isInteger(n) || n < 0 || n > PACKED_WIDE_LIMIT) throw new RangeError(`arabic-entities: cannot pack the number ${n}: wide packed numbers are integers from 0 to ${PACKED_WIDE_LIMIT}`);
    text += String.fromCharCode(BASE + (n >>> HALF), BASE + (n & HALF_MASK));
  }
  return text;
}

/** The `at`-th number of a list {@link packWideNumbers} made. */
export function packedWideNumber(text: string, at: number): number {
  return ((text.charCodeAt(2 * at) - BASE) << HALF) | (text.charCodeAt(2 * at + 1) - BASE);
}
