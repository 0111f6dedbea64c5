import { ARABIC_SCRIPT, bmpProperties, LATIN_SCRIPT, LETTER, MARK, WHITE_SPACE } from '../unicode/properties.js';

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
  const properties = bmpProperties(code);
  if ((properties & WHITE_SPACE) !== 0) return CharClass.Space;
  if ((properties & (LETTER | MARK)) !== 0) {
    if ((properties & ARABIC_SCRIPT) !== 0) return CharClass.ArabicLetter;
    if ((properties & LATIN_SCRIPT) !== 0) return CharClass.LatinLetter;
    return CharClass.OtherLetter;
  }
  return CharClass.Punctuation;
}
