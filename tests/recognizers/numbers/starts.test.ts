import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/normalize/index.js';
import { recognizeNumbers, recognizeNumbersWithoutGate } from '../../../src/recognizers/numbers/index.js';
import { tokenize } from '../../../src/tokenize/index.js';
import { fixtureTexts, soupTexts } from '../dates/soup.js';

/**
 * The gate of src/recognizers/numbers/starts.ts passes over tokens that can start neither
 * a number nor a qualifier before one. It must never pass over one that would have
 * started a mention: the recognizer finds exactly what it finds reading at every token.
 */
function differences(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const normalized = normalize(text);
    const input = { normalized, tokens: tokenize(normalized), referenceDate: null };
    const gated = JSON.stringify(recognizeNumbers(input));
    const everywhere = JSON.stringify(recognizeNumbersWithoutGate(input));
    if (gated !== everywhere) found.push(`«${text}»\n  gated      ${gated}\n  everywhere ${everywhere}`);
  }
  return found;
}

describe('the number gate loses nothing', () => {
  it('on the seed corpus, the date fixtures and the peer suites\' inputs', () => {
    expect(differences(fixtureTexts())).toEqual([]);
  });

  it('on random runs of number and date words, digits and marks', () => {
    const texts = soupTexts(3000, 1445);
    const counted = texts.filter((text) => {
      const normalized = normalize(text);
      return recognizeNumbers({ normalized, tokens: tokenize(normalized), referenceDate: null }).length > 0;
    });
    expect(counted.length).toBeGreaterThan(texts.length / 4);
    expect(differences(texts)).toEqual([]);
  });
});
