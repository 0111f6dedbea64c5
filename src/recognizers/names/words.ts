import { nameKeys } from '../../lexicon/compile.js';
import { createTrie, trieInsert, trieLongest, type TrieNode } from '../../lexicon/trie.js';
import { foldEach } from '../../normalize/index.js';
import type { Token } from '../../tokenize/index.js';
import firstNames from './data/first-names.json';
import neverNames from './data/never-names.json';
import titles from './data/titles.json';

const foldList = (words: readonly string[]): string[] => foldEach(words).map((word) => word.trim());
const foldAll = (words: readonly string[]): Set<string> => new Set(foldList(words));

type NeverNameList = keyof typeof neverNames.words;
const NEVER_NAME_LISTS = new Map(Object.entries(neverNames.words).map(([list, words]) => [list as NeverNameList, foldList(words)]));
const FUNCTION_WORD_LISTS: readonly NeverNameList[] = ['verbs', 'adjectives', 'particles', 'adverbs', 'pronouns'];

/** Words that end a name: verbs, common nouns, particles («اتصالات», «حربا», «في»). */
export const NEVER_NAMES: ReadonlySet<string> = new Set([...NEVER_NAME_LISTS.values()].flat());
/** The never-names that are no nouns: they end even a body's name («حزب العدالة والتنمية الحاكم»). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORD_LISTS.flatMap((list) => NEVER_NAME_LISTS.get(list) ?? []));
/** Never-names checked before ى/ي folding («على» is not the name «علي»), diacritics removed. */
export const NEVER_NAMES_AS_WRITTEN: ReadonlySet<string> = new Set(foldEach(neverNames.asWritten, { foldAlefMaksura: false, foldYehHamza: false }));
/** Given names, Arab and foreign («فلاديمير», «كاجين»); «ambiguous» ones are also common words. */
export const FIRST_NAMES: ReadonlySet<string> = foldAll([...firstNames.arabic, ...firstNames.foreign]);
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = foldAll(firstNames.ambiguous ?? []);
export const MODIFIERS: ReadonlySet<string> = foldAll(titles.modifiers);
export const MINISTRIES: ReadonlySet<string> = foldAll(titles.ministries);
export const REPORTING_VERBS: ReadonlySet<string> = foldAll(titles.reportingVerbs);
export const PARTICLES: ReadonlySet<string> = foldAll(titles.particles);
export const BYLINE_SEPARATORS: ReadonlySet<string> = new Set(titles.bylineSeparators);
export const SURNAME_ENDINGS: readonly string[] = foldList(titles.foreignSurnameEndings);

/** Titles as token sequences («رئيس الوزراء», «الأمين العام»). */
export const TITLES: TrieNode<true> = (() => {
  const trie = createTrie<true>();
  const folded = foldEach(titles.titles);
  titles.titles.forEach((title, i) => trieInsert(trie, nameKeys(title, folded[i]), true));
  return trie;
})();

/** Can a title start with this word? The cheap test before {@link titleLength}. */
export function startsTitle(form: string): boolean {
  return TITLES.next.has(form);
}

/** Tokens a title covers when token `at` reads as `form` (one of its readings), or 0. */
export function titleLength(form: string, tokens: readonly Token[], at: number): number {
  if (!startsTitle(form)) return 0;
  return trieLongest(TITLES, form, tokens, at)?.length ?? 0;
}

/** «حاجييف», «باشينيان», «زاخاروفا»: the shape of a transliterated surname. */
export function looksLikeSurname(word: string): boolean {
  return word.length >= 5 && SURNAME_ENDINGS.some((ending) => word.endsWith(ending));
}
