import { LexiconError, type LexiconProblem } from '../errors.js';
import { foldText, normalize } from '../normalize/index.js';
import { tokenize } from '../tokenize/index.js';
import type { Subtype } from '../types.js';
import { buildFuzzyIndex, type FuzzyIndex, type FuzzySource } from './fuzzy.js';
import { inflectNisba } from './nisba.js';
import { createTrie, trieAdd, trieInsert, trieNode, type TrieNode } from './trie.js';
import type { Lexicon, LexiconEntry } from './types.js';

/** An entry as the matcher knows it. */
export interface CompiledEntry {
  readonly id: string;
  readonly type: 'actor' | 'place';
  readonly subtype: Subtype;
  readonly canonical: string;
  readonly country?: string;
  readonly demonym?: string;
  /** The lexicon it came from (file path or name). */
  readonly lexicon: string;
}

export interface NameValue {
  readonly entry: CompiledEntry;
  readonly ambiguous: boolean;
}

export interface NisbaValue {
  /** The place the adjective belongs to. */
  readonly entry: CompiledEntry;
  readonly definite: boolean;
  /** Masculine plural (ون/ين): can name people («المسلحين السوريين»). */
  readonly plural: boolean;
  readonly gender: 'm' | 'f';
}

export type Complement = 'nisba' | 'name' | 'in' | 'people';

/** A head noun of a nationality-named body («وزارة الدفاع», «القوات المسلحة», «المقاتلون»). */
export interface HeadRule {
  readonly subtype: 'organization' | 'group';
  /** Gender of the agreeing nisba. */
  readonly gender: 'm' | 'f' | 'any';
  readonly complements: ReadonlySet<Complement>;
  /** Id templates by the subtype of the place that completes the head. */
  readonly id: Readonly<Partial<Record<'country' | 'region' | 'city', string>>>;
}

export interface HeadValue {
  readonly rule: HeadRule;
  /** This name of the head may stand alone («وزارة الخارجية»); its id then needs the document's country. */
  readonly bare: boolean;
  /** Whether the head's last word has the article: a nisba must agree («القوات الأرمينية», «قوات أرمينية»). */
  readonly definite: boolean;
}

/** The shape of lexicons/compositions.json. */
export interface CompositionsSource {
  heads: {
    subtype: 'organization' | 'group';
    gender: 'm' | 'f' | 'any';
    names: string[];
    bare?: string[];
    complements: Complement[];
    id: Partial<Record<'country' | 'region' | 'city', string>>;
  }[];
  nonReferential?: string[];
  titleNouns?: string[];
  prepositions?: string[];
}

/** The shape of lexicons/designators.json. */
export interface DesignatorsSource {
  place: Record<'country' | 'city' | 'region' | 'route', string[]>;
  organization?: string[];
}

/** Everything the lexicon matcher needs, built once per extractor. */
export interface CompiledLexicon {
  readonly entries: ReadonlyMap<string, CompiledEntry>;
  readonly names: TrieNode<NameValue>;
  readonly heads: TrieNode<HeadValue>;
  /** Every word a name or a head can start with: one lookup rules out most tokens. */
  readonly starts: ReadonlySet<string>;
  /** Token text → the places whose nationality adjective it is. */
  readonly nisba: ReadonlyMap<string, readonly NisbaValue[]>;
  /** Demonym plurals that name a people («الأرمن»), as token sequences → the people's state. */
  readonly people: TrieNode<CompiledEntry>;
  /** Folded designator word → the place subtypes it introduces. */
  readonly designators: ReadonlyMap<string, ReadonlySet<string>>;
  readonly nonReferential: ReadonlySet<string>;
  /** Nouns that make a following head part of a title («وزير الخارجية»). */
  readonly titleNouns: ReadonlySet<string>;
  /** Free prepositions («في», «إلى») after which an adjective-shaped name is a place. */
  readonly prepositions: ReadonlySet<string>;
  /** Names that are also an inflected nationality adjective («أرمينية»): matched only after a preposition or a break. */
  readonly adjectiveShaped: ReadonlySet<string>;
  readonly fuzzy: FuzzyIndex;
}

