import type { Token } from '../../tokenize/index.js';
import type { Phrase } from './data.js';

/** The conjunction that joins the parts of a number («خمسة وعشرون») and can stand alone («و ٢١»). */
export const CONJUNCTION = 'و';

/** Where a phrase matched: the span start (after proclitics) and the token after it. */
export interface PhraseMatch {
  readonly start: number;
  readonly endToken: number;
}

/** True when `b` follows `a` with nothing between them («و25», «15%»). */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Every clitic reading of the token: «وكانون» → «وكانون», «كانون». */
export function forms(token: Token | undefined): readonly string[] {
  if (token?.kind !== 'arabic') return token ? [token.text] : [];
  return token.analyses.map((a) => a.form);
}

/** The token read without proclitics or article: «برقم» → «رقم», «الهاتف» → «هاتف». */
export function stems(token: Token | undefined): readonly string[] {
  if (token?.kind !== 'arabic') return token ? [token.text] : [];
  return token.analyses.map((a) => a.stem);
}

/**
 * Matches a folded phrase at token `i`. The first word may carry proclitics when
 * `proclitics` is true («بنحو» matches «نحو»); the others must be whole tokens.
 *
 * @example
 * // «بما يقرب من 500» at the token «بما»: { start: after «ب», endToken: the token «500» }
 */
export function matchPhrase(tokens: readonly Token[], i: number, phrase: Phrase, proclitics: boolean): PhraseMatch | null {
  const first = tokens[i];
  const head = phrase[0];
  if (!first || head === undefined) return null;
  let start: number | null = null;
  if (first.text === head) start = first.start;
  else if (proclitics && first.kind === 'arabic') {
    for (const analysis of first.analyses) {
      if (analysis.form === head) {
        start = analysis.start;
        break;
      }
    }
  }
  if (start === null) return null;
  for (let k = 1; k < phrase.length; k += 1) {
    if (tokens[i + k]?.text !== phrase[k]) return null;
  }
  return { start, endToken: i + phrase.length };
}

/** The longest of `phrases` that matches at `i`. */
export function longestPhrase<P extends { readonly words: Phrase }>(
  tokens: readonly Token[],
  i: number,
  phrases: readonly P[],
  proclitics: boolean,
): { phrase: P; match: PhraseMatch } | null {
  let best: { phrase: P; match: PhraseMatch } | null = null;
  for (const p of phrases) {
    const match = matchPhrase(tokens, i, p.words, proclitics);
    if (match && (!best || match.endToken > best.match.endToken)) best = { phrase: p, match };
  }
  return best;
}
