import type { CompiledEntry, CompiledLexicon, Complement, HeadRule, HeadValue, NameValue, NisbaValue } from './compile.js';
import { packFuzzyIndex, unpackFuzzyIndex, type FuzzyName, type PackedFuzzy } from './fuzzy.js';
import { lazyTrie, LazyMap, trieAdd, trieLeaf, trieNode, type TrieNode } from './trie.js';
import type { Subtype } from '../types.js';

/**
 * A compiled lexicon as a few strings and number lists: what the build stores for the
 * bundled lexicons (build/packed-lexicon.ts), so a process does not fold, inflect and
 * index 3,600 names at start. {@link unpackLexicon} builds the tries' branches and the
 * nisba lists on first use.
 *
 * Inside a block, records are separated by «|» and their fields by «~»: printable, so the
 * packed text needs no escapes in the bundle, and no bundled key holds them (packing
 * fails on one that does).
 */
export interface PackedLexicon {
  readonly format: typeof PACK_FORMAT;
  /** Lexicon names, referred to by position. */
  readonly lexicons: readonly string[];
  /** One record per entry: id, type, subtype, canonical, country, demonym, lexicon position (an absent field is empty). */
  readonly entries: string;
  /** Values: entry position × 2 + 1 if ambiguous. */
  readonly names: PackedTrie;
  /** Values: head rule position × 4 + 2 if bare + 1 if definite. */
  readonly heads: PackedTrie;
  readonly headRules: readonly PackedHeadRule[];
  /** Values: entry position of the people's state. */
  readonly people: PackedTrie;
  /** Values: entry position × 8 + 4 if definite + 2 if plural + 1 if feminine. */
  readonly nisba: PackedTable;
  /** Folded designator word and the subtypes it introduces. */
  readonly designators: readonly (readonly [string, readonly string[]])[];
  readonly nonReferential: readonly string[];
  readonly titleNouns: readonly string[];
  readonly prepositions: readonly string[];
  readonly adjectiveShaped: readonly string[];
  /** The fuzzy index, its names as records: entry position, word count, text. */
  readonly fuzzy: Omit<PackedFuzzy, 'names'> & { readonly names: string };
}

/** Keys, and for key `i` a block of records in `blocks` from `offsets[i]` to `offsets[i + 1]`. */
export interface PackedTable {
  readonly keys: readonly string[];
  readonly blocks: string;
  readonly offsets: readonly number[];
}

/**
 * A trie by its root's children: the block of child `i` has one record per node under it,
 * itself first: its values (comma-separated numbers), then the keys of its path from the
 * child.
 */
export type PackedTrie = PackedTable;

export interface PackedHeadRule {
  readonly subtype: HeadRule['subtype'];
  readonly gender: HeadRule['gender'];
  readonly complements: readonly Complement[];
  readonly id: HeadRule['id'];
}

const PACK_FORMAT = 1;

const RECORD = '|';
const FIELD = '~';
const SEPARATORS = /[|~]/u;

/** The text itself, or an error for one a packed record could not hold. */
function checkField(text: string, what: string): string {
  if (SEPARATORS.test(text)) throw new Error(`arabic-entities: cannot pack ${what} ${JSON.stringify(text)}: it holds «${RECORD}» or «${FIELD}», the packed separators`);
  return text;
}

function packTable<V>(map: ReadonlyMap<string, V>, block: (value: V) => string): PackedTable {
  const keys: string[] = [];
  let blocks = '';
  const offsets: number[] = [0];
  for (const [key, value] of map) {
    keys.push(key);
    blocks += block(value);
    offsets.push(blocks.length);
  }
  return { keys, blocks, offsets };
}

function packTrie<V>(root: TrieNode<V>, value: (v: V) => number): PackedTrie {
  return packTable(root.next, (child) => {
    const lines: string[] = [];
    const visit = (node: TrieNode<V>, path: string): void => {
      lines.push(node.values.map(value).join(',') + path);
      for (const [key, next] of node.next) visit(next, `${path}${FIELD}${checkField(key, 'the key')}`);
    };
    visit(child, '');
    return lines.join(RECORD);
  });
}

function records(text: string): string[] {
  return text === '' ? [] : text.split(RECORD);
}

function blockOf(table: PackedTable, at: number): string {
  return table.blocks.slice(table.offsets[at], table.offsets[at + 1]);
}

function unpackTrie<V>(packed: PackedTrie, value: (code: number) => V): TrieNode<V> {
  return lazyTrie(packed.keys, (at) => {
    const branch = trieLeaf<V>();
    for (const line of blockOf(packed, at).split(RECORD)) {
      const [codes = '', ...path] = line.split(FIELD);
      const node = path.length === 0 ? branch : trieNode(branch, path);
      if (codes !== '') for (const code of codes.split(',')) trieAdd(node, value(Number(code)));
    }
    return branch;
  });
}

function packedFuzzy(fuzzy: PackedFuzzy, position: (entry: CompiledEntry) => number): PackedLexicon['fuzzy'] {
  const names = fuzzy.names.map((name) => [position(name.entry), name.tokens, checkField(name.text, 'the name')].join(FIELD)).join(RECORD);
  return { ...fuzzy, names };
}

