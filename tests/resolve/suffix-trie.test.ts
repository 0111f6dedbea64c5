import { describe, expect, it } from 'vitest';
import { SuffixTrie } from '../../src/resolve/suffix-trie.js';

/** The needles a backward walk from the end of `word` finds, as [needle index, length read]. */
function walkBack(trie: SuffixTrie, word: string): [number, number][] {
  const out: [number, number][] = [];
  let node = 0;
  for (let at = word.length - 1; at >= 0 && word.length - at <= trie.longest; at -= 1) {
    node = trie.child(node, word.charCodeAt(at));
    if (node === 0) break;
    for (const k of trie.endsAt(node) ?? []) out.push([k, word.length - at]);
  }
  return out;
}

describe('SuffixTrie: needles read backwards, in typed arrays', () => {
  it('finds every needle that ends a word, sharing their common endings («علييف», «ييف», «لاسد»)', () => {
    const trie = new SuffixTrie(['علييف', 'ييف', 'لاسد', 'الاسد']);
    expect(trie.longest).toBe(5);
    expect(walkBack(trie, 'وعلييف')).toEqual([[1, 3], [0, 5]]);
    expect(walkBack(trie, 'للاسد')).toEqual([[2, 4]]);
    expect(walkBack(trie, 'الاسد')).toEqual([[2, 4], [3, 5]]);
    expect(walkBack(trie, 'باكو')).toEqual([]);
  });

  it('lists a needle given twice under both indices', () => {
    expect(walkBack(new SuffixTrie(['باكو', 'باكو']), 'باكو')).toEqual([[0, 4], [1, 4]]);
  });

  it('holds thousands of needles without losing one', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const needles = Array.from({ length: 3000 }, (_, i) => `${letters[i % 28]}${letters[Math.floor(i / 28) % 28]}${letters[Math.floor(i / 784)]}وف`);
    const trie = new SuffixTrie(needles);
    needles.forEach((needle, k) => expect(walkBack(trie, needle)).toContainEqual([k, needle.length]));
  });

  it('builds from no needles: every walk ends at the root', () => {
    const trie = new SuffixTrie([]);
    expect(trie.longest).toBe(0);
    expect(trie.child(0, 'ب'.charCodeAt(0))).toBe(0);
  });
});
