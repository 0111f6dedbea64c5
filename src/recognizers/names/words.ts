import { createTrie, trieInsert, trieLongest, type TrieNode } from '../../lexicon/trie.js';
import type { Token } from '../../tokenize/index.js';
import * as lists from './data/word-lists.prebuilt.js';

const FUNCTION_WORD_LISTS = ['verbs', 'adjectives', 'particles', 'adverbs', 'pronouns'] as const;

/** Words that end a name: verbs, common nouns, particles («اتصالات», «حربا», «في»). */
export const NEVER_NAMES: ReadonlySet<string> = new Set(Object.values(lists.NEVER_NAME_LISTS).flat());
/** The never-names that are no nouns: they end even a body's name («حزب العدالة والتنمية الحاكم»). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORD_LISTS.flatMap((list) => lists.NEVER_NAME_LISTS[list]));
/** Never-names checked before ى/ي folding («على» is not the name «علي»), diacritics removed. */
export const NEVER_NAMES_AS_WRITTEN: ReadonlySet<string> = new Set(lists.NEVER_NAMES_AS_WRITTEN);
/** Given names, Arab and foreign («فلاديمير», «كاجين»); «ambiguous» ones are also common words. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(lists.FIRST_NAMES);
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(lists.AMBIGUOUS_FIRST_NAMES);
export const MODIFIERS: ReadonlySet<string> = new Set(lists.MODIFIERS);
export const MINISTRIES: ReadonlySet<string> = new Set(lists.MINISTRIES);
export const REPORTING_VERBS: ReadonlySet<string> = new Set(lists.REPORTING_VERBS);
export const PARTICLES: ReadonlySet<string> = new Set(lists.PARTICLES);
export const BYLINE_SEPARATORS: ReadonlySet<string> = new Set(lists.BYLINE_SEPARATORS);
export const SURNAME_ENDINGS: readonly string[] = lists.SURNAME_ENDINGS;

/** Titles as token sequences («رئيس الوزراء», «الأمين العام»). */
export const TITLES: TrieNode<true> = (() => {
  const trie = createTrie<true>();
  for (const keys of lists.TITLE_KEYS) trieInsert(trie, keys, true);
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
