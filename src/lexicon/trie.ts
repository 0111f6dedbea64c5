/** A trie over token texts: each step is one normalized token, so multi-word names match as one. */
export interface TrieNode<V> {
  readonly next: Map<string, TrieNode<V>>;
  readonly values: V[];
}

export function createTrie<V>(): TrieNode<V> {
  return { next: new Map(), values: [] };
}

/** Adds `value` under the token sequence `keys`. */
export function trieInsert<V>(root: TrieNode<V>, keys: readonly string[], value: V): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = createTrie<V>();
      node.next.set(key, child);
    }
    node = child;
  }
  node.values.push(value);
}

/** One hit of a trie walk: the values stored at a node and how many tokens led there. */
export interface TrieHit<V> {
  readonly values: readonly V[];
  /** Tokens consumed, the first one included. */
  readonly length: number;
}

/**
 * Walks the trie from `first` (the first token's lookup form), then `rest(i)` for the
 * following tokens, and returns every node with values on the way (shortest first).
 */
export function trieWalk<V>(root: TrieNode<V>, first: string, rest: (offset: number) => string | undefined): TrieHit<V>[] {
  const hits: TrieHit<V>[] = [];
  let node = root.next.get(first);
  let length = 1;
  while (node) {
    if (node.values.length > 0) hits.push({ values: node.values, length });
    const key = rest(length);
    if (key === undefined) break;
    node = node.next.get(key);
    length += 1;
  }
  return hits;
}
