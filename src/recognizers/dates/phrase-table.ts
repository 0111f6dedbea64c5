import { foldText } from '../../normalize/index.js';
import { DATE_FOLDS } from './folds.prebuilt.js';
import type { Token } from '../../tokenize/index.js';

/** A phrase found at a token: its value, its normalized span, and the index of the token after it. */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/**
 * Multi-word phrases matched over tokens, longest first. Phrases are written naturally
 * and folded with foldText (as normalize folds the text) when the table is built, so «تشرين الأول» matches
 * the tokens «تشرين» «الاول».
 */
export interface PhraseTable<T> {
  /** The longest phrase whose first word is token `i` exactly as written. */
  at(tokens: readonly Token[], i: number): PhraseMatch<T> | null;
  /**
   * The longest phrase at token `i` whose first word may carry proclitics:
   * «وبالأمس» finds «الامس», the span starting after «وب».
   */
  atWithClitics(tokens: readonly Token[], i: number): PhraseMatch<T> | null;
  /** The longest phrase that ends right before token `i` («على مدى» before «الأشهر»), or null. */
  before(tokens: readonly Token[], i: number): PhraseMatch<T> | null;
  /** Whether some phrase ends right before token `i`. */
  endsBefore(tokens: readonly Token[], i: number): boolean;
  /** The value of a one-word phrase, by its folded form. */
  get(word: string): T | undefined;
  /** The folded first word of every phrase: the words a match can start with. */
  firstWords(): Iterable<string>;
}

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/**
 * The phrases that start with one word: the one-word phrase, and the longer ones by
 * their second word (longest first), so that a match tries only the phrases whose first
 * two words are there («ما» opens a dozen qualifiers, «ما يقرب» one).
 */
interface Opening<T> {
  readonly single: Entry<T> | undefined;
  /** Null when the word starts no longer phrase (most tables): the next token is not looked up. */
  readonly bySecond: ReadonlyMap<string, readonly Entry<T>[]> | null;
}

/**
 * First letters are hashed to their low ten bits: Arabic letters (U+06xx), digits and
 * marks fall in different buckets, which is what the test needs to tell them apart.
 */
const FIRST_LETTER_MASK = 0x3ff;

// The date data's phrases folded ahead (folds.prebuilt.ts); any other phrase is folded here.
const FOLDED: ReadonlyMap<string, string> = new Map(DATE_FOLDS);

/** Folds a phrase as the text is folded and splits it into token-sized words. */
export function foldWords(phrase: string): string[] {
  return (FOLDED.get(phrase) ?? foldText(phrase)).split(' ').filter((word) => word.length > 0);
}

/** What a table looks its phrases up in, built from its pairs on first use. */
interface PhraseIndex<T> {
  readonly openings: ReadonlyMap<string, Opening<T>>;
  readonly single: ReadonlyMap<string, T>;
  /** The last words of phrases of two words or more: only these can end a phrase before a token. */
  readonly lastWords: ReadonlySet<string>;
  /** Which letters the phrases start with, hashed (FIRST_LETTER_MASK). */
  readonly firstLetters: Uint8Array;
  /** Words in the longest phrase. */
  readonly longest: number;
}

