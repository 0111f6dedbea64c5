import { describe, expect, it } from 'vitest';
import { briefs, fixture } from './helpers.js';

const { sentences } = fixture<{ sentences: string[] }>('negatives.json');

// fixtures/dates/negatives.json: words that look like dates but are not.
describe('sentences without dates', () => {
  for (const text of sentences) {
    it(text, () => {
      expect(briefs(text, '2023-09-20')).toEqual([]);
    });
  }
});
