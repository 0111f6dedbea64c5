import type { NormalizedText } from '../normalize/index.js';
import { CharClass, charClass } from './char-class.js';
import { analyseClitics, type CliticAnalysis } from './clitics.js';
import { newWordMemo, type WordMemo } from './per-word.js';
import { WordTable } from './word-table.js';

export type { CliticAnalysis } from './clitics.js';

/** Arabic word, number (digits with `,`/`.` inside), Latin word, punctuation, or other script/symbol. */
export type TokenKind = 'arabic' | 'number' | 'latin' | 'punct' | 'other';

/** One token, with offsets in both the normalized and the original text. */
export interface Token {
  readonly kind: TokenKind;
  /** Position in the token list. */
  readonly index: number;
  /** Normalized text of the token. */
  readonly text: string;
  /** Offsets in the normalized text. */
  readonly start: number;
  readonly end: number;
  /** Offsets in the caller's original text. */
  readonly originStart: number;
  readonly originEnd: number;
  /**
   * Arabic words only: the whole word first, then each proclitic split (و ف ب ل ك ال لل).
   * Shared by every occurrence of the word (never mutate it): a reading's span starts at
   * `start + offset`.
   */
  readonly analyses: readonly CliticAnalysis[];
  /**
   * The recognizers' answers about the word, shared like `analyses` by every occurrence
   * of it. Internal: read and written only through the library's per-word functions.
   * @internal
   */
  readonly memo: WordMemo;
}

/** Alef with hamza or madda, and wasla: folded to a bare alef, but «ال» after them is no article. */
// A flag per code unit: every word with the article starts with a bare alef, and this is
// asked for each of them.
const IS_HAMZA_ALEF = new Uint8Array(0x10000);
for (const alef of ['أ', 'إ', 'آ', 'ٱ']) IS_HAMZA_ALEF[alef.charCodeAt(0)] = 1;
const BARE_ALEF = 0x0627;

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** Compute clitic readings of Arabic words (default true; lexicon keys do without). */
  analyses?: boolean;
  /**
   * Tokenize only the normalized range [from, to) (default: the whole text). Offsets stay
   * those of the whole text; `index` counts from the range's first token. Cut ranges
   * at whitespace so that no word is split.
   */
  from?: number;
  to?: number;
}

// News repeats its words: the readings of a word are computed once and shared by every
// occurrence (their offsets are relative to the token), with its text and its memo. A
// word is known by its letters and the mask of which of its first letters were a
// hamza-alef in the original, since that decides whether «ال» there is the article (the
// mask is almost always 0). The shared lists are readonly by type but not frozen: V8
// iterates frozen arrays off its fast paths (for…of 5×, some() 20× slower), and every
// recognizer reads every word's readings.
const READING_PREFIX = 4;
/** A word's text, readings and memo, shared by every occurrence. */
interface KnownWord {
  readonly text: string;
  readonly analyses: readonly CliticAnalysis[];
  readonly memo: WordMemo;
}
/** Distinct words (and masks) known at once; past it the table starts over. */
const KNOWN_LIMIT = 200_000;
const KNOWN_WORDS = new WordTable<KnownWord>((word, mask) => {
  const analyses = analyseClitics(word, (i) => (mask & (1 << i)) !== 0);
  // The whole-word reading holds the word as first seen: every occurrence shares that string.
  return { text: analyses[0]?.form ?? word, analyses, memo: newWordMemo() };
}, KNOWN_LIMIT);
/**
 * Every token without readings (not an Arabic word, or tokenized without them) shares
 * these. Made before the recognizers' modules take their slots: room for all of them.
 */
const NO_READINGS: Omit<KnownWord, 'text'> = { analyses: [], memo: newWordMemo('all') };

// Characters that may sit inside a Latin token when a letter or digit follows: «xeber24.net», «e-mail».
const LATIN_JOINERS = new Set(['.', '-', '_', '@', "'"]);
// Characters that may sit inside a number when a digit follows: «10,000», «2.5».
const NUMBER_JOINERS = new Set([',', '.']);

