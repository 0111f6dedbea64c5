import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../../src/lexicon/compile.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS, DEFAULT_LEXICONS } from '../../src/lexicon/defaults.js';
import { editDistance, fuzzyLookup, fuzzyMayHold, fuzzyMayOpen, placeKey } from '../../src/lexicon/fuzzy.js';
import limits from '../../src/lexicon/fuzzy.json';

const lexicon = compileLexicons(DEFAULT_LEXICONS, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS);

/** The gate's meaning, by brute force over every first word of a `tokens`-word name. */
function opensByScan(word: string, tokens: number): boolean {
  const firsts = lexicon.fuzzy.placeWords.get(placeKey(tokens, 0))?.words ?? [];
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
    const firsts = [2, 3].flatMap((n) => (lexicon.fuzzy.placeWords.get(placeKey(n, 0))?.words ?? []).map((w) => ({ w, n })));
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

/** The later-word gate's meaning, by brute force over word `place` of every `tokens`-word name. */
function holdsByScan(word: string, tokens: number, place: number): boolean {
  return lexicon.fuzzy.names.some((name) => {
    if (name.tokens !== tokens) return false;
    const other = name.text.split(' ')[place] ?? '';
    const allowed = Math.min(word.length, other.length) >= limits.longWordFrom ? limits.maximumEditsLong : limits.maximumEditsShort;
    return editDistance(word, other, allowed) <= allowed;
  });
}

describe('fuzzyMayHold: which words can stand later in a multi-word variant', () => {
  it('holds a misspelt second word («ناغورني كاراباك») and not an ordinary word', () => {
    expect(fuzzyMayHold(lexicon.fuzzy, 'كاراباك', 2, 1)).toBe(true);
    expect(fuzzyMayHold(lexicon.fuzzy, 'الانتخابات', 2, 1)).toBe(false);
    expect(fuzzyMayHold(lexicon.fuzzy, 'المستشفيات', 3, 2)).toBe(false);
  });

  it('never says no where a name has a word within reach at that place (fast-check against a full scan, 2,000 runs)', () => {
    const laters = lexicon.fuzzy.names.filter((name) => name.tokens > 1).flatMap((name) => name.text.split(' ').slice(1).map((w, k) => ({ w, n: name.tokens, place: k + 1 })));
    expect(laters.length).toBeGreaterThan(50);
    const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
    const edited = fc
      .record({ base: fc.constantFrom(...laters), at: fc.nat(20), letter: fc.constantFrom(...letters), kind: fc.constantFrom('sub', 'ins', 'del', 'none') })
      .map(({ base, at, letter, kind }) => {
        const i = at % (base.w.length + 1);
        const w = base.w;
        const word = kind === 'ins' ? w.slice(0, i) + letter + w.slice(i) : kind === 'sub' ? w.slice(0, i) + letter + w.slice(i + 1) : kind === 'del' ? w.slice(0, i) + w.slice(i + 1) : w;
        return { word, n: base.n, place: base.place };
      });
    fc.assert(
      fc.property(edited, ({ word, n, place }) => {
        if (holdsByScan(word, n, place)) expect(fuzzyMayHold(lexicon.fuzzy, word, n, place)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves what the fallback finds unchanged: a variant whose words all hold is still found («ناغورني كاراباك»)', () => {
    const text = 'ناغورني كاراباك';
    expect(fuzzyMayOpen(lexicon.fuzzy, 'ناغورني', 2)).toBe(true);
    expect(fuzzyMayHold(lexicon.fuzzy, 'كاراباك', 2, 1)).toBe(true);
    expect(fuzzyLookup(lexicon.fuzzy, text, 2)?.entry.id).toBe('nagorno-karabakh');
  });
});

describe('editDistance', () => {
  /** The textbook optimal-string-alignment distance, a full table. */
  const reference = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i += 1) {
      for (let j = 1; j <= b.length; j += 1) {
        const row = d[i] as number[];
        const up = d[i - 1] as number[];
        row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
    }
    return (d[a.length] as number[])[b.length] ?? 0;
  };

  it('agrees with the full table up to its limit, whatever came before (fast-check, 5,000 runs)', () => {
    const word = fc.array(fc.constantFrom(...'ابتثج'), { maxLength: 12 }).map((l) => l.join(''));
    fc.assert(
      fc.property(word, word, fc.nat(3), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(Math.min(reference(a, b), limit + 1));
      }),
      { numRuns: 5000 },
    );
    // A long pair grows the reused rows.
    expect(editDistance('ا'.repeat(200), 'ا'.repeat(199) + 'ب', 2)).toBe(1);
  });
});

