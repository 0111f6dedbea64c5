import type { Token } from '../../tokenize/index.js';
import { MARKERS } from './data.js';
import { readDigits } from './digits.js';
import { glued } from './tokens.js';

/**
 * Scientific and power notation: a digit token immediately followed, with no space, by
 * «e»/«E» or «^», an optional sign and digits («١e١٠», «١٢,٣٢e+١٤», «١٢e-١», «١,١^٢٣»,
 * «٢,٥^-١»). The one case where digits glued to Latin letters are a quantity
 * (identifiers.ts rejects «2023م», «1M» and the rest). The tokenizer cuts the exponent
 * in several ways («e10», «e» «+» «14», «e-1», «^» «-» «1»): the glued tokens after the
 * base are read character by character.
 */

/** At most this many tokens after the base make the exponent («e» «+» «14»; «^» «-» «1»). */
const MAXIMUM_TOKENS = 4;
/** At most this many exponent digits: a larger power is no quantity a text states. */
const MAXIMUM_EXPONENT_DIGITS = 3;
const PLUS = '+';

export interface PowerMatch {
  value: number;
  /** The token after the exponent. */
  endToken: number;
  end: number;
}

type Kind = 'e' | '^';

/** «e10», «e+14», «^-1»: the marker and the signed exponent, or null. */
function readExponent(text: string): { kind: Kind; exponent: number } | null {
  const marker = text.charAt(0);
  const kind: Kind | null = marker === 'e' || marker === 'E' ? 'e' : marker === '^' ? '^' : null;
  if (kind === null) return null;
  let k = 1;
  let negative = false;
  const sign = text.charAt(k);
  if (sign === PLUS || MARKERS.minusSigns.has(sign)) {
    negative = sign !== PLUS;
    k += 1;
  }
  const digits = text.slice(k);
  if (digits.length === 0 || digits.length > MAXIMUM_EXPONENT_DIGITS) return null;
  for (let i = 0; i < digits.length; i += 1) {
    const c = digits.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
  }
  const exponent = Number(digits);
  return { kind, exponent: negative ? -exponent : exponent };
}

/**
 * The power written right after the digit token `at`, or null.
 *
 * @example
 * // «12,32e+14» (normalized) at the token «12,32»: { value: 1.232e15, endToken: 4, end: 9 }
 */
export function matchPower(tokens: readonly Token[], at: number): PowerMatch | null {
  const base = tokens[at];
  if (base?.kind !== 'number') return null;
  const first = tokens[at + 1];
  if (!glued(base, first) || (first?.kind !== 'latin' && first?.text !== '^')) return null;
  const reading = readDigits(base.text);
  if (!reading) return null;
  let text = '';
  let found: { kind: Kind; exponent: number; endToken: number } | null = null;
  for (let k = at + 1; k <= at + MAXIMUM_TOKENS; k += 1) {
    const token = tokens[k];
    if (!token || !glued(tokens[k - 1], token)) break;
    text += token.text;
    const exponent = readExponent(text);
    if (exponent) found = { ...exponent, endToken: k + 1 };
  }
  if (!found) return null;
  const last = tokens[found.endToken - 1];
  const after = tokens[found.endToken];
  // «1e10م», «2^3x»: more glued after the exponent makes it a code again.
  if (!last || (glued(last, after) && after?.kind !== 'punct')) return null;
  const value = found.kind === 'e' ? Number(`${reading.value}e${found.exponent}`) : reading.value ** found.exponent;
  if (!Number.isFinite(value)) return null;
  return { value, endToken: found.endToken, end: last.end };
}
