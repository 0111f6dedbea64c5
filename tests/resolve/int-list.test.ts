import { describe, expect, it } from 'vitest';
import { IntList } from '../../src/resolve/int-list.js';

describe('IntList: a growing list of integers in one typed array', () => {
  it('keeps every value in order through many doublings', () => {
    const list = new IntList(2);
    for (let i = 0; i < 10_000; i += 1) list.push(i * 3 - 5000);
    expect(list.length).toBe(10_000);
    expect([list.at(0), list.at(1), list.at(4999), list.at(9999)]).toEqual([-5000, -4997, 9997, 24997]);
  });

  it('starts empty', () => {
    expect(new IntList().length).toBe(0);
  });
});
