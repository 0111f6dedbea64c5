import { describe, expect, it } from 'vitest';
import { createTrie, trieAdd, trieInsert, trieLongest, trieNode, trieWalk } from '../../src/lexicon/trie.js';

describe('token trie', () => {
  it('walks multi-word names, shortest hit first («قره باغ», «ناغورنو قره باغ»)', () => {
    const trie = createTrie<string>();
    trieInsert(trie, ['ناغورنو'], 'a');
    trieInsert(trie, ['ناغورنو', 'قره', 'باغ'], 'b');
    const tokens = ['ناغورنو', 'قره', 'باغ', 'اليوم'].map((text) => ({ text }));
    expect(trieWalk(trie, 'ناغورنو', tokens, 0).map((h) => [h.length, h.values])).toEqual([
      [1, ['a']],
      [3, ['b']],
    ]);
    expect(trieWalk(trie, 'قره', tokens, 1)).toEqual([]);
    // The first key is the reading given («وناغورنو» read as «ناغورنو»), the rest the following tokens.
    expect(trieWalk(trie, 'ناغورنو', [{ text: 'وناغورنو' }, ...tokens.slice(1)], 0).map((h) => h.length)).toEqual([1, 3]);
  });

  it('gives the longest hit alone (trieLongest), and stops at the end of the tokens', () => {
    const trie = createTrie<string>();
    trieInsert(trie, ['ناغورنو'], 'a');
    trieInsert(trie, ['ناغورنو', 'قره', 'باغ'], 'b');
    const tokens = ['في', 'ناغورنو', 'قره', 'باغ'].map((text) => ({ text }));
    expect(trieLongest(trie, 'ناغورنو', tokens, 1)).toEqual({ values: ['b'], length: 3 });
    // «ناغورنو قره» at the end of the text: the walk runs out of tokens after a node without values.
    expect(trieLongest(trie, 'ناغورنو', tokens.slice(0, 3), 1)).toEqual({ values: ['a'], length: 1 });
    expect(trieLongest(trie, 'باكو', tokens, 0)).toBeNull();
    for (const at of [0, 1, 2, 3]) {
      const first = tokens[at]?.text ?? '';
      expect(trieLongest(trie, first, tokens, at)).toEqual(trieWalk(trie, first, tokens, at).at(-1) ?? null);
    }
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
