import type { NormalizedText } from '../normalize/index.js';
import { CharClass, charClass } from './char-class.js';
import { analyseClitics, type CliticAnalysis } from './clitics.js';

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
  /** Arabic words only: the whole word first, then each proclitic split (و ف ب ل ك ال لل). */
  readonly analyses: readonly CliticAnalysis[];
}

const HAMZA_ALEFS = new Set(['أ', 'إ', 'آ', 'ٱ']);

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** Compute clitic readings of Arabic words (default true; lexicon keys do without). */
  analyses?: boolean;
}

// News repeats its words: the readings of a word are computed once and shifted to each
// occurrence. The key carries which of the first letters were a hamza-alef in the
// original, since that decides whether «ال» there is the article.
const analysisCache = new Map<string, readonly CliticAnalysis[]>();
const CACHE_LIMIT = 200_000;
const READING_PREFIX = 4;

function cachedAnalyses(word: string, start: number, hamzaAt: (index: number) => boolean): readonly CliticAnalysis[] {
  let mask = 0;
  for (let i = 0; i < READING_PREFIX && i < word.length; i += 1) if (hamzaAt(start + i)) mask |= 1 << i;
  const key = `${mask}|${word}`;
  let template = analysisCache.get(key);
  if (!template) {
    if (analysisCache.size >= CACHE_LIMIT) analysisCache.clear();
    template = analyseClitics(word, 0, (i) => (mask & (1 << i)) !== 0);
    analysisCache.set(key, template);
  }
  if (start === 0) return template;
  // Fields copied one by one: an object spread costs microseconds on Node 20, per reading.
  const shifted: CliticAnalysis[] = new Array(template.length);
  for (let i = 0; i < template.length; i += 1) {
    const a = template[i] as CliticAnalysis;
    shifted[i] = { proclitics: a.proclitics, conjunction: a.conjunction, preposition: a.preposition, article: a.article, form: a.form, stem: a.stem, start: a.start + start };
  }
  return shifted;
}
const NO_ANALYSES: readonly CliticAnalysis[] = Object.freeze([]);

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
  const { text } = normalized;
  const tokens: Token[] = [];
  const withAnalyses = options.analyses ?? true;
  const hamzaAt = (index: number): boolean => HAMZA_ALEFS.has(normalized.original.charAt(normalized.originStart[index] ?? -1));
  const push = (kind: TokenKind, start: number, scannedEnd: number): number => {
    // A presentation form that NFKC expands into several words («ﷺ») is one original
    // character: the token takes the whole expansion so that it maps back exactly.
    let end = scannedEnd;
    while (end < text.length && normalized.originStart[end] === normalized.originStart[end - 1]) end += 1;
    const word = text.slice(start, end);
    tokens.push({
      kind,
      index: tokens.length,
      text: word,
      start,
      end,
      originStart: normalized.originStart[start] ?? 0,
      originEnd: normalized.originEnd[end - 1] ?? 0,
      analyses: kind === 'arabic' && withAnalyses ? cachedAnalyses(word, start, hamzaAt) : NO_ANALYSES,
    });
    return end;
  };

  const length = text.length;
  let i = 0;
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
        i = scanJoined(text, i, (c) => c === CharClass.Digit, NUMBER_JOINERS);
        i = push('number', start, i);
        continue;
      case CharClass.LatinLetter:
        i = scanJoined(text, i, (c) => c === CharClass.LatinLetter || c === CharClass.Digit, LATIN_JOINERS);
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
function scanJoined(text: string, from: number, inside: (c: CharClass) => boolean, joiners: ReadonlySet<string>): number {
  let i = from;
  const length = text.length;
  while (i < length) {
    if (inside(charClass(text.charCodeAt(i)))) {
      i += 1;
    } else if (joiners.has(text.charAt(i)) && i + 1 < length && inside(charClass(text.charCodeAt(i + 1)))) {
      i += 2;
    } else break;
  }
  return i;
}
