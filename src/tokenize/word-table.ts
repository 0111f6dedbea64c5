/**
 * A table of words found by their letters where they stand in a text, without cutting
 * each occurrence out as a string first: news repeats its words, and a string made per
 * token only to look the word up was a fifth of the tokenizer's memory and time.
 *
 * Open addressing with linear probing over a power-of-two array, at most half full. Each
 * word is stored with a small integer tag (the tokenizer's hamza mask) that is part of
 * its key. Past `limit` words the table starts over, so memory stays bounded on a corpus
 * of endless distinct words.
 */
export class WordTable<V> {
  private hashes = new Int32Array(0);
  private words: (string | undefined)[] = [];
  private tags = new Int32Array(0);
  private values: (V | undefined)[] = [];
  private size = 0;

  /**
   * @param make - the value of a word not in the table (called once per word and tag).
   * @param limit - words held before the table starts over.
   */
  constructor(
    private readonly make: (word: string, tag: number) => V,
    private readonly limit: number,
  ) {
    this.reset(1024);
  }

  /** The value of `text.slice(start, end)` under `tag`, made on first sight. */
  find(text: string, start: number, end: number, tag: number): V {
    const hash = hashOf(text, start, end, tag);
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) return this.insert(slot, hash, text.slice(start, end), tag);
      if (this.hashes[slot] === hash && this.tags[slot] === tag && sameWord(word, text, start, end)) return this.values[slot] as V;
    }
  }

  private insert(slot: number, hash: number, word: string, tag: number): V {
    const value = this.make(word, tag);
    if (this.size >= this.limit) {
      this.reset(this.hashes.length);
      this.put(hash, word, tag, value);
    } else if ((this.size + 1) * 2 > this.hashes.length) {
      this.grow();
      this.put(hash, word, tag, value);
    } else {
      this.store(slot, hash, word, tag, value);
    }
    return value;
  }

  private put(hash: number, word: string, tag: number, value: V): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.store(slot, hash, word, tag, value);
  }

  private store(slot: number, hash: number, word: string, tag: number, value: V): void {
    this.hashes[slot] = hash;
    this.words[slot] = word;
    this.tags[slot] = tag;
    this.values[slot] = value;
    this.size += 1;
  }

  private grow(): void {
    const { hashes, words, tags, values } = this;
    this.reset(hashes.length * 2);
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i];
      if (word !== undefined) this.put(hashes[i] as number, word, tags[i] as number, values[i] as V);
    }
  }

  private reset(capacity: number): void {
    this.hashes = new Int32Array(capacity);
    this.words = new Array<string | undefined>(capacity).fill(undefined);
    this.tags = new Int32Array(capacity);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.size = 0;
  }
}

// Seeded per process, as V8 seeds its own string hashes: a text built offline to make
// words collide in the table (and lookups slow) collides only under the seed it was built for.
const SEED = Math.floor(Math.random() * 0x1_0000_0000) | 0;

/** FNV-1a over the UTF-16 units of text[start, end), seeded, with murmur3's finalizer (every bit reaches the low ones). */
function hashOf(text: string, start: number, end: number, tag: number): number {
  let hash = Math.imul(SEED ^ tag, 0x01000193);
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
