import type { CompiledEntry, CompiledLexicon, Complement, HeadRule, HeadValue, NameValue, NisbaValue } from './compile.js';
import { packFuzzyIndex, unpackFuzzyIndex, type FuzzyName, type PackedFuzzy } from './fuzzy.js';
import { packedNumber, packNumbers } from './packed-numbers.js';
import { lazyTrie, LazyMap, trieAdd, trieLeaf, trieNode, type TrieNode } from './trie.js';
import type { Subtype } from '../types.js';
import type { Lexicon, LexiconEntry } from './types.js';

/**
 * A compiled lexicon as a few strings and number lists: what the build stores for the
 * bundled lexicons (bundled.prebuilt.ts, build/prebuilt.ts), so a process does not fold, inflect and
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
  /** Entry kinds, referred to by position. */
  readonly kinds: readonly (readonly [CompiledEntry['type'], Subtype])[];
  /** One record per entry: id, kind position, canonical, country, demonym, lexicon position (an absent field is empty). */
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
  /**
   * Each entry's names, ambiguous names and adjectives, lists joined by «^», and «1» when
   * its file gives `canonical` (records parallel to `entries`), so the files' entries can
   * be given back ({@link unpackSources}); absent when not packed from whole files.
   */
  readonly sources?: string;
  /** The fuzzy index; its names as three parallel lists: texts (records), entry positions and word counts (packed numbers). */
  readonly fuzzy: Omit<PackedFuzzy, 'names'> & { readonly texts: string; readonly entries: string; readonly tokens: string };
}

