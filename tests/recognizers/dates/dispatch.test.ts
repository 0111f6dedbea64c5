import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/normalize/index.js';
import { recognizeDates, recognizeDatesWithoutDispatch } from '../../../src/recognizers/dates/index.js';
import { tokenize } from '../../../src/tokenize/index.js';
import { fixtureTexts, soupTexts } from './soup.js';

/**
 * The first-token dispatch (src/recognizers/dates/dispatch.ts) skips a rule or sub-parser
 * at a token none of its words can start. It must never skip one that would have found
 * something: the recognizer finds exactly what it finds with every rule tried everywhere.
 */
function differences(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const normalized = normalize(text);
    const tokens = tokenize(normalized);
    for (const referenceDate of ['2023-09-20', null]) {
      const input = { normalized, tokens, referenceDate };
      const fast = JSON.stringify(recognizeDates(input));
      const everywhere = JSON.stringify(recognizeDatesWithoutDispatch(input));
      if (fast !== everywhere) found.push(`${referenceDate ?? 'no reference'}: «${text}»\n  dispatched ${fast}\n  everywhere ${everywhere}`);
    }
  }
  return found;
}

describe('the date rule dispatch loses nothing', () => {
  it('on the seed corpus, the date fixtures and the peer suites\' inputs', () => {
    expect(differences(fixtureTexts())).toEqual([]);
  });

  it('on random runs of date and number words, digits and marks', () => {
    const texts = soupTexts(3000, 20230920);
    const dated = texts.filter((text) => {
      const normalized = normalize(text);
      return recognizeDates({ normalized, tokens: tokenize(normalized), referenceDate: '2023-09-20' }).length > 0;
    });
    // The soup must exercise the rules, not only miss them.
    expect(dated.length).toBeGreaterThan(texts.length / 4);
    expect(differences(texts)).toEqual([]);
  });
});
