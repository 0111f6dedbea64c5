/** What kind of character a code unit is, for the tokenizer. */
export const CharClass = {
  Space: 1,
  ArabicLetter: 2,
  Digit: 3,
  LatinLetter: 4,
  OtherLetter: 5,
  Punctuation: 6,
  Surrogate: 7,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const ARABIC = /^\p{Script=Arabic}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const SPACE = /^[\s\p{Zs}]$/u;

const cache = new Uint8Array(0x10000);

/** The class of one UTF-16 code unit (surrogates are classed as such, never split). */
export function charClass(code: number): CharClass {
  const known = cache[code] ?? 0;
  if (known !== 0) return known as CharClass;
  const computed = classify(code);
  cache[code] = computed;
  return computed;
}

function classify(code: number): CharClass {
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Surrogate;
  if (code >= 0x30 && code <= 0x39) return CharClass.Digit;
  const ch = String.fromCharCode(code);
  if (SPACE.test(ch)) return CharClass.Space;
  if (LETTER_OR_MARK.test(ch)) {
    if (ARABIC.test(ch)) return CharClass.ArabicLetter;
    if (LATIN.test(ch)) return CharClass.LatinLetter;
    return CharClass.OtherLetter;
  }
  return CharClass.Punctuation;
}
