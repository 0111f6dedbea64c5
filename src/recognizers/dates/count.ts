import { matchNumber, type NumberMatch } from '../numbers/match.js';
import { matchOrdinal, type OrdinalMatch } from '../numbers/ordinals.js';
import { opens, OPENS } from './dispatch.js';
import { memoized } from './memo.js';
import type { Context, Piece } from './types.js';
import { amountOf, touching } from './tokens.js';

/** The cardinal the numbers recognizer reads at token `i` (memoized: a count, a day and a century all ask). */
export const numberAt = memoized((ctx: Context, i: number): NumberMatch | null => matchNumber(ctx.tokens, i));

/** The ordinal the numbers recognizer reads at token `i` (memoized like {@link numberAt}). */
export const ordinalAt = memoized((ctx: Context, i: number): OrdinalMatch | null => matchOrdinal(ctx.tokens, i));

/** A count before a unit («24 ساعة», «ستة أسابيع», «الـ24 ساعة», «الأشهر التسعة»). */
export interface Count extends Piece {
  readonly value: number;
  /** Written with the article: «الـ24», «التسعة». */
  readonly definite: boolean;
}

const ARTICLE = 'ال';

/** Whether the mark at `mark` touches both the number and the digits at `other` («1/2»). */
function glued(tokens: Context['tokens'], mark: number, other: number): boolean {
  const sep = tokens[mark];
  const digits = tokens[other];
  if (sep?.kind !== 'punct' || digits?.kind !== 'number') return false;
  const [left, right] = mark < other ? [sep, digits] : [digits, sep];
  const number = tokens[mark < other ? mark - 1 : mark + 1];
  return touching(left, right) && (mark < other ? touching(number, sep) : touching(sep, number));
}

/**
 * The count at token `i`: digits after a detached article («الـ24 ساعة», folded to «ال24»),
 * or any cardinal the numbers recognizer reads there — digits, number words
 * («ستة», «ثلاث», «خمسة وعشرون», the definite «التسعة»), fractions («نصف»).
 */
export function countAt(ctx: Context, i: number): Count | null {
  if (!opens(ctx, i, OPENS.count)) return null;
  const { tokens } = ctx;
  const token = tokens[i];
  if (token === undefined) return null;
  if (token.kind === 'arabic' && token.text === ARTICLE) {
    const digits = tokens[i + 1];
    const value = amountOf(digits);
    if (value === null || digits === undefined || !(touching(token, digits) || digits.start - token.end <= 1)) return null;
    return { value, definite: true, start: token.start, end: digits.end, next: i + 2 };
  }
  // «1/2», «14:30»: digits glued to a separator and more digits belong to a fraction, date or time.
  if (token.kind === 'number' && (glued(tokens, i - 1, i - 2) || glued(tokens, i + 1, i + 2))) return null;
  const match = numberAt(ctx, i);
  if (match === null || !(match.value > 0)) return null;
  const definite = token.kind === 'arabic' && token.analyses.some((analysis) => token.start + analysis.offset === match.start && analysis.article);
  return { value: match.value, definite, start: match.start, end: match.end, next: match.endToken };
}
