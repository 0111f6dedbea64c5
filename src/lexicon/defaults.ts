import cities from '../../lexicons/cities.json';
import compositions from '../../lexicons/compositions.json';
import countries from '../../lexicons/countries.json';
import designators from '../../lexicons/designators.json';
import groups from '../../lexicons/groups.json';
import organizations from '../../lexicons/organizations.json';
import people from '../../lexicons/people.json';
import regions from '../../lexicons/regions.json';
import type { CompositionsSource, DesignatorsSource } from './compile.js';
import type { Lexicon, LexiconEntry } from './types.js';

// `entries` is read when first asked for: the build parses a lexicon file only then
// (build/json-as-parse.ts), and the default extractor matches with the packed form.
const bundled = (name: string, source: { entries: unknown[] }): Lexicon =>
  Object.freeze({
    name: `lexicons/${name}.json`,
    get entries() {
      return source.entries as LexiconEntry[];
    },
    remove: [],
  });

/**
 * The lexicons shipped with the library, in load order. They are validated by the
 * test suite (tests/lexicon/defaults.test.ts) rather than at every start.
 */
export const DEFAULT_LEXICONS: readonly Lexicon[] = Object.freeze([
  bundled('countries', countries),
  bundled('cities', cities),
  bundled('regions', regions),
  bundled('people', people),
  bundled('organizations', organizations),
  bundled('groups', groups),
]);

export const DEFAULT_COMPOSITIONS = compositions as CompositionsSource;
export const DEFAULT_DESIGNATORS = designators as DesignatorsSource;