/**
 * Splits normalized text into tokens. Whitespace is dropped; every other
 * character belongs to exactly one token. Linear time, no regular expressions.
 *
 * @example
 * tokenize(normalize('وبالأرمن ٣٢')).map((t) => t.text); // ['وبالارمن', '32']
 */
export function tokenize(normalized: NormalizedText, options: TokenizeOptions = {}): Token[] {
  const { text, original, originStart, originEnd } = normalized;
  // The end of the range read: no token runs past it, so chunks cost their own length.
  const length = Math.min(text.length, options.to ?? text.length);
  const tokens: Token[] = [];
  const withAnalyses = options.analyses ?? true;
  /** Which of the word's first letters were a hamza-alef in the original (only a bare alef can have been). */
  const hamzaMask = (start: number, end: number): number => {
    let mask = 0;
    for (let i = 0; i < READING_PREFIX && start + i < end; i += 1) {
      if (text.charCodeAt(start + i) === BARE_ALEF && IS_HAMZA_ALEF[original.charCodeAt(originStart[start + i] ?? -1)] === 1) mask |= 1 << i;
    }
    return mask;
  };
  const push = (kind: TokenKind, start: number, scannedEnd: number): number => {
    // A presentation form that NFKC expands into several words («ﷺ») is one original
    // character: the token takes the whole expansion so that it maps back exactly.
    let end = scannedEnd;
    while (end < length && originStart[end] === originStart[end - 1]) end += 1;
    const known = kind === 'arabic' && withAnalyses ? KNOWN_WORDS.find(text, start, end, hamzaMask(start, end)) : null;
    const { analyses, memo } = known ?? NO_READINGS;
    tokens.push({
      kind,
      index: tokens.length,
      text: known === null ? text.slice(start, end) : known.text,
      start,
      end,
      originStart: originStart[start] ?? 0,
      originEnd: originEnd[end - 1] ?? 0,
      analyses,
      memo,
    });
    return end;
  };

  let i = Math.max(0, options.from ?? 0);
  while (i < length) {
    const cls = charClass(text.charCodeAt(i));
    const start = i;
    switch (cls) {
      case CharClass.Space:
        i += 1;
        continue;
      case CharClass.ArabicLetter:
        while (i < length && charClass(text.charCodeAt(i)) === CharClass.ArabicLetter) i += 1;
        i = push('arabic', start, i);
        continue;
      case CharClass.Digit:
        i = scanJoined(text, i, length, (c) => c === CharClass.Digit, NUMBER_JOINERS);
        i = push('number', start, i);
        continue;
      case CharClass.LatinLetter:
        i = scanJoined(text, i, length, (c) => c === CharClass.LatinLetter || c === CharClass.Digit, LATIN_JOINERS);
        i = push('latin', start, i);
        continue;
      case CharClass.OtherLetter:
        while (i < length && charClass(text.charCodeAt(i)) === CharClass.OtherLetter) i += 1;
        i = push('other', start, i);
        continue;
      case CharClass.Surrogate: {
        const pair = i + 1 < length && isPair(text.charCodeAt(i), text.charCodeAt(i + 1));
        i += pair ? 2 : 1;
        i = push('other', start, i);
        continue;
      }
      default:
        i = push('punct', start, i + 1);
    }
  }
  return tokens;
}

function isPair(high: number, low: number): boolean {
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Scans a run of `inside` characters, crossing single joiners that sit between two of them. */
function scanJoined(text: string, from: number, length: number, inside: (c: CharClass) => boolean, joiners: ReadonlySet<string>): number {
  let i = from;
  while (i < length) {
    if (inside(charClass(text.charCodeAt(i)))) {
      i += 1;
    } else if (joiners.has(text.charAt(i)) && i + 1 < length && inside(charClass(text.charCodeAt(i + 1)))) {
      i += 2;
    } else break;
  }
  return i;
}