/** Keys (records), and for key `i` a block of records in `blocks`, `lengths[i]` characters long (packed numbers). */
export interface PackedTable {
  readonly keys: string;
  readonly blocks: string;
  readonly lengths: string;
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

const PACK_FORMAT = 4;

const RECORD = '|';
const FIELD = '~';
const ITEM = '^';
const SEPARATORS = /[|~^]/u;

/** The text itself, or an error for one a packed record could not hold. */
function checkField(text: string, what: string): string {
  if (SEPARATORS.test(text)) throw new Error(`arabic-entities: cannot pack ${what} ${JSON.stringify(text)}: it holds «${RECORD}», «${FIELD}» or «${ITEM}», the packed separators`);
  return text;
}

function packTable<V>(map: ReadonlyMap<string, V>, block: (value: V) => string): PackedTable {
  const keys: string[] = [];
  const blocks: string[] = [];
  for (const [key, value] of map) {
    keys.push(checkField(key, 'the key'));
    blocks.push(block(value));
  }
  return { keys: keys.join(RECORD), blocks: blocks.join(''), lengths: packNumbers(blocks.map((b) => b.length)) };
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

/** A table's keys and where each block starts (the last start is the end). */
function tableIndex(table: PackedTable): { keys: string[]; starts: Int32Array } {
  const starts = new Int32Array(table.lengths.length + 1);
  for (let i = 0; i < table.lengths.length; i += 1) starts[i + 1] = (starts[i] ?? 0) + packedNumber(table.lengths, i);
  // One key packs as '' too: the count of blocks tells none from one empty key.
  return { keys: table.lengths.length === 0 ? [] : table.keys.split(RECORD), starts };
}

function unpackTrie<V>(packed: PackedTrie, value: (code: number) => V): { trie: TrieNode<V>; keys: string[] } {
  const { keys, starts } = tableIndex(packed);
  const trie = lazyTrie<V>(keys, (at) => {
    const branch = trieLeaf<V>();
    for (const line of packed.blocks.slice(starts[at], starts[at + 1]).split(RECORD)) {
      const path = line.split(FIELD);
      const node = path.length === 1 ? branch : trieNode(branch, path.slice(1));
      const codes = path[0] ?? '';
      if (codes !== '') for (const code of codes.split(',')) trieAdd(node, value(Number(code)));
    }
    return branch;
  });
  return { trie, keys };
}

function packedFuzzy(fuzzy: PackedFuzzy, position: (entry: CompiledEntry) => number): PackedLexicon['fuzzy'] {
  return {
    bigrams: fuzzy.bigrams,
    placeWords: fuzzy.placeWords,
    texts: fuzzy.names.map((name) => checkField(name.text, 'the name')).join(RECORD),
    entries: packNumbers(fuzzy.names.map((name) => position(name.entry))),
    tokens: packNumbers(fuzzy.names.map((name) => name.tokens)),
  };
}

function packedSources(lexicon: CompiledLexicon, files: readonly Lexicon[]): string {
  const compiled = [...lexicon.entries.values()];
  const raw = files.flatMap((file) => file.entries.map((entry) => ({ entry, file: file.name })));
  if (files.some((file) => file.remove.length > 0) || raw.length !== compiled.length) {
    throw new Error(`arabic-entities: cannot pack the sources: ${raw.length} entries in the files, ${compiled.length} compiled (an id twice, or a removal)`);
  }
  return raw
    .map(({ entry, file }, at) => {
      const made = compiled[at];
      if (made?.id !== entry.id || made.lexicon !== file) throw new Error(`arabic-entities: cannot pack the sources: entry ${at} is "${entry.id}" in ${file}, compiled as "${made?.id}"`);
      const list = (items: readonly string[] | undefined): string => (items ?? []).map((item) => checkField(item, `a name of "${entry.id}"`)).join(ITEM);
      return [list(entry.names), list(entry.ambiguous), list(entry.adjectives), entry.canonical === undefined ? '' : '1'].join(FIELD);
    })
    .join(RECORD);
}

/**
 * The lexicon files a packed lexicon was built from, with their entries' matching fields
 * (not `en` or `note`); each file's entries are built when first read. Empty when the
 * lexicon was packed without its files.
 */
export function unpackSources(packed: PackedLexicon): Lexicon[] {
  const sources = packed.sources;
  if (sources === undefined) return [];
  let byFile: Map<string, readonly LexiconEntry[]> | undefined;
  const entriesByFile = (): Map<string, readonly LexiconEntry[]> => {
    if (byFile) return byFile;
    const built = new Map<string, LexiconEntry[]>(packed.lexicons.map((name) => [name, []]));
    const entryLines = packed.entries.split(RECORD);
    sources.split(RECORD).forEach((record, at) => {
      const made = entryOf(packed, entryLines[at] ?? '');
      const fields = record.split(FIELD);
      const items = (text: string | undefined): string[] => (text ? text.split(ITEM) : []);
      const entry: Record<string, unknown> = { id: made.id, type: made.type, subtype: made.subtype };
      if (fields[3] === '1') entry['canonical'] = made.canonical;
      entry['names'] = items(fields[0]);
      if (fields[1]) entry['ambiguous'] = items(fields[1]);
      if (fields[2]) entry['adjectives'] = items(fields[2]);
      if (made.country !== undefined) entry['country'] = made.country;
      if (made.demonym !== undefined) entry['demonym'] = made.demonym;
      built.get(made.lexicon)?.push(Object.freeze(entry) as LexiconEntry);
    });
    return (byFile = new Map([...built].map(([name, entries]) => [name, Object.freeze(entries)])));
  };
  return packed.lexicons.map((name) =>
    Object.freeze({
      name,
      get entries(): readonly LexiconEntry[] {
        return entriesByFile().get(name) ?? [];
      },
      remove: Object.freeze([]) as readonly string[],
    }),
  );
}

/** A fuzzy name whose entry is built when the fallback picks it, not for every name at first use. */
class PackedFuzzyName implements FuzzyName {
  constructor(
    readonly text: string,
    readonly tokens: number,
    private readonly at: number,
    private readonly entryAt: (at: number) => CompiledEntry,
  ) {}
  get entry(): CompiledEntry {
    return this.entryAt(this.at);
  }
}

function entryOf(packed: PackedLexicon, line: string): CompiledEntry {
  // Indexed, not destructured: this runs before V8 has optimized anything.
  const fields = line.split(FIELD);
  const kind = packed.kinds[Number(fields[1])] ?? ['place', 'city'];
  const entry: { -readonly [K in keyof CompiledEntry]: CompiledEntry[K] } = {
    id: fields[0] ?? '',
    type: kind[0],
    subtype: kind[1],
    canonical: fields[2] ?? '',
    lexicon: packed.lexicons[Number(fields[5])] ?? '',
  };
  if (fields[3]) entry.country = fields[3];
  if (fields[4]) entry.demonym = fields[4];
  return entry;
}

/**
 * A compiled lexicon as data (see {@link PackedLexicon}); with `files`, the lexicons it
 * was compiled from, also their entries' matching fields. Those must be whole files:
 * no id twice, nothing removed.
 */
export function packLexicon(lexicon: CompiledLexicon, files?: readonly Lexicon[]): PackedLexicon {
  const positions = new Map<CompiledEntry, number>();
  // A file without entries keeps its place among the sources.
  const lexicons: string[] = files ? files.map((file) => file.name) : [];
  const kinds: [CompiledEntry['type'], Subtype][] = [];
  const entryLines: string[] = [];
  for (const entry of lexicon.entries.values()) {
    let source = lexicons.indexOf(entry.lexicon);
    if (source < 0) source = lexicons.push(entry.lexicon) - 1;
    positions.set(entry, entryLines.length);
    let kind = kinds.findIndex(([type, subtype]) => type === entry.type && subtype === entry.subtype);
    if (kind < 0) kind = kinds.push([entry.type, entry.subtype]) - 1;
    const fields = [entry.id, String(kind), entry.canonical, entry.country ?? '', entry.demonym ?? '', String(source)];
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
    kinds,
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
    ...(files ? { sources: packedSources(lexicon, files) } : {}),
  };
}

/** The compiled lexicon a {@link PackedLexicon} stores; branches are built as texts reach them. */
export function unpackLexicon(packed: PackedLexicon): CompiledLexicon {
  if (packed.format !== PACK_FORMAT) throw new Error(`arabic-entities: packed lexicon format ${String(packed.format)}, this version reads ${PACK_FORMAT}`);
  // Entries are built when first reached, by position (a name's value) or by id (a country).
  const lines = packed.entries.split(RECORD);
  const built: (CompiledEntry | undefined)[] = [];
  const entryAt = (at: number): CompiledEntry => (built[at] ??= entryOf(packed, lines[at] ?? ''));
  const entries = new LazyMap<CompiledEntry>(() => lines.map((line) => line.slice(0, line.indexOf(FIELD))), entryAt);
  const rules: HeadRule[] = packed.headRules.map((rule) => ({ subtype: rule.subtype, gender: rule.gender, complements: new Set(rule.complements), id: rule.id }));
  const names = unpackTrie<NameValue>(packed.names, (code) => ({ entry: entryAt(code >> 1), ambiguous: (code & 1) === 1 }));
  const heads = unpackTrie<HeadValue>(packed.heads, (code) => ({ rule: rules[code >> 2] as HeadRule, bare: (code & 2) === 2, definite: (code & 1) === 1 }));
  const starts = new Set(names.keys);
  for (const word of heads.keys) starts.add(word);
  const nisbaIndex = tableIndex(packed.nisba);
  const nisba = new LazyMap<readonly NisbaValue[]>(nisbaIndex.keys, (at) =>
    packed.nisba.blocks
      .slice(nisbaIndex.starts[at], nisbaIndex.starts[at + 1])
      .split(',')
      .map((text) => {
        const code = Number(text);
        return { entry: entryAt(code >> 3), definite: (code & 4) === 4, plural: (code & 2) === 2, gender: (code & 1) === 1 ? 'f' : 'm' };
      }),
  );
  return {
    entries,
    names: names.trie,
    heads: heads.trie,
    starts,
    nisba,
    people: unpackTrie(packed.people, entryAt).trie,
    designators: new Map(packed.designators.map(([word, subtypes]) => [word, new Set(subtypes)])),
    nonReferential: new Set(packed.nonReferential),
    titleNouns: new Set(packed.titleNouns),
    prepositions: new Set(packed.prepositions),
    adjectiveShaped: new Set(packed.adjectiveShaped),
    fuzzy: unpackFuzzyIndex({
      bigrams: packed.fuzzy.bigrams,
      placeWords: packed.fuzzy.placeWords,
      names: () => records(packed.fuzzy.texts).map((text, i) => new PackedFuzzyName(text, packedNumber(packed.fuzzy.tokens, i), packedNumber(packed.fuzzy.entries, i), entryAt)),
    }),
  };
}