/** A compiled lexicon as data (see {@link PackedLexicon}). */
export function packLexicon(lexicon: CompiledLexicon): PackedLexicon {
  const positions = new Map<CompiledEntry, number>();
  const lexicons: string[] = [];
  const entryLines: string[] = [];
  for (const entry of lexicon.entries.values()) {
    let source = lexicons.indexOf(entry.lexicon);
    if (source < 0) source = lexicons.push(entry.lexicon) - 1;
    positions.set(entry, entryLines.length);
    const fields = [entry.id, entry.type, entry.subtype, entry.canonical, entry.country ?? '', entry.demonym ?? '', String(source)];
    for (const field of fields) checkField(field, `a field of entry "${entry.id}"`);
    entryLines.push(fields.join(FIELD));
  }
  const position = (entry: CompiledEntry): number => {
    const at = positions.get(entry);
    if (at === undefined) throw new Error(`arabic-entities: cannot pack: "${entry.id}" is not among the lexicon's entries`);
    return at;
  };
  const rules: HeadRule[] = [];
  const ruleAt = (rule: HeadRule): number => {
    const at = rules.indexOf(rule);
    return at >= 0 ? at : rules.push(rule) - 1;
  };
  const heads = packTrie(lexicon.heads, (v: HeadValue) => ruleAt(v.rule) * 4 + (v.bare ? 2 : 0) + (v.definite ? 1 : 0));
  return {
    format: PACK_FORMAT,
    lexicons,
    entries: entryLines.join(RECORD),
    names: packTrie(lexicon.names, (v: NameValue) => position(v.entry) * 2 + (v.ambiguous ? 1 : 0)),
    heads,
    headRules: rules.map((rule) => ({ subtype: rule.subtype, gender: rule.gender, complements: [...rule.complements], id: rule.id })),
    people: packTrie(lexicon.people, position),
    nisba: packTable(lexicon.nisba, (values) =>
      values.map((v) => position(v.entry) * 8 + (v.definite ? 4 : 0) + (v.plural ? 2 : 0) + (v.gender === 'f' ? 1 : 0)).join(','),
    ),
    designators: [...lexicon.designators].map(([word, subtypes]) => [word, [...subtypes]] as const),
    nonReferential: [...lexicon.nonReferential],
    titleNouns: [...lexicon.titleNouns],
    prepositions: [...lexicon.prepositions],
    adjectiveShaped: [...lexicon.adjectiveShaped],
    fuzzy: packedFuzzy(packFuzzyIndex(lexicon.fuzzy), position),
  };
}

/** The compiled lexicon a {@link PackedLexicon} stores; branches are built as texts reach them. */
export function unpackLexicon(packed: PackedLexicon): CompiledLexicon {
  if (packed.format !== PACK_FORMAT) throw new Error(`arabic-entities: packed lexicon format ${String(packed.format)}, this version reads ${PACK_FORMAT}`);
  const list: CompiledEntry[] = [];
  const entries = new Map<string, CompiledEntry>();
  for (const line of records(packed.entries)) {
    const [id = '', type, subtype, canonical = '', country = '', demonym = '', source = '0'] = line.split(FIELD);
    const entry: { -readonly [K in keyof CompiledEntry]: CompiledEntry[K] } = {
      id,
      type: type as CompiledEntry['type'],
      subtype: subtype as Subtype,
      canonical,
      lexicon: packed.lexicons[Number(source)] ?? '',
    };
    if (country !== '') entry.country = country;
    if (demonym !== '') entry.demonym = demonym;
    list.push(entry);
    entries.set(id, entry);
  }
  const entryAt = (at: number): CompiledEntry => list[at] as CompiledEntry;
  const rules: HeadRule[] = packed.headRules.map((rule) => ({ subtype: rule.subtype, gender: rule.gender, complements: new Set(rule.complements), id: rule.id }));
  const names = unpackTrie<NameValue>(packed.names, (code) => ({ entry: entryAt(code >> 1), ambiguous: (code & 1) === 1 }));
  const heads = unpackTrie<HeadValue>(packed.heads, (code) => ({ rule: rules[code >> 2] as HeadRule, bare: (code & 2) === 2, definite: (code & 1) === 1 }));
  const starts = new Set(names.next.keys());
  for (const word of heads.next.keys()) starts.add(word);
  const nisba = new LazyMap<readonly NisbaValue[]>(packed.nisba.keys, (at) =>
    blockOf(packed.nisba, at)
      .split(',')
      .map((text) => {
        const code = Number(text);
        return { entry: entryAt(code >> 3), definite: (code & 4) === 4, plural: (code & 2) === 2, gender: (code & 1) === 1 ? 'f' : 'm' };
      }),
  );
  return {
    entries,
    names,
    heads,
    starts,
    nisba,
    people: unpackTrie(packed.people, entryAt),
    designators: new Map(packed.designators.map(([word, subtypes]) => [word, new Set(subtypes)])),
    nonReferential: new Set(packed.nonReferential),
    titleNouns: new Set(packed.titleNouns),
    prepositions: new Set(packed.prepositions),
    adjectiveShaped: new Set(packed.adjectiveShaped),
    fuzzy: unpackFuzzyIndex(() => ({
      ...packed.fuzzy,
      names: records(packed.fuzzy.names).map((record): FuzzyName => {
        const [at = '', tokens = '', text = ''] = record.split(FIELD);
        return { text, tokens: Number(tokens), entry: entryAt(Number(at)) };
      }),
    })),
  };
}
