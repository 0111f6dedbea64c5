import type { Token } from '../../tokenize/index.js';
import { MARKERS, QUALIFIER_PHRASES } from './data.js';
import { endingsOf, mayEndLike } from './endings.js';
import { perWord } from '../../tokenize/per-word.js';
import { numberWordForms } from './words.js';

/**
 * What a token can start: a qualifier phrase before a number («أكثر من», «نحو»), or a
 * number itself (digits, a number word bare or definite, a minus sign or word, «جزء»).
 * Every reader of a number looks its first token up in one of these word classes, so a
 * token that starts neither is skipped without running any of them — most tokens of a
 * news text. tests/recognizers/numbers/starts.test.ts holds the gate to the ungated run.
 */
export const STARTS_QUALIFIER = 1;
export const STARTS_NUMBER = 2;

const ARTICLE = 'ال';

/** Bits by a word as written or one of its clitic readings; a definite stem is stored as «ال» + stem. */
const BY_WORD: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  const add = (word: string, bit: number): void => {
    words.set(word, (words.get(word) ?? 0) | bit);
  };
  for (const phrase of QUALIFIER_PHRASES.before) add(phrase.words[0] ?? '', STARTS_QUALIFIER);
  for (const word of numberWordForms()) {
    add(word, STARTS_NUMBER);
    add(ARTICLE + word, STARTS_NUMBER);
  }
  for (const marks of [MARKERS.minusWords, MARKERS.minusSigns, MARKERS.parts]) for (const word of marks) add(word, STARTS_NUMBER);
  return words;
})();

/** The endings of the listed words: most words are ruled out by their last letters alone. */
const ENDINGS = endingsOf(BY_WORD.keys());

/** What an Arabic word can start, by any of its readings: computed once per word. */
const wordStarts = perWord((token) => {
  // Most words end in no way a listed word does (endings.ts): ruled out without a lookup.
  if (!mayEndLike(ENDINGS, token.text)) return 0;
  let bits = 0;
  for (const { form } of token.analyses) bits |= BY_WORD.get(form) ?? 0;
  return bits;
});

/** What `token` can start, as bits (0 for most words). */
export function startsAt(token: Token): number {
  if (token.kind === 'number') return STARTS_NUMBER | (BY_WORD.get(token.text) ?? 0);
  if (token.kind === 'arabic' && token.analyses.length > 0) return wordStarts(token);
  return mayEndLike(ENDINGS, token.text) ? (BY_WORD.get(token.text) ?? 0) : 0;
}