function indexPhrases<T>(pairs: Iterable<readonly [string, T]>, what: string, key: (value: T) => string): PhraseIndex<T> {
  const byFirst = new Map<string, Entry<T>[]>();
  const single = new Map<string, T>();
  const lastWords = new Set<string>();
  const seen = new Map<string, Entry<T>>();
  let longest = 0;
  for (const [phrase, value] of pairs) {
    const words = foldWords(phrase);
    const [first] = words;
    if (first === undefined) throw new Error(`arabic-entities: empty phrase in date data "${what}"`);
    const list = byFirst.get(first) ?? [];
    const joined = words.join(' ');
    const same = seen.get(joined);
    if (same) {
      if (key(same.value) !== key(value)) {
        throw new Error(`arabic-entities: date data "${what}" gives «${phrase}» two values: ${key(same.value)} and ${key(value)}`);
      }
      continue;
    }
    const entry = { words, value };
    seen.set(joined, entry);
    list.push(entry);
    byFirst.set(first, list);
    if (words.length === 1) single.set(first, value);
    else lastWords.add(words[words.length - 1] ?? first);
    longest = Math.max(longest, words.length);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const openings = new Map<string, Opening<T>>();
  for (const [first, list] of byFirst) {
    const bySecond = new Map<string, Entry<T>[]>();
    for (const entry of list) {
      const second = entry.words[1];
      if (second !== undefined) bySecond.set(second, [...(bySecond.get(second) ?? []), entry]);
    }
    openings.set(first, { single: list.find((entry) => entry.words.length === 1), bySecond: bySecond.size > 0 ? bySecond : null });
  }
  // A word starting with none of the phrases' first letters — digits, a mark, most
  // words — is no phrase's first word, and is ruled out without a lookup by string.
  const firstLetters = new Uint8Array(FIRST_LETTER_MASK + 1);
  for (const first of openings.keys()) firstLetters[first.charCodeAt(0) & FIRST_LETTER_MASK] = 1;
  return { openings, single, lastWords, firstLetters, longest };
}

/**
 * Builds a table from `[phrase, value]` pairs. A phrase listed twice must carry the
 * same value (compared by `key`), else the data is contradictory and the table throws,
 * naming `what`. The table indexes its phrases on first use: a process builds only the
 * tables its texts reach (a short text without a date reaches almost none);
 * checkDateData (data.ts) builds them all at once.
 *
 * @example
 * const months = phraseTable([['تشرين الأول', 10], ['أكتوبر', 10]], 'months');
 * months.at(tokenize(normalize('تشرين الأول 2022')), 0)?.value; // 10
 */
export function phraseTable<T>(
  pairs: Iterable<readonly [string, T]>,
  what: string,
  key: (value: T) => string = (value) => JSON.stringify(value),
): PhraseTable<T> {
  let index: PhraseIndex<T> | undefined;
  const indexed = (): PhraseIndex<T> => (index ??= indexPhrases(pairs, what, key));
  const mayStart = (ix: PhraseIndex<T>, form: string): boolean => ix.firstLetters[form.charCodeAt(0) & FIRST_LETTER_MASK] === 1;

  // The token after the phrase's remaining words, or -1 when they do not follow.
  const restAt = (tokens: readonly Token[], i: number, entry: Entry<T>): number => {
    for (let k = 1; k < entry.words.length; k += 1) {
      if (tokens[i + k]?.text !== entry.words[k]) return -1;
    }
    return i + entry.words.length;
  };

  // The longest phrase whose first word is `form` (read at token `i`) and whose other words follow.
  const longestFrom = (ix: PhraseIndex<T>, tokens: readonly Token[], i: number, form: string, start: number): PhraseMatch<T> | null => {
    const opening = ix.openings.get(form);
    if (opening === undefined) return null;
    const second = opening.bySecond === null ? undefined : tokens[i + 1];
    const longer = second === undefined ? undefined : opening.bySecond?.get(second.text);
    if (longer !== undefined) {
      for (const entry of longer) {
        const next = restAt(tokens, i, entry);
        const last = next > 0 ? tokens[next - 1] : undefined;
        if (last) return { value: entry.value, start, end: last.end, next };
      }
    }
    const one = opening.single;
    const token = tokens[i];
    return one && token ? { value: one.value, start, end: token.end, next: i + 1 } : null;
  };

  /**
   * Whether some phrase may end with token `last`: it is the last word of a longer phrase
   * («مدى» of «على مدى»), or one of its readings is a one-word phrase. When not, no phrase
   * ends there and {@link PhraseTable.before} need not try each length.
   */
  const mayEndWith = (ix: PhraseIndex<T>, last: Token): boolean => {
    if (ix.lastWords.has(last.text)) return true;
    if (last.analyses.length === 0) return ix.single.has(last.text);
    for (const analysis of last.analyses) if (ix.single.has(analysis.form)) return true;
    return false;
  };

  const table: PhraseTable<T> = {
    at(tokens, i) {
      const token = tokens[i];
      const ix = indexed();
      return token && mayStart(ix, token.text) ? longestFrom(ix, tokens, i, token.text, token.start) : null;
    },
    atWithClitics(tokens, i) {
      const token = tokens[i];
      if (!token) return null;
      const ix = indexed();
      if (token.analyses.length === 0) return mayStart(ix, token.text) ? longestFrom(ix, tokens, i, token.text, token.start) : null;
      let best: PhraseMatch<T> | null = null;
      // The whole word comes first, so at equal length the reading with fewer clitics wins.
      for (const analysis of token.analyses) {
        if (!mayStart(ix, analysis.form)) continue;
        const found = longestFrom(ix, tokens, i, analysis.form, token.start + analysis.offset);
        if (found && (!best || found.next > best.next)) best = found;
      }
      return best;
    },
    before(tokens, i) {
      const last = tokens[i - 1];
      const ix = indexed();
      if (last === undefined || !mayEndWith(ix, last)) return null;
      for (let length = ix.longest; length >= 1; length -= 1) {
        const found = i - length >= 0 ? table.atWithClitics(tokens, i - length) : null;
        if (found?.next === i) return found;
      }
      return null;
    },
    endsBefore(tokens, i) {
      return table.before(tokens, i) !== null;
    },
    get(word) {
      return indexed().single.get(word);
    },
    firstWords() {
      return indexed().openings.keys();
    },
  };
  return table;
}

/** A table of phrases that carry no value: a word class such as «قبل، منذ». */
export function wordClass(words: readonly string[], what: string): PhraseTable<true> {
  return phraseTable(
    words.map((word) => [word, true] as const),
    what,
  );
}
