import type { Token } from '../../tokenize/index.js';

/** Whether two tokens touch, with no space between them («19/9/2023», «2020م»). */
export function touching(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Whether token `i` is a punctuation mark from `marks`. */
export function isMark(tokens: readonly Token[], i: number, marks: ReadonlySet<string>): boolean {
  const token = tokens[i];
  return token !== undefined && token.kind === 'punct' && marks.has(token.text);
}

/** Whether some reading of `token` («الأمين», or «الأمين» inside «والأمين») is in `forms`. */
export function readsAs(token: Token | undefined, forms: ReadonlySet<string>): boolean {
  if (token === undefined || token.kind !== 'arabic') return false;
  for (const analysis of token.analyses) if (forms.has(analysis.form)) return true;
  return false;
}

/** Whether token `i` carries the article in some reading («الأمين», «والأمين»). */
export function isDefinite(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'arabic') return false;
  for (const analysis of token.analyses) if (analysis.article) return true;
  return false;
}

/** How many of `token`'s readings to look at: all (with `clitics`), or only the whole word, which comes first. */
export function readingCount(token: Token, clitics: boolean): number {
  return clitics ? token.analyses.length : Math.min(1, token.analyses.length);
}

/** Whether token `i` is missing or is not a word or number (punctuation ends an expression). */
export function isBoundary(token: Token | undefined): boolean {
  return token === undefined || token.kind === 'punct' || token.kind === 'latin' || token.kind === 'other';
}

/**
 * The integer written by a number token of plain digits («2023», «09»), with its digit count;
 * null for «3.5», «10,000» or a non-number.
 */
export function integerOf(token: Token | undefined): { value: number; digits: number } | null {
  if (token === undefined || token.kind !== 'number' || !isDigits(token.text)) return null;
  return { value: Number(token.text), digits: token.text.length };
}

/** Whether `text` is one or more ASCII digits (the text is folded, so «١٩» is already «19»). */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The amount written by a number token: «24», «3.5», «10,000» (comma groups of three). */
export function amountOf(token: Token | undefined): number | null {
  if (token === undefined || token.kind !== 'number') return null;
  const groups = token.text.split(',');
  const [head, ...tail] = groups;
  if (head === undefined || (tail.length > 0 && tail.some((group) => group.length !== 3))) return null;
  const value = Number(groups.join(''));
  return Number.isFinite(value) ? value : null;
}
