import { nameKeys } from '../../../lexicon/compile.js';
import { foldEach } from '../../../normalize/index.js';
import { AS_WRITTEN_OPTIONS } from '../../../normalize/options.js';
import firstNames from './first-names.json';
import neverNames from './never-names.json';
import titles from './titles.json';

// The names recognizer's word lists, folded as text is. The build ships the folded lists
// (build/prebuilt.ts); run from source, they are folded here.

const foldList = (words: readonly string[]): string[] => foldEach(words).map((word) => word.trim());

/** never-names.json, each list folded. */
export const NEVER_NAME_LISTS: Record<keyof typeof neverNames.words, string[]> = {
  nouns: foldList(neverNames.words.nouns),
  verbs: foldList(neverNames.words.verbs),
  adjectives: foldList(neverNames.words.adjectives),
  particles: foldList(neverNames.words.particles),
  adverbs: foldList(neverNames.words.adverbs),
  pronouns: foldList(neverNames.words.pronouns),
};
/** Diacritics removed, ى and ئ kept («على» is not the name «علي»). */
export const NEVER_NAMES_AS_WRITTEN: string[] = foldEach(neverNames.asWritten, AS_WRITTEN_OPTIONS);
export const FIRST_NAMES: string[] = foldList([...firstNames.arabic, ...firstNames.foreign]);
export const AMBIGUOUS_FIRST_NAMES: string[] = foldList(firstNames.ambiguous ?? []);
export const MODIFIERS: string[] = foldList(titles.modifiers);
export const MINISTRIES: string[] = foldList(titles.ministries);
export const REPORTING_VERBS: string[] = foldList(titles.reportingVerbs);
export const PARTICLES: string[] = foldList(titles.particles);
export const BYLINE_SEPARATORS: string[] = titles.bylineSeparators;
export const SURNAME_ENDINGS: string[] = foldList(titles.foreignSurnameEndings);
/** Each title as the token texts it matches. */
export const TITLE_KEYS: string[][] = titles.titles.map((title) => nameKeys(title));
