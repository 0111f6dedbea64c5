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
        start = first.start + analysis.offset;
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

/**
 * Phrases indexed by their first word, then by their second, so that a token is tried
 * only against the phrases it and the token after it can open («في» opens «في حدود»
 * only before «حدود»).
 */
export interface PhraseIndex<P extends { readonly words: Phrase }> {
  readonly phrases: readonly P[];
  readonly byHead: ReadonlyMap<string, HeadPhrases>;
}

/** Positions in `PhraseIndex.phrases` (in list order) of the phrases with one head word. */
interface HeadPhrases {
  readonly single: readonly number[];
  /** Empty when the word heads no longer phrase: the next token is then not looked up. */
  readonly bySecond: ReadonlyMap<string, readonly number[]>;
}

export function phraseIndex<P extends { readonly words: Phrase }>(phrases: readonly P[]): PhraseIndex<P> {
  const byHead = new Map<string, { single: number[]; bySecond: Map<string, number[]> }>();
  phrases.forEach((p, k) => {
    const [head, second] = p.words;
    if (head === undefined) return;
    const entry = byHead.get(head) ?? { single: [], bySecond: new Map<string, number[]>() };
    byHead.set(head, entry);
    if (second === undefined) entry.single.push(k);
    else entry.bySecond.set(second, [...(entry.bySecond.get(second) ?? []), k]);
  });
  return { phrases, byHead };
}

/** The best match so far: the longest, the earliest listed on a tie. */
interface Best<P> {
  phrase: P;
  match: PhraseMatch;
  at: number;
}

/** Tries the phrases at positions `list` and keeps the better match in `best`. */
function tryPhrases<P extends { readonly words: Phrase }>(
  tokens: readonly Token[],
  i: number,
  index: PhraseIndex<P>,
  list: readonly number[] | undefined,
  proclitics: boolean,
  best: Best<P> | null,
): Best<P> | null {
  if (list === undefined) return best;
  let kept = best;
  for (const k of list) {
    const p = index.phrases[k];
    const match = p ? matchPhrase(tokens, i, p.words, proclitics) : null;
    if (p && match && (!kept || match.endToken > kept.match.endToken || (match.endToken === kept.match.endToken && k < kept.at))) {
      kept = { phrase: p, match, at: k };
    }
  }
  return kept;
}

/** Tries the phrases headed by `head` whose second word, if any, is the next token's. */
function tryHead<P extends { readonly words: Phrase }>(
  tokens: readonly Token[],
  i: number,
  index: PhraseIndex<P>,
  head: string,
  proclitics: boolean,
  best: Best<P> | null,
): Best<P> | null {
  const phrases = index.byHead.get(head);
  if (phrases === undefined) return best;
  const second = phrases.bySecond.size === 0 ? undefined : tokens[i + 1];
  const longer = second === undefined ? undefined : phrases.bySecond.get(second.text);
  return tryPhrases(tokens, i, index, phrases.single, proclitics, tryPhrases(tokens, i, index, longer, proclitics, best));
}

/**
 * The longest of the indexed phrases that matches at `i`, the earliest listed on a tie.
 * Only phrases whose first word is the token as written, or with `proclitics` one of its
 * readings, and whose second word is the next token can match: the others are not tried.
 */
export function longestPhrase<P extends { readonly words: Phrase }>(
  tokens: readonly Token[],
  i: number,
  index: PhraseIndex<P>,
  proclitics: boolean,
): { phrase: P; match: PhraseMatch } | null {
  const first = tokens[i];
  if (!first) return null;
  let best = tryHead(tokens, i, index, first.text, proclitics, null);
  if (proclitics && first.kind === 'arabic') {
    for (let r = 0; r < first.analyses.length; r += 1) {
      const form = first.analyses[r]?.form;
      if (form !== undefined && form !== first.text) best = tryHead(tokens, i, index, form, proclitics, best);
    }
  }
  return best === null ? null : { phrase: best.phrase, match: best.match };
}
