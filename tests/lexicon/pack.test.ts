import { describe, expect, it } from 'vitest';
import { compileLexicons, type CompiledLexicon } from '../../src/lexicon/compile.js';
import { BUNDLED_PACKED } from '../../src/lexicon/bundled.prebuilt.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS, DEFAULT_LEXICONS } from '../../src/lexicon/defaults.js';
import { LEXICON_FILES } from '../../src/lexicon/files.js';
import { packLexicon, unpackLexicon, unpackSources } from '../../src/lexicon/pack.js';
import { packFuzzyIndex, type FuzzyIndex, type Postings } from '../../src/lexicon/fuzzy.js';
import { LazyMap, type TrieNode } from '../../src/lexicon/trie.js';
import type { Lexicon, LexiconEntry } from '../../src/lexicon/types.js';

/** Every node of a trie with its path, children in key order, values through `show`. */
function paths<V>(root: TrieNode<V>, show: (value: V) => unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (node: TrieNode<V>, path: string[]): void => {
    out.push([path.join(' / '), node.values.map(show)]);
    for (const key of [...node.next.keys()].sort()) visit(node.next.get(key) as TrieNode<V>, [...path, key]);
  };
  visit(root, []);
  return out;
}

/** A compiled lexicon as plain data, for comparing two of them whole. */
function plain(lexicon: CompiledLexicon): unknown {
  const sorted = (values: Iterable<string>): string[] => [...values].sort();
  return {
    entries: [...lexicon.entries].map(([id, entry]) => [id, { ...entry }]),
    names: paths(lexicon.names, (v) => [v.entry.id, v.ambiguous]),
    heads: paths(lexicon.heads, (v) => [v.rule.subtype, v.rule.gender, sorted(v.rule.complements), v.rule.id, v.bare, v.definite]),
    people: paths(lexicon.people, (entry) => entry.id),
    nisba: [...lexicon.nisba].map(([form, values]) => [form, values.map((v) => [v.entry.id, v.definite, v.plural, v.gender])]),
    starts: sorted(lexicon.starts),
    designators: [...lexicon.designators].map(([word, subtypes]) => [word, sorted(subtypes)]),
    nonReferential: sorted(lexicon.nonReferential),
    titleNouns: sorted(lexicon.titleNouns),
    prepositions: sorted(lexicon.prepositions),
    adjectiveShaped: sorted(lexicon.adjectiveShaped),
    fuzzyNames: lexicon.fuzzy.names.map((name) => [name.text, name.tokens, name.entry.id]),
    fuzzyBigrams: [...lexicon.fuzzy.bigrams].map(([tokens, postings]) => [tokens, postings.entries()]),
    fuzzyPlaceWords: [...lexicon.fuzzy.placeWords].map(([key, index]) => [key, index.words, index.bigrams.entries()]),
  };
}

const compileDefaults = (): CompiledLexicon => compileLexicons(DEFAULT_LEXICONS, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS);

