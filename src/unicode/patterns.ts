import { ARABIC_SCRIPT, LATIN_SCRIPT, LETTER, MARK, SPACE_SEPARATOR, WHITE_SPACE } from './bits.js';

// Read at build time only (bmp-properties.prebuilt.ts) and by the tests: at run time a
// property regex would cost what the table saves, even unused (constructing one parses it).
/** What each bit means, as the engine's Unicode pattern for one character: the table is built from these. */
export const PROPERTY_PATTERNS: readonly (readonly [number, RegExp])[] = [
  [LETTER, /^\p{L}$/u],
  [MARK, /^\p{M}$/u],
  [ARABIC_SCRIPT, /^\p{Script=Arabic}$/u],
  [LATIN_SCRIPT, /^\p{Script=Latin}$/u],
  [WHITE_SPACE, /^[\s\p{Zs}]$/u],
  [SPACE_SEPARATOR, /^\p{Zs}$/u],
];