/** The state a place or actor belongs to: itself for a country, else its `country` entry. */
export function stateIn(entries: ReadonlyMap<string, CompiledEntry>, entry: CompiledEntry): CompiledEntry | undefined {
  return entry.subtype === 'country' ? entry : entry.country !== undefined ? entries.get(entry.country) : undefined;
}

const NO_NAMES: ReadonlySet<string> = new Set<string>();

function compiledEntry(entry: Readonly<LexiconEntry>, lexicon: string): CompiledEntry {
  const compiled: { -readonly [K in keyof CompiledEntry]: CompiledEntry[K] } = {
    id: entry.id,
    type: entry.type,
    subtype: entry.subtype,
    canonical: entry.canonical ?? entry.names[0] ?? entry.id,
    lexicon,
  };
  if (entry.country !== undefined) compiled.country = entry.country;
  if (entry.demonym !== undefined) compiled.demonym = entry.demonym;
  return compiled;
}

/** The token texts of a name, folded exactly as text is (`folded`: foldText(name), when known). */
export function nameKeys(name: string, folded: string = foldText(name)): string[] {
  // Most names are Arabic words and single spaces: split them without building tokens.
  if (PLAIN_ARABIC_NAME.test(folded)) return folded.split(' ');
  return tokenize(normalize(name), { analyses: false }).map((token) => token.text);
}

// Arabic letters (after folding) in words separated by single spaces; no quantified group
// can overlap another, so the test is linear.
const PLAIN_ARABIC_NAME = /^[\u0621-\u064A]+(?: [\u0621-\u064A]+)*$/u;

/**
 * Merges lexicons in order (a later entry with the same id replaces the earlier one;
 * a lexicon's `remove` drops ids loaded before it) and compiles them for matching.
 * Throws a LexiconError listing every conflict between names.
 */
