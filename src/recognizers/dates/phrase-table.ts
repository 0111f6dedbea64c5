import { normalize } from '../../normalize/index.js';
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
 * and folded with {@link normalize} when the table is built, so «تشرين الأول» matches
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
}

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/** Folds a phrase as the text is folded and splits it into token-sized words. */
export function foldWords(phrase: string): string[] {
  return normalize(phrase)
    .text.split(' ')
    .filter((word) => word.length > 0);
}

/**
 * Builds a table from `[phrase, value]` pairs. A phrase listed twice must carry the
 * same value (compared by `key`), else the data is contradictory and this throws,
 * naming `what`.
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
  const byFirst = new Map<string, Entry<T>[]>();
  const single = new Map<string, T>();
  let longest = 0;
  for (const [phrase, value] of pairs) {
    const words = foldWords(phrase);
    const [first] = words;
    if (first === undefined) throw new Error(`arabic-entities: empty phrase in date data "${what}"`);
    const list = byFirst.get(first) ?? [];
    const joined = words.join(' ');
    const same = list.find((entry) => entry.words.join(' ') === joined);
    if (same) {
      if (key(same.value) !== key(value)) {
        throw new Error(`arabic-entities: date data "${what}" gives «${phrase}» two values: ${key(same.value)} and ${key(value)}`);
      }
      continue;
    }
    list.push({ words, value });
    byFirst.set(first, list);
    if (words.length === 1) single.set(first, value);
    longest = Math.max(longest, words.length);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  // The token after the phrase's remaining words, or -1 when they do not follow.
  const restAt = (tokens: readonly Token[], i: number, entry: Entry<T>): number => {
    for (let k = 1; k < entry.words.length; k += 1) {
      if (tokens[i + k]?.text !== entry.words[k]) return -1;
    }
    return i + entry.words.length;
  };

  const longestFrom = (tokens: readonly Token[], i: number, form: string, start: number): PhraseMatch<T> | null => {
    for (const entry of byFirst.get(form) ?? []) {
      const next = restAt(tokens, i, entry);
      const last = tokens[next - 1];
      if (next >= 0 && last) return { value: entry.value, start, end: last.end, next };
    }
    return null;
  };

  const table: PhraseTable<T> = {
    at(tokens, i) {
      const token = tokens[i];
      return token ? longestFrom(tokens, i, token.text, token.start) : null;
    },
    atWithClitics(tokens, i) {
      const token = tokens[i];
      if (!token) return null;
      if (token.analyses.length === 0) return longestFrom(tokens, i, token.text, token.start);
      let best: PhraseMatch<T> | null = null;
      // The whole word comes first, so at equal length the reading with fewer clitics wins.
      for (const analysis of token.analyses) {
        const found = longestFrom(tokens, i, analysis.form, analysis.start);
        if (found && (!best || found.next > best.next)) best = found;
      }
      return best;
    },
    before(tokens, i) {
      for (let length = longest; length >= 1; length -= 1) {
        const found = i - length >= 0 ? table.atWithClitics(tokens, i - length) : null;
        if (found?.next === i) return found;
      }
      return null;
    },
    endsBefore(tokens, i) {
      return table.before(tokens, i) !== null;
    },
    get(word) {
      return single.get(word);
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
