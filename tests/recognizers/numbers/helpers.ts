import { normalize } from '../../../src/normalize/index.js';
import { tokenize, type Token } from '../../../src/tokenize/index.js';

/** Tokens of `text` after normalization, for the matcher tests. */
export function tokensOf(text: string): { tokens: Token[]; normalized: string } {
  const n = normalize(text);
  return { tokens: tokenize(n), normalized: n.text };
}
