import type { CliticAnalysis, Token } from './index.js';

// Readings are kept in blocks of this many words: a single array of a million entries
// grows by copying and may fall back to slow elements; small blocks never do.
const BLOCK_BITS = 13;
const BLOCK = 1 << BLOCK_BITS;

/**
 * The Arabic words of a text, packed: offsets in typed arrays and a reference to each
 * word's shared readings. What the document-level steps keep of the tokens once the
 * recognizers are done with them (about 16 bytes a word instead of a Token object).
 */
export class PackedWords {
  private starts = new Int32Array(BLOCK);
  private ends = new Int32Array(BLOCK);
  private readonly blocks: (readonly CliticAnalysis[])[][] = [];
  private count = 0;

  /** Words shorter than `minimumLength` normalized letters are not kept (see {@link PackedWords.add}). */
  constructor(private readonly minimumLength = 1) {}

  /** Number of words held. */
  get length(): number {
    return this.count;
  }

  /**
   * Appends the Arabic tokens of `tokens` (in text order, after those already held) of
   * at least `minimumLength` normalized letters, proclitics included.
   */
  add(tokens: readonly Token[]): void {
    for (const token of tokens) {
      if (token.kind !== 'arabic' || token.end - token.start < this.minimumLength) continue;
      const at = this.count;
      if (at === this.starts.length) this.grow();
      this.starts[at] = token.start;
      this.ends[at] = token.end;
      let block = this.blocks[at >> BLOCK_BITS];
      if (!block) {
        block = [];
        this.blocks.push(block);
      }
      block.push(token.analyses);
      this.count = at + 1;
    }
  }

  start(word: number): number {
    return this.starts[word] ?? 0;
  }

  end(word: number): number {
    return this.ends[word] ?? 0;
  }

  /** The word's clitic readings (CliticAnalysis: a reading starts at `start(word) + offset`). */
  readings(word: number): readonly CliticAnalysis[] {
    return this.blocks[word >> BLOCK_BITS]?.[word & (BLOCK - 1)] ?? [];
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    const ends = new Int32Array(this.ends.length * 2);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** The Arabic words of `tokens`, packed. */
export function packWords(tokens: readonly Token[]): PackedWords {
  const words = new PackedWords();
  words.add(tokens);
  return words;
}
