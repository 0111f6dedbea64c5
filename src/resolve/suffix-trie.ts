/**
 * Needles read backwards, as a trie held in typed arrays: a node is a number, and its
 * edges sit in one open-addressing table keyed by (node, code unit). A document with
 * thousands of people has tens of thousands of nodes; as objects with a map each they
 * were most of what its young collections copied, and their lookups missed the cache.
 */
export class SuffixTrie {
  /** Edge table: the parent node, the code unit, and the child (0: an empty slot; the root is never a child). */
  private readonly parents: Int32Array;
  private readonly codes: Int32Array;
  private readonly children: Int32Array;
  /** The needles (by index) that end at a node, for the nodes where some do, and a flag per node saying so. */
  private readonly ends = new Map<number, number[]>();
  private readonly terminal: Uint8Array;
  /** The longest needle, in code units: no walk goes further back. */
  readonly longest: number;

  constructor(needles: readonly string[]) {
    let units = 0;
    for (const needle of needles) units += needle.length;
    // At most one edge per unit of the needles: at most half full.
    let capacity = 16;
    while (capacity < units * 2) capacity *= 2;
    this.parents = new Int32Array(capacity);
    this.codes = new Int32Array(capacity);
    this.children = new Int32Array(capacity);
    this.terminal = new Uint8Array(units + 1);
    let nodes = 1;
    let longest = 0;
    needles.forEach((needle, k) => {
      let node = 0;
      for (let i = needle.length - 1; i >= 0; i -= 1) {
        const code = needle.charCodeAt(i);
        const slot = this.slotOf(node, code);
        if (this.children[slot] === 0) {
          this.parents[slot] = node;
          this.codes[slot] = code;
          this.children[slot] = nodes++;
        }
        node = this.children[slot] as number;
      }
      const list = this.ends.get(node);
      if (list) list.push(k);
      else this.ends.set(node, [k]);
      this.terminal[node] = 1;
      longest = Math.max(longest, needle.length);
    });
    this.longest = longest;
  }

  /** The child of `node` by `code`, or 0 when there is none. */
  child(node: number, code: number): number {
    return this.children[this.slotOf(node, code)] as number;
  }

  /** The needles that end at `node` (read backwards: that start there), if any. */
  endsAt(node: number): readonly number[] | undefined {
    return this.terminal[node] === 1 ? this.ends.get(node) : undefined;
  }

  /** The slot of edge (node, code): where it is, or the empty slot where it would go. */
  private slotOf(node: number, code: number): number {
    const mask = this.children.length - 1;
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0;
    slot = (slot ^ (slot >>> 15)) & mask;
    while (this.children[slot] !== 0 && (this.parents[slot] !== node || this.codes[slot] !== code)) slot = (slot + 1) & mask;
    return slot;
  }
}