export function compileLexicons(lexicons: readonly Lexicon[], compositions: CompositionsSource, designatorSource: DesignatorsSource): CompiledLexicon {
  // One record per id, the entry that stands and its compiled form; `pass` tells a
  // duplicate inside one lexicon from an id a later lexicon replaces.
  const merged = new Map<string, { entry: Readonly<LexiconEntry>; lexicon: string; index: number; pass: object; compiled: CompiledEntry }>();
  const problems: LexiconProblem[] = [];
  for (const lexicon of lexicons) {
    for (const id of lexicon.remove) {
      if (!merged.delete(id)) problems.push({ file: lexicon.name, entry: -1, id, field: 'remove', message: `cannot remove "${id}": no lexicon loaded before this one has it` });
    }
    const pass = {};
    lexicon.entries.forEach((entry, index) => {
      if (merged.get(entry.id)?.pass === pass) problems.push({ file: lexicon.name, entry: index, id: entry.id, field: 'id', message: 'duplicate id in this lexicon' });
      merged.set(entry.id, { entry, lexicon: lexicon.name, index, pass, compiled: compiledEntry(entry, lexicon.name) });
    });
  }

  const designators = new Map<string, Set<string>>();
  const designatorLists: [string, readonly string[]][] = [...Object.entries(designatorSource.place), ['organization', designatorSource.organization ?? []]];
  for (const [subtype, words] of designatorLists) {
    for (const word of words) {
      const key = nameKeys(word).join(' ');
      const set = designators.get(key) ?? new Set<string>();
      set.add(subtype);
      designators.set(key, set);
    }
  }

  const entries = new Map<string, CompiledEntry>();
  for (const [id, { compiled }] of merged) entries.set(id, compiled);

  const names = createTrie<NameValue>();
  const fuzzyNames: FuzzySource[] = [];
  for (const { entry, lexicon, index, compiled } of merged.values()) {
    // Most entries list no ambiguous name and no designated one: no sets are built for them.
    const ambiguous = entry.ambiguous?.length ? new Set(entry.ambiguous.map((name) => nameKeys(name).join(' '))) : NO_NAMES;
    // An ambiguous name is a name too, whether or not `names` repeats it.
    const keyed = (entry.ambiguous?.length ? [...entry.names, ...entry.ambiguous] : entry.names).map((name) => nameKeys(name));
    let own: Set<string> | undefined;
    for (const keys of keyed) {
      // «جمهورية أذربيجان» when «أذربيجان» is a name too: the designator stays out of the span.
      if (keys.length > 1 && designators.has(keys[0] ?? '')) {
        own ??= new Set(keyed.map((k) => k.join(' ')));
        if (own.has(keys.slice(1).join(' '))) continue;
      }
      const isAmbiguous = ambiguous.size > 0 && ambiguous.has(keys.join(' '));
      // The trie node of the name holds every entry named so; the last one is its owner so far.
      const node = trieNode(names, keys);
      const previous = node.values.at(-1);
      if (previous && previous.entry.id !== entry.id) {
        if (!previous.ambiguous && !isAmbiguous) {
          problems.push({
            file: lexicon,
            entry: index,
            id: entry.id,
            field: 'names',
            message: `name «${keys.join(' ')}» is also a name of "${previous.entry.id}" (${previous.entry.type}/${previous.entry.subtype}, ${previous.entry.lexicon}); list it under "ambiguous" in one of them or remove it from one`,
          });
          continue;
        }
      } else if (previous) continue;
      trieAdd(node, { entry: compiled, ambiguous: isAmbiguous });
      if (!isAmbiguous) fuzzyNames.push({ keys, entry: compiled });
    }
  }

  const nisba = new Map<string, NisbaValue[]>();
  const people = createTrie<CompiledEntry>();
  const stateOf = (entry: CompiledEntry): CompiledEntry | undefined => stateIn(entries, entry);
  for (const { entry, compiled } of merged.values()) {
    for (const adjective of entry.adjectives ?? []) {
      for (const form of inflectNisba(foldText(adjective).trim())) {
        const list = nisba.get(form.text) ?? [];
        if (!list.some((value) => value.entry.id === compiled.id && value.gender === form.gender && value.plural === form.plural)) {
          list.push({ entry: compiled, definite: form.definite, plural: form.plural, gender: form.gender });
        }
        nisba.set(form.text, list);
        const state = stateOf(compiled);
        if (form.plural && state) trieInsert(people, [form.text], state);
      }
    }
    // A group named by its demonym («الأرمن») completes «المقاتلون …».
    if (compiled.type === 'actor' && compiled.subtype === 'group' && compiled.country !== undefined) {
      const state = entries.get(compiled.country);
      if (state) for (const name of entry.names) trieInsert(people, nameKeys(name), state);
    }
  }

  const heads = createTrie<HeadValue>();
  for (const head of compositions.heads) {
    const rule: HeadRule = { subtype: head.subtype, gender: head.gender, complements: new Set(head.complements), id: head.id };
    const bare = new Set((head.bare ?? []).map((name) => nameKeys(name).join(' ')));
    for (const name of head.names) {
      const keys = nameKeys(name);
      trieInsert(heads, keys, { rule, bare: bare.has(keys.join(' ')), definite: (keys.at(-1) ?? '').startsWith('ال') });
    }
  }

  if (problems.length > 0) throw new LexiconError(problems);
  const starts = new Set(names.next.keys());
  for (const word of heads.next.keys()) starts.add(word);
  return {
    entries,
    names,
    heads,
    nisba,
    people,
    designators,
    nonReferential: new Set((compositions.nonReferential ?? []).map((word) => foldText(word))),
    titleNouns: new Set((compositions.titleNouns ?? []).map((word) => foldText(word))),
    prepositions: new Set((compositions.prepositions ?? []).map((word) => foldText(word))),
    // From the few nisba forms, not the many names: a 100k-entry lexicon is not copied to filter it.
    adjectiveShaped: new Set([...nisba.keys()].filter((key) => (names.next.get(key)?.values.length ?? 0) > 0)),
    starts,
    fuzzy: buildFuzzyIndex(() => fuzzyNames),
  };
}
