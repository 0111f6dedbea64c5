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

const bundled = (name: string, source: { entries: unknown[] }): Lexicon =>
  Object.freeze({ name: `lexicons/${name}.json`, entries: source.entries as LexiconEntry[], remove: [] });

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
