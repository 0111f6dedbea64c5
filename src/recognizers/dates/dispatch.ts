import type { Token } from '../../tokenize/index.js';
import { perWord } from '../../tokenize/per-word.js';
import { endingsOf, mayEndLike, type Endings } from '../numbers/endings.js';
import { DATE_OPENING_WORDS } from './dispatch.prebuilt.js';
import { ARTICLE, type OpeningWords } from './openings.js';
import type { Context } from './types.js';

export { OPENING_NAMES, OPENS, type Opening, type OpeningName } from './openings.js';

/** Opening bits by the first token's forms. */
export interface Dispatch {
  /** Bits by a clitic reading's form ({@link OpeningWords.words}). */
  readonly words: ReadonlyMap<string, number>;
  /** The endings of `words`: most words are ruled out by their last letters alone. */
  readonly endings: Endings;
  readonly detachedArticle: number;
  readonly digits: number;
}

let built: Dispatch | undefined;

/** The dispatch of the date data, built on first use from its prebuilt opening words. */
export function dateDispatch(): Dispatch {
  built ??= dispatchFrom(DATE_OPENING_WORDS);
  return built;
}

function dispatchFrom({ words, detachedArticle, digits }: OpeningWords): Dispatch {
  const byForm = new Map(words);
  return { words: byForm, endings: endingsOf(byForm.keys()), detachedArticle, digits };
}

/** The openings a word can start (no number): by its text, or by each of its readings when it has them. */
function openingsOfWord(dispatch: Dispatch, token: Token): number {
  const detached = token.text === ARTICLE ? dispatch.detachedArticle : 0;
  // Most words end in no way a listed word does (endings.ts): ruled out without a lookup.
  if (detached === 0 && !mayEndLike(dispatch.endings, token.text)) return 0;
  // Phrase tables read a word without readings by its text.
  if (token.analyses.length === 0) return detached | (dispatch.words.get(token.text) ?? 0);
  let mask = detached;
  for (const { form } of token.analyses) mask |= dispatch.words.get(form) ?? 0;
  return mask;
}

/**
 * {@link openingsOfWord} for a word with readings, computed once per word: the mask
 * depends on the word alone (its readings are a function of its letters; the
 * definite-stem bits are looked up by form, whatever the article flag says).
 */
const wordOpenings = perWord((token) => openingsOfWord(dateDispatch(), token));

/** The openings `token` can start, as a bit mask (0 for most words). */
function openingsAt(dispatch: Dispatch, token: Token): number {
  if (token.kind === 'number') return dispatch.digits | (dispatch.words.get(token.text) ?? 0);
  return token.analyses.length > 0 ? wordOpenings(token) : openingsOfWord(dispatch, token);
}

/** Every bit set: without a dispatch, every parser runs everywhere. */
const EVERYTHING = -1;
/** Marks a token whose mask is not computed yet (masks use at most 31 bits, never all 32). */
export const NOT_YET = -1;

/**
 * The opening bits of token `i`, computed on first use and kept in `ctx.openings` for the
 * rest of the run: rules and sub-parsers ask about the same tokens many times.
 */
export function openingsOfToken(ctx: Context, i: number): number {
  const { dispatch, openings, tokens } = ctx;
  if (dispatch === null || i < 0 || i >= tokens.length) return EVERYTHING;
  let mask = openings[i] ?? NOT_YET;
  if (mask === NOT_YET) {
    const token = tokens[i];
    mask = token === undefined ? 0 : openingsAt(dispatch, token);
    openings[i] = mask;
  }
  return mask;
}

/** Whether the parser of opening bit `bit` can start at token `i`; false means it finds nothing there. */
export function opens(ctx: Context, i: number, bit: number): boolean {
  return (openingsOfToken(ctx, i) & bit) !== 0;
}
