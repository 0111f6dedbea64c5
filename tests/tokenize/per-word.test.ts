import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import { perWord } from '../../src/tokenize/per-word.js';

describe('perWord: an answer computed once per distinct word', () => {
  it('computes once for every occurrence of a word, apart for each other word', () => {
    let calls = 0;
    const readings = perWord((token) => {
      calls += 1;
      return token.analyses.length;
    });
    const tokens = tokenize(normalize('وقال الرئيس وقال الرئيس وقال'));
    expect(tokens.map(readings)).toEqual([2, 1, 2, 1, 2]);
    expect(calls).toBe(2);
  });
});
