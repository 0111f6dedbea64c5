/** A trie over token texts: each step is one normalized token, so multi-word names match as one. */
export interface TrieNode<V> {
  readonly next: ReadonlyMap<string, TrieNode<V>>;
  readonly values: readonly V[];
}

/** The node as built: children and values are created on first use (most nodes are leaves). */
interface BuildNode<V> {
  next: Map<string, BuildNode<V>> | ReadonlyMap<string, BuildNode<V>>;
  values: V[] | readonly V[];
}

// Shared by every leaf and every node without values: a 100k-name lexicon would otherwise
// allocate a Map and an array per node it never fills.
const NO_CHILDREN: ReadonlyMap<string, never> = new Map<string, never>();
const NO_VALUES: readonly never[] = Object.freeze([]);

/**
 * The children of a node with exactly one: most nodes inside multi-word names have one
 * («قره» → «باغ»), and a Map per node was most of what a 100k-name lexicon allocated.
 * A node gets a real Map at its second child.
 */
class OneChild<C> implements ReadonlyMap<string, C> {
  constructor(
    private readonly key: string,
    private readonly child: C,
  ) {}
  get size(): number {
    return 1;
  }
  get(key: string): C | undefined {
    return key === this.key ? this.child : undefined;
  }
  has(key: string): boolean {
    return key === this.key;
  }
  forEach(callback: (value: C, key: string, map: ReadonlyMap<string, C>) => void): void {
    callback(this.child, this.key, this);
  }
  *entries(): MapIterator<[string, C]> {
    yield [this.key, this.child];
  }
  *keys(): MapIterator<string> {
    yield this.key;
  }
  *values(): MapIterator<C> {
    yield this.child;
  }
  [Symbol.iterator](): MapIterator<[string, C]> {
    return this.entries();
  }
}

export function createTrie<V>(): TrieNode<V> {
  const root: BuildNode<V> = { next: new Map(), values: NO_VALUES };
  return root;
}

/** Adds `value` under the token sequence `keys`. */
export function trieInsert<V>(root: TrieNode<V>, keys: readonly string[], value: V): void {
  trieAdd(trieNode(root, keys), value);
}

/** The node under exactly `keys` (created, with its path, if missing): its values so far. */
export function trieNode<V>(root: TrieNode<V>, keys: readonly string[]): TrieNode<V> {
  let node = root as BuildNode<V>;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: NO_CHILDREN, values: NO_VALUES };
      if (node.next === NO_CHILDREN) node.next = new OneChild(key, child);
      else {
        if (node.next instanceof OneChild) node.next = new Map(node.next);
        (node.next as Map<string, BuildNode<V>>).set(key, child);
      }
    }
    node = child;
  }
  return node;
}

/** Adds `value` at a node found with {@link trieNode}. */
export function trieAdd<V>(node: TrieNode<V>, value: V): void {
  const building = node as BuildNode<V>;
  if (building.values === NO_VALUES) building.values = [];
  (building.values as V[]).push(value);
}

/** One hit of a trie walk: the values stored at a node and how many tokens led there. */
export interface TrieHit<V> {
  readonly values: readonly V[];
  /** Tokens consumed, the first one included. */
  readonly length: number;
}

/** What a walk reads after its first key: the texts of the tokens that follow. */
interface Following {
  readonly text: string;
}

/**
 * Walks the trie from `first` (the first token's lookup form), then the texts of
 * `tokens[at + 1]`, `tokens[at + 2]` …, and returns every node with values on the way
 * (shortest first).
 */
export function trieWalk<V>(root: TrieNode<V>, first: string, tokens: readonly Following[], at: number): TrieHit<V>[] {
  const hits: TrieHit<V>[] = [];
  let node = root.next.get(first);
  let length = 1;
  while (node) {
    if (node.values.length > 0) hits.push({ values: node.values, length });
    if (node.next.size === 0) break;
    const key = tokens[at + length]?.text;
    if (key === undefined) break;
    node = node.next.get(key);
    length += 1;
  }
  return hits;
}

/** The last hit {@link trieWalk} would return (the longest key sequence with values), or null. */
export function trieLongest<V>(root: TrieNode<V>, first: string, tokens: readonly Following[], at: number): TrieHit<V> | null {
  let node = root.next.get(first);
  let length = 1;
  let longest: TrieNode<V> | null = null;
  let longestLength = 0;
  while (node) {
    if (node.values.length > 0) {
      longest = node;
      longestLength = length;
    }
    if (node.next.size === 0) break;
    const key = tokens[at + length]?.text;
    if (key === undefined) break;
    node = node.next.get(key);
    length += 1;
  }
  return longest ? { values: longest.values, length: longestLength } : null;
}

/**
 * A read-only map whose values are built on first `get`: `keys[i]` maps to `load(i)`.
 * The packed bundled lexicon hands its trie roots and nisba table over as these, so a
 * process builds only the nodes its texts reach (see pack.ts).
 */
export class LazyMap<V extends object> implements ReadonlyMap<string, V> {
  // A number is the position of a value not built yet; values are objects, so the two never mix.
  private index: Map<string, V | number> | undefined;

  /** `keys` may be a function, called on first use: a map a process may never read costs nothing. */
  constructor(
    private readonly keySource: readonly string[] | (() => readonly string[]),
    private readonly load: (at: number) => V,
  ) {}

  private get known(): Map<string, V | number> {
    if (this.index) return this.index;
    const keys = typeof this.keySource === 'function' ? this.keySource() : this.keySource;
    const index = new Map<string, V | number>();
    for (let i = 0; i < keys.length; i += 1) index.set(keys[i] as string, i);
    return (this.index = index);
  }

  get size(): number {
    return this.known.size;
  }
  get(key: string): V | undefined {
    const value = this.known.get(key);
    if (typeof value !== 'number') return value;
    const loaded = this.load(value);
    this.known.set(key, loaded);
    return loaded;
  }
  has(key: string): boolean {
    return this.known.has(key);
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const key of [...this.known.keys()]) callback(this.get(key) as V, key, this);
  }
  *entries(): MapIterator<[string, V]> {
    for (const key of [...this.known.keys()]) yield [key, this.get(key) as V];
  }
  keys(): MapIterator<string> {
    return this.known.keys();
  }
  *values(): MapIterator<V> {
    for (const key of [...this.known.keys()]) yield this.get(key) as V;
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** A trie whose root's children are built on first use (see {@link LazyMap}). */
export function lazyTrie<V>(firstKeys: readonly string[], load: (at: number) => TrieNode<V>): TrieNode<V> {
  return { next: new LazyMap(firstKeys, load), values: NO_VALUES };
}

/** A detached node to build a subtree under (with {@link trieNode} and {@link trieAdd}). */
export function trieLeaf<V>(): TrieNode<V> {
  const node: BuildNode<V> = { next: NO_CHILDREN, values: NO_VALUES };
  return node;
}
