import { describe, expect, it } from 'vitest';
import { PROPERTY_PATTERNS } from '../../src/unicode/patterns.js';
import { ARABIC_SCRIPT, bmpProperties, LATIN_SCRIPT, LETTER, MARK, SPACE_SEPARATOR, WHITE_SPACE } from '../../src/unicode/properties.js';

describe('bmpProperties: Unicode properties without a regular expression', () => {
  // Asked one character at a time, the engine's answer is what the unpacked runs must hold.
  it('agrees with the engine on every BMP code unit, for every property', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const ch = String.fromCharCode(code);
      for (const [bit, pattern] of PROPERTY_PATTERNS) {
        if (((bmpProperties(code) & bit) !== 0) !== pattern.test(ch)) wrong.push(`U+${code.toString(16)} bit ${bit}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads real characters: Arabic letter, tashkeel, Latin, NBSP, ideographic space, digit', () => {
    expect(bmpProperties('ق'.charCodeAt(0))).toBe(LETTER | ARABIC_SCRIPT);
    expect(bmpProperties('\u064E'.charCodeAt(0))).toBe(MARK); // fatha: Script=Inherited
    expect(bmpProperties('é'.charCodeAt(0))).toBe(LETTER | LATIN_SCRIPT);
    expect(bmpProperties(0xa0)).toBe(WHITE_SPACE | SPACE_SEPARATOR);
    expect(bmpProperties(0x3000)).toBe(WHITE_SPACE | SPACE_SEPARATOR);
    expect(bmpProperties('٣'.charCodeAt(0))).toBe(ARABIC_SCRIPT);
  });

  // foldSpaces relies on this: beyond the BMP it answers without asking.
  it('has no space separator or white space beyond the BMP to miss', () => {
    const found: number[] = [];
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 1) if (/^[\s\p{Zs}]$/u.test(String.fromCodePoint(cp))) found.push(cp);
    expect(found).toEqual([]);
    expect(bmpProperties(0x1f600)).toBe(0);
  });
});
