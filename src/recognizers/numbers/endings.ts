/**
 * A quick test that rules most words out of a word list before any lookup by string.
 *
 * A word's clitic readings (tokenize/clitics.ts) only take proclitics off its front:
 * «وبالأمس» reads «بالامس» and «الامس»; the «لل» reading puts the article's alef back in
 * front («للامم» → «الامم»). So every reading ends with the word's own last letters: a
 * listed word of three letters or more can be a reading only of a word with the same
 * last three letters, and a listed word of one or two letters only of a word ending
 * with it. Most words end in no way the list does and are ruled out with three character
 * reads and a table read, without hashing the word (tests/recognizers/numbers/endings.test.ts
 * checks the premise on real text).
 */
export interface Endings {
  /**
   * Flags by hashed ending: ONE for a listed word of one letter, TWO for one of two
   * letters, THREE for the last three letters of a longer one. One small table, so that
   * it stays in the processor's fastest cache.
   */
  readonly flags: Uint8Array;
}

const SIZE = 1 << 14;
const MASK = SIZE - 1;
const ONE = 1;
const TWO = 2;
const THREE = 4;

const hash1 = (c: number): number => c & MASK;
const hash2 = (b: number, c: number): number => (b * 31 + c) & MASK;
const hash3 = (a: number, b: number, c: number): number => (a * 961 + b * 31 + c) & MASK;

const mark = (flags: Uint8Array, at: number, flag: number): void => {
  flags[at] = (flags[at] ?? 0) | flag;
};

/** The endings of `words` (folded forms, as the readings are). */
export function endingsOf(words: Iterable<string>): Endings {
  const flags = new Uint8Array(SIZE);
  for (const word of words) {
    const n = word.length;
    const c = word.charCodeAt(n - 1);
    if (n === 1) mark(flags, hash1(c), ONE);
    else if (n === 2) mark(flags, hash2(word.charCodeAt(0), c), TWO);
    else if (n >= 3) mark(flags, hash3(word.charCodeAt(n - 3), word.charCodeAt(n - 2), c), THREE);
  }
  return { flags };
}

/** False when no reading of the word `text` can be a listed word; true when one may be. */
export function mayEndLike(endings: Endings, text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const { flags } = endings;
  const c = text.charCodeAt(n - 1);
  if (((flags[hash1(c)] ?? 0) & ONE) !== 0) return true;
  if (n === 1) return false;
  const b = text.charCodeAt(n - 2);
  if (((flags[hash2(b, c)] ?? 0) & TWO) !== 0) return true;
  return n >= 3 && ((flags[hash3(text.charCodeAt(n - 3), b, c)] ?? 0) & THREE) !== 0;
}
