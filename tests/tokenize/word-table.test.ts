import { describe, expect, it } from 'vitest';
import { WordTable } from '../../src/tokenize/word-table.js';

/** A table whose values record what they were made from, and how many were made. */
function recordingTable(limit = 1000) {
  const made: string[] = [];
  const table = new WordTable((word, tag) => {
    made.push(`${word}/${tag}`);
    return { word, tag };
  }, limit);
  return { table, made };
}

describe('WordTable: words found by their letters in place', () => {
  it('makes a word once and finds it again wherever it stands', () => {
    const { table, made } = recordingTable();
    const text = 'قال الرئيس وقال الرئيس';
    const first = table.find(text, 4, 10, 0);
    expect(first).toEqual({ word: 'الرئيس', tag: 0 });
    expect(table.find(text, 16, 22, 0)).toBe(first);
    expect(table.find('الرئيس', 0, 6, 0)).toBe(first);
    expect(made).toEqual(['الرئيس/0']);
  });

  it('keeps apart words that differ in one letter, in length, or in tag', () => {
    const { table, made } = recordingTable();
    const text = 'باكو باكي باك';
    table.find(text, 0, 4, 0);
    table.find(text, 5, 9, 0);
    table.find(text, 10, 13, 0);
    table.find(text, 0, 4, 1);
    expect(made).toEqual(['باكو/0', 'باكي/0', 'باك/0', 'باكو/1']);
    expect(table.find(text, 0, 4, 1)).toEqual({ word: 'باكو', tag: 1 });
  });

  it('finds every word again after growing past its first capacity', () => {
    const { table, made } = recordingTable(100_000);
    const words = Array.from({ length: 5000 }, (_, i) => `كلمة${i}`);
    const values = words.map((w) => table.find(w, 0, w.length, 0));
    words.forEach((w, i) => expect(table.find(w, 0, w.length, 0)).toBe(values[i]));
    expect(made).toHaveLength(5000);
  });

  it('starts over past its limit, so memory stays bounded, and still answers rightly', () => {
    const { table, made } = recordingTable(10);
    const words = Array.from({ length: 25 }, (_, i) => `اسم${i}`);
    for (const w of words) table.find(w, 0, w.length, 0);
    expect(made).toHaveLength(25);
    // The first words were forgotten: made again, with the same value.
    expect(table.find(words[0] as string, 0, 5, 0)).toEqual({ word: 'اسم0', tag: 0 });
    expect(made).toHaveLength(26);
    // The latest are still held.
    table.find(words[24] as string, 0, 5, 0);
    expect(made).toHaveLength(26);
  });

  it('handles the empty word and words with lone surrogates or NUL', () => {
    const { table, made } = recordingTable();
    for (const w of ['', '\ud800', '\u0000', 'a\udc00b']) expect(table.find(w, 0, w.length, 0)).toEqual({ word: w, tag: 0 });
    expect(made).toHaveLength(4);
  });
});
