import { describe, expect, it } from 'vitest';
import { briefs, fixture, type DateBrief } from './helpers.js';

interface SentenceCase {
  text: string;
  referenceDate: string | null;
  expect: DateBrief[];
}

const { groups } = fixture<{ groups: Record<string, SentenceCase[]> }>('sentences.json');

// fixtures/dates/sentences.json: news sentences, each with every date it holds.
describe('dates in news sentences', () => {
  for (const [group, cases] of Object.entries(groups)) {
    describe(group, () => {
      for (const { text, referenceDate, expect: wanted } of cases) {
        it(`${text} (${referenceDate ?? 'no reference'})`, () => {
          expect(briefs(text, referenceDate)).toEqual(wanted);
        });
      }
    });
  }
});
