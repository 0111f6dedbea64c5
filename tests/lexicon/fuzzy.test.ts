import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../../src/lexicon/compile.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS, DEFAULT_LEXICONS } from '../../src/lexicon/defaults.js';
import { editDistance, fuzzyLookup, fuzzyMayOpen } from '../../src/lexicon/fuzzy.js';
import limits from '../../src/lexicon/fuzzy.json';

const lexicon = compileLexicons(DEFAULT_LEXICONS, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS);

/** The gate's meaning, by brute force over every first word of a `tokens`-word name. */
function opensByScan(word: string, tokens: number): boolean {
  const firsts = lexicon.fuzzy.firstWords.get(tokens)?.words ?? [];
  return firsts.some((first) => {
    const allowed = Math.min(word.length, first.length) >= limits.longWordFrom ? limits.maximumEditsLong : limits.maximumEditsShort;
    return editDistance(word, first, allowed) <= allowed;
  });
}

describe('fuzzyMayOpen: which words can open a multi-word variant', () => {
  it('opens on a misspelt first word («ناجورني كاراباك») and not on ordinary words', () => {
    expect(fuzzyMayOpen(lexicon.fuzzy, 'ناجورني', 2)).toBe(true);
    expect(fuzzyMayOpen(lexicon.fuzzy, 'الانتخابات', 2)).toBe(false);
    expect(fuzzyMayOpen(lexicon.fuzzy, 'المستشفيات', 3)).toBe(false);
  });

  // Regression (found by the property below): a swap of neighbours destroys three
  // bigrams, not two; «مبعر» is one swap from «معبر» and shares no bigram with it.
  it('opens on a word one swap of neighbours away from a first word', () => {
    expect(opensByScan('مبعر', 2)).toBe(true);
    expect(fuzzyMayOpen(lexicon.fuzzy, 'مبعر', 2)).toBe(true);
  });

  it('finds a name written with two neighbouring letters swapped («اذبريجان»)', () => {
    expect(fuzzyLookup(lexicon.fuzzy, 'اذبريجان', 1)?.entry.id).toBe('azerbaijan');
  });

  it('never says no where a first word is within reach (fast-check against a full scan, 3,000 runs)', () => {
    const firsts = [2, 3].flatMap((n) => (lexicon.fuzzy.firstWords.get(n)?.words ?? []).map((w) => ({ w, n })));
    expect(firsts.length).toBeGreaterThan(50);
    const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
    // A first word with up to two random edits, or a random word.
    const edited = fc
      .record({
        base: fc.constantFrom(...firsts),
        edits: fc.array(fc.record({ at: fc.nat(20), letter: fc.constantFrom(...letters), kind: fc.constantFrom('sub', 'ins', 'del') }), { maxLength: 2 }),
      })
      .map(({ base, edits }) => {
        let word = base.w;
        for (const { at, letter, kind } of edits) {
          const i = at % (word.length + 1);
          word = kind === 'ins' ? word.slice(0, i) + letter + word.slice(i) : kind === 'sub' ? word.slice(0, i) + letter + word.slice(i + 1) : word.slice(0, i) + word.slice(i + 1);
        }
        return { word, n: base.n };
      });
    const random = fc.record({ word: fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }).map((l) => l.join('')), n: fc.constantFrom(2, 3) });
    fc.assert(
      fc.property(fc.oneof(edited, random), ({ word, n }) => {
        if (opensByScan(word, n)) expect(fuzzyMayOpen(lexicon.fuzzy, word, n)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
