import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/normalize/index.js';
import { matchNumber } from '../../../src/recognizers/numbers/match.js';
import { recognizeNumbers } from '../../../src/recognizers/numbers/index.js';
import type { Candidate } from '../../../src/recognizers/types.js';
import { resolveOverlaps } from '../../../src/resolve/overlaps.js';
import { tokenize } from '../../../src/tokenize/index.js';

const LENGTH = 200_000;
const repeat = (unit: string): string => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);

/**
 * The numbers recognizer alone, resolved: these tests time this recognizer's work,
 * not the other recognizers of the pipeline.
 */
function numberMentions(text: string): Candidate[] {
  const normalized = normalize(text);
  return resolveOverlaps(recognizeNumbers({ normalized, tokens: tokenize(normalized), referenceDate: null }));
}

describe('long hostile inputs finish with sane counts', () => {
  it('«أكثر من » repeated: qualifiers with no number', () => {
    expect(numberMentions(repeat('أكثر من '))).toEqual([]);
  });

  it('one run of 200k digits is a code, not a number', () => {
    expect(numberMentions(repeat('7'))).toEqual([]);
  });

  it('«و» glued and spaced', () => {
    expect(numberMentions(repeat('و'))).toEqual([]);
    expect(numberMentions(repeat('و '))).toEqual([]);
  });

  it('digit groups that could join: each group read once', () => {
    const mentions = numberMentions(repeat('123 '));
    expect(mentions.length).toBeGreaterThan(LENGTH / 4 / 6);
    expect(mentions.length).toBeLessThanOrEqual(LENGTH / 4 + 1);
  });

  it('comma, slash and hyphen chains', () => {
    expect(numberMentions(repeat('1،')).length).toBeLessThanOrEqual(LENGTH / 2);
    expect(numberMentions(repeat('1/'))).toEqual([]);
    expect(numberMentions(repeat('1-')).length).toBeLessThanOrEqual(1);
  });

  it('number words that cannot combine: one number each', () => {
    expect(numberMentions(repeat('ألف و')).length).toBeGreaterThan(LENGTH / 6);
    expect(numberMentions(repeat('خمسة ')).length).toBe(LENGTH / 5);
    expect(numberMentions(repeat('دزينة ')).length).toBe(Math.floor(LENGTH / 6));
  });

  it('matchNumber called at every token (as the dates recognizer may) stays bounded', () => {
    const tokens = tokenize(normalize(repeat('ثلاثة وعشرون ألفا وخمسمائة ')));
    let found = 0;
    for (let i = 0; i < tokens.length; i += 1) if (matchNumber(tokens, i)) found += 1;
    expect(found).toBeGreaterThan(tokens.length / 2);
    const normalized = normalize(repeat('عشرات '));
    const candidates = recognizeNumbers({ normalized, tokens: tokenize(normalized), referenceDate: null });
    expect(candidates.length).toBe(Math.floor(LENGTH / 6));
  });
});