describe('packed lexicons', () => {
  it('unpack to the lexicon they were packed from: every trie path, nisba form, entry and fuzzy posting', () => {
    const compiled = compileDefaults();
    expect(plain(unpackLexicon(packLexicon(compiled)))).toEqual(plain(compiled));
  });

  it('answer fuzzy postings from the packed numbers as the lists would: counts, positions, absent grams', () => {
    const compiled = compileDefaults();
    const unpacked = unpackLexicon(packLexicon(compiled));
    const pairs: (readonly [Postings, Postings])[] = [];
    for (const [tokens, postings] of compiled.fuzzy.bigrams) pairs.push([postings, unpacked.fuzzy.bigrams.get(tokens) ?? postings] as const);
    for (const [key, index] of compiled.fuzzy.placeWords) pairs.push([index.bigrams, unpacked.fuzzy.placeWords.get(key)?.bigrams ?? index.bigrams] as const);
    for (const [lists, packed] of pairs) {
      expect(packed).not.toBe(lists);
      for (const [gram, positions] of lists.entries()) {
        expect(packed.count(gram)).toBe(positions.length);
        const found = new Set<number>();
        packed.addTo(gram, found);
        expect([...found].sort((a, b) => a - b)).toEqual([...new Set(positions)].sort((a, b) => a - b));
      }
      // Grams absent between, before and after the packed ones (the view bisects them).
      const grams = lists.entries().map(([gram]) => gram);
      const absent = [-1, 0, (grams.at(-1) ?? 0) + 1, ...grams.slice(1).map((gram) => gram - 1).filter((gram, k) => gram > (grams[k] ?? 0))];
      for (const gram of absent) expect(packed.count(gram)).toBe(0);
      expect(packed.count(-1)).toBe(0);
      const none = new Set<number>();
      packed.addTo(-1, none);
      expect(none.size).toBe(0);
    }
    expect(pairs.length).toBeGreaterThan(3);
  });

  it('refuse to pack postings whose grams are not in ascending order, which the packed view bisects', () => {
    const unordered: Postings = { count: () => 1, addTo: () => undefined, entries: () => [[0x6450645, [0]], [0x6270644, [1]]] };
    const index: FuzzyIndex = { names: [], bigrams: new Map([[2, unordered]]), placeWords: new Map(), memo: new Map(), holders: new Map() };
    expect(() => packFuzzyIndex(index)).toThrow(/gram 103220804 after 105186885, not in ascending order/);
  });

  it('are what the bundled lexicons compile to (the form the default extractor starts from)', () => {
    expect(BUNDLED_PACKED).toEqual(packLexicon(compileLexicons(LEXICON_FILES, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS), LEXICON_FILES));
    // Packing what was unpacked gives the same data back.
    const { sources: _files, ...matching } = BUNDLED_PACKED;
    expect(packLexicon(unpackLexicon(BUNDLED_PACKED))).toEqual(matching);
  });

  it('give back the lexicon files: every entry, every field but en and note (BUNDLED_LEXICONS)', () => {
    const given = unpackSources(BUNDLED_PACKED);
    expect(given.map((l) => l.name)).toEqual(LEXICON_FILES.map((l) => l.name));
    given.forEach((lexicon, i) => {
      const file = LEXICON_FILES[i] as Lexicon;
      const matching = file.entries.map(({ en: _en, note: _note, ...fields }) => fields);
      expect(lexicon.entries).toEqual(matching);
    });
    expect(DEFAULT_LEXICONS).toEqual(given);
    // Compiled from the given-back entries, the lexicon is the one the files make.
    expect(plain(compileDefaults())).toEqual(plain(compileLexicons(LEXICON_FILES, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS)));
  });

  it('refuse to pack sources that are not whole files (an id twice, a removal)', () => {
    const twice = [...LEXICON_FILES, { name: 'again.json', entries: LEXICON_FILES[0]?.entries ?? [], remove: [] }];
    expect(() => packLexicon(compileLexicons(twice, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS), twice)).toThrow(/cannot pack the sources/u);
  });

  it('keep ambiguous names, removals and a user entry replacing a default', () => {
    const entry = (id: string, names: string[], extra: { country?: string; ambiguous?: string[] } = {}): LexiconEntry => ({ id, type: 'place', subtype: 'city', names, ...extra });
    const user: Lexicon = {
      name: 'beat.json',
      entries: [entry('ganja', ['كنجة', 'غانجا'], { country: 'azerbaijan' }), entry('shusha-town', ['شوشا'], { ambiguous: ['شوشا'] }), entry('shusha', ['شوشة'], { ambiguous: ['شوشا'] })],
      remove: ['stepanakert'],
    };
    const compiled = compileLexicons([...DEFAULT_LEXICONS, user], DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS);
    const unpacked = unpackLexicon(packLexicon(compiled));
    expect(plain(unpacked)).toEqual(plain(compiled));
    expect(unpacked.entries.get('ganja')?.lexicon).toBe('beat.json');
    expect(unpacked.entries.has('stepanakert')).toBe(false);
    expect(unpacked.names.next.get('شوشا')?.values.map((v) => [v.entry.id, v.ambiguous]).sort()).toEqual([
      ['shusha', true],
      ['shusha-town', true],
    ]);
  });

  it('build a root branch once, when a text first reaches it', () => {
    const unpacked = unpackLexicon(BUNDLED_PACKED);
    const branch = unpacked.names.next.get('قره');
    expect(branch?.next.get('باغ')?.values.map((v) => v.entry.id)).toContain('nagorno-karabakh');
    expect(unpacked.names.next.get('قره')).toBe(branch);
    expect(unpacked.names.next.get('كاراباخ')?.values.length).toBeGreaterThan(0);
    expect(unpacked.names.next.get('لاشيء')).toBeUndefined();
    expect(unpacked.names.next.has('لاشيء')).toBe(false);
  });

  it('refuse a key holding a packed separator, naming it', () => {
    const odd: Lexicon = { name: 'odd.json', entries: [{ id: 'odd', type: 'actor', subtype: 'organization', canonical: 'مجموعة', names: ['مجموعة a|b'] /* the tokenizer makes «|» a token of its own */ }], remove: [] };
    const compiled = compileLexicons([odd], DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS);
    expect(() => packLexicon(compiled)).toThrow(/cannot pack the key "\|": it holds/u);
  });

  it('refuse a packed lexicon of another format', () => {
    expect(() => unpackLexicon({ ...BUNDLED_PACKED, format: 2 as 4 })).toThrow(/packed lexicon format 2/u);
  });
});

describe('LazyMap', () => {
  it('loads a value on first get, once, and answers has/size/keys without loading', () => {
    const loads: number[] = [];
    const map = new LazyMap(['باكو', 'يريفان'], (at) => {
      loads.push(at);
      return { at };
    });
    expect(map.size).toBe(2);
    expect(map.has('يريفان')).toBe(true);
    expect([...map.keys()]).toEqual(['باكو', 'يريفان']);
    expect(loads).toEqual([]);
    const yerevan = map.get('يريفان');
    expect(yerevan).toEqual({ at: 1 });
    expect(map.get('يريفان')).toBe(yerevan);
    expect(map.get('شوشة')).toBeUndefined();
    expect(loads).toEqual([1]);
    expect([...map.values()]).toEqual([{ at: 0 }, { at: 1 }]);
    expect(loads).toEqual([1, 0]);
  });
});
