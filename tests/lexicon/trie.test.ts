import { describe, expect, it } from 'vitest';
import { createTrie, trieAdd, trieInsert, trieNode, trieWalk } from '../../src/lexicon/trie.js';

describe('token trie', () => {
  it('walks multi-word names, shortest hit first («قره باغ», «ناغورنو قره باغ»)', () => {
    const trie = createTrie<string>();
    trieInsert(trie, ['ناغورنو'], 'a');
    trieInsert(trie, ['ناغورنو', 'قره', 'باغ'], 'b');
    const words = ['ناغورنو', 'قره', 'باغ', 'اليوم'];
    expect(trieWalk(trie, 'ناغورنو', (k) => words[k]).map((h) => [h.length, h.values])).toEqual([
      [1, ['a']],
      [3, ['b']],
    ]);
    expect(trieWalk(trie, 'قره', (k) => words[k])).toEqual([]);
  });

  it('finds a node with its values so far, and adds to it in one walk', () => {
    const trie = createTrie<number>();
    const node = trieNode(trie, ['وزارة', 'الدفاع']);
    expect(node.values).toEqual([]);
    trieAdd(node, 1);
    trieAdd(trieNode(trie, ['وزارة', 'الدفاع']), 2);
    expect(trieNode(trie, ['وزارة', 'الدفاع']).values).toEqual([1, 2]);
    // A node on the way has no values of its own.
    expect(trieNode(trie, ['وزارة']).values).toEqual([]);
  });

  it('gives leaves no children and nodes without values no list of their own until they get one', () => {
    const trie = createTrie<number>();
    trieInsert(trie, ['أ', 'ب'], 1);
    trieInsert(trie, ['ج', 'د'], 2);
    const a = trieNode(trie, ['أ']);
    const c = trieNode(trie, ['ج']);
    expect(a.values).toBe(c.values);
    expect(trieNode(trie, ['أ', 'ب']).next).toBe(trieNode(trie, ['ج', 'د']).next);
    expect(trieNode(trie, ['أ', 'ب']).values).not.toBe(trieNode(trie, ['ج', 'د']).values);
  });
});
