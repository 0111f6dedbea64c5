import type { SubtypeOf } from '../types.js';

/** One entry of a lexicon file, as people write it (see lexicons/schema.json). */
export type LexiconEntry = {
  [T in 'actor' | 'place']: {
    /** Kebab-case, unique across every loaded lexicon. */
    id: string;
    type: T;
    subtype: SubtypeOf[T];
    /** Surface forms as news writes them; folded by normalize() at load. */
    names: string[];
    /** Preferred Arabic name. */
    canonical?: string;
    en?: string;
    /** English demonym for ids of nationality-named bodies: armenian → armenian-armed-forces. */
    demonym?: string;
    /** Masculine singular nisba forms (أذربيجاني، أذري); inflected at load. */
    adjectives?: string[];
    /** Id of the state the entity belongs to. */
    country?: string;
    /** Names that need context: matched only when the document supports them. */
    ambiguous?: string[];
    wikidata?: string;
    note?: string;
  };
}['actor' | 'place'];

/** A lexicon file's content. */
export interface LexiconSource {
  $schema?: string;
  domain?: string;
  description?: string;
  entries: LexiconEntry[];
  /** Ids of previously loaded entries (for example defaults) to drop. */
  remove?: string[];
}

/** A validated lexicon, ready to give to createExtractor. Build it with defineLexicon or loadLexicon. */
export interface Lexicon {
  /** File path or the name given to defineLexicon; used in error messages. */
  readonly name: string;
  readonly entries: readonly Readonly<LexiconEntry>[];
  readonly remove: readonly string[];
}
