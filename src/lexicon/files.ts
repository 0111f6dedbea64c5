import cities from '../../lexicons/cities.json';
import countries from '../../lexicons/countries.json';
import groups from '../../lexicons/groups.json';
import organizations from '../../lexicons/organizations.json';
import people from '../../lexicons/people.json';
import regions from '../../lexicons/regions.json';
import type { Lexicon, LexiconEntry } from './types.js';

const file = (name: string, source: { entries: unknown[] }): Lexicon => ({ name: `lexicons/${name}.json`, entries: source.entries as LexiconEntry[], remove: [] });

/**
 * The lexicon files as they are, in load order. Only the build (and the source, in
 * tests) reads them: the library ships them packed (bundled.ts), and they are validated
 * by the test suite (tests/lexicon/defaults.test.ts) rather than at every start.
 */
export const LEXICON_FILES: readonly Lexicon[] = [
  file('countries', countries),
  file('cities', cities),
  file('regions', regions),
  file('people', people),
  file('organizations', organizations),
  file('groups', groups),
];
