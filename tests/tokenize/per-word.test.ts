import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import { MEMO_SLOTS, perWord, perWordOf, sharedWordSlots } from '../../src/tokenize/per-word.js';

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

  it('shares one memo between the occurrences of a word, and across tokenize calls', () => {
    const [first, , again] = tokenize(normalize('وقال الرئيس وقال'));
    const [later] = tokenize(normalize('وقال'));
    expect(first?.memo).toBe(again?.memo);
    expect(first?.memo).toBe(later?.memo);
  });

  it('keeps apart a word whose hamza-alef makes «ال» no article («ألتشين» against «التشين»)', () => {
    const [hamza, bare] = tokenize(normalize('ألتشين التشين'));
    expect(hamza?.text).toBe(bare?.text);
    expect(hamza?.memo).not.toBe(bare?.memo);
  });

  it('answers for every token without readings at once: callers sort those out first', () => {
    let calls = 0;
    const count = perWord(() => (calls += 1));
    const tokens = tokenize(normalize('2023 ، Baku'));
    expect(tokens.map(count)).toEqual([1, 1, 1]);
  });

});

describe('perWordOf: per-word answers of several instances in two shared slots', () => {
  it('gives each instance its own answers when they are used in turn', () => {
    const slots = sharedWordSlots();
    let calls = 0;
    const lengthPlus = (n: number) =>
      perWordOf(slots, (token) => {
        calls += 1;
        return token.text.length + n;
      });
    const one = lengthPlus(1);
    const ten = lengthPlus(10);
    const tokens = tokenize(normalize('الرئيس قال الرئيس'));
    expect(tokens.map(one)).toEqual([7, 4, 7]);
    expect(calls).toBe(2);
    // The other instance recomputes what it did not ask last, and never returns the first one's answers.
    expect(tokens.map(ten)).toEqual([16, 13, 16]);
    expect(calls).toBe(4);
    expect(tokens.map(one)).toEqual([7, 4, 7]);
    expect(tokens.map(one)).toEqual([7, 4, 7]);
    expect(calls).toBe(6);
  });
});

// Last: it takes every slot left.
describe('memo slots', () => {
  it('refuses to take more slots than a memo has (a per-word function made per call by mistake)', () => {
    expect(() => {
      for (let i = 0; i <= MEMO_SLOTS; i += 1) perWord(() => i);
    }).toThrow(/more than 32 per-word memo slots/);
  });
});
