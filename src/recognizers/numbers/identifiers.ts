import type { Token } from '../../tokenize/index.js';
import { MARKERS } from './data.js';
import { readDigits } from './digits.js';
import { glued, stems } from './tokens.js';

/**
 * Digits that name rather than count are not number mentions (the policy of this
 * recognizer): phone numbers («+963 11 …», «0933…», «رقم الهاتف 1234567»), codes and
 * labels («رقم 5», «إف-16», «S-300»), digits glued to letters («2023م», «20دولار»),
 * URLs and e-mail addresses, times («10:30») and all-digit dates («19/9/2023»,
 * «19-9-2023»). Dates and times belong to the dates recognizer.
 */

/** For each token, 1 when it sits in a whitespace-free chunk that looks like a URL or e-mail address. */
export function urlTokens(tokens: readonly Token[], text: string): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  // Most texts hold no URL marker at all: one quick search each (over the tokens' stretch
  // of the text only) spares slicing every chunk.
  const stretch = text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0);
  if (!MARKERS.urlMarkers.some((m) => stretch.includes(m))) return flags;
  let from = 0;
  while (from < tokens.length) {
    let to = from;
    while (glued(tokens[to], tokens[to + 1])) to += 1;
    const first = tokens[from];
    const last = tokens[to];
    if (first && last) {
      const chunk = text.slice(first.start, last.end);
      if (MARKERS.urlMarkers.some((m) => chunk.includes(m))) flags.fill(1, from, to + 1);
    }
    from = to + 1;
  }
  return flags;
}

const isLetters = (t: Token | undefined): boolean => t?.kind === 'arabic' || t?.kind === 'latin' || t?.kind === 'other';

/**
 * How many numbers a separator chain around `at` holds, counting at most 3
 * («19/9/2023» → 3, «2020-2022» → 2). Looks at most two links each way.
 */
function chainLength(tokens: readonly Token[], at: number, separator: string): number {
  let count = 1;
  let k = at;
  for (let step = 0; step < 2; step += 1) {
    const sep = tokens[k - 1];
    const prev = tokens[k - 2];
    if (sep?.text !== separator || prev?.kind !== 'number' || !glued(prev, sep) || !glued(sep, tokens[k])) break;
    count += 1;
    k -= 2;
  }
  k = at;
  for (let step = 0; step < 2; step += 1) {
    const sep = tokens[k + 1];
    const next = tokens[k + 2];
    if (sep?.text !== separator || next?.kind !== 'number' || !glued(tokens[k], sep) || !glued(sep, next)) break;
    count += 1;
    k += 2;
  }
  return count;
}

/** Digits joined by «:» («10:30») or in a date-like chain («19/9/2023», «3/4» handled as a fraction first). */
function inTimeOrDate(tokens: readonly Token[], at: number): boolean {
  if (chainLength(tokens, at, MARKERS.timeSeparator) > 1) return true;
  for (const separator of MARKERS.dateSeparators) {
    const length = chainLength(tokens, at, separator);
    if (length >= 3 || (length > 1 && separator === MARKERS.slash)) return true;
  }
  return false;
}

/** A phone number's first group: «+963», «0933». */
function opensPhone(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  if (!token) return false;
  if (before?.text === MARKERS.phonePrefix && glued(before, token)) return true;
  return readDigits(token.text)?.leadingZero === true;
}

/** «+963 11 2345678»: a group within a few space-separated groups of a phone number. */
function inPhone(tokens: readonly Token[], at: number): boolean {
  let k = at;
  for (let step = 0; step < MARKERS.phoneGroups; step += 1) {
    const prev = tokens[k - 1];
    const token = tokens[k];
    if (!token || prev?.kind !== 'number' || token.start - prev.end !== 1) return false;
    k -= 1;
    if (opensPhone(tokens, k)) return true;
  }
  return false;
}

/** Is the digit token `first` (the start of a number) a name rather than a count? */
function startsIdentifier(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first) return false;
  const reading = readDigits(first.text);
  if (reading && (reading.leadingZero || reading.integerDigits > MARKERS.maximumDigits)) return true;
  if (inPhone(tokens, at)) return true;
  const prev = tokens[at - 1];
  if (prev && glued(prev, first)) {
    // «A4» is one Latin token; «Σ5», «№5» and other letters glued before digits.
    if (prev.kind === 'latin' || prev.kind === 'other') return true;
    if (prev.text === MARKERS.phonePrefix) return true;
    // «إف-16», «S-300», «#5»: glue between letters and digits.
    if (MARKERS.glue.has(prev.text) && (prev.text !== '-' || (isLetters(tokens[at - 2]) && glued(tokens[at - 2], prev)))) return true;
  }
  if (inTimeOrDate(tokens, at)) return true;
  // «الرقم: 5», «برقم 7»; «رقم الهاتف 123456789» (a phone word counts before seven digits or more)
  let cue = at - 1;
  if (tokens[cue]?.text === MARKERS.timeSeparator) cue -= 1;
  const words = stems(tokens[cue]);
  if (words.some((s) => MARKERS.labelCues.has(s))) return true;
  return (reading?.integerDigits ?? 0) >= MARKERS.phoneMinimumDigits && words.some((s) => MARKERS.phoneCues.has(s));
}

/**
 * Is the digit token that ends a number glued to letters after it («2023م», «١٨٠ميلي», «1M»)?
 * Scientific notation («1e10») is read before this check, by power.ts.
 */
function endsIdentifier(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return glued(tokens[at], next) && isLetters(next);
}

/**
 * True when the number over tokens [startToken, endToken) is an identifier, a time or
 * an all-digit date, not a quantity. Only digits are checked; words always count.
 */
export function isIdentifier(tokens: readonly Token[], startToken: number, endToken: number, inUrl: Uint8Array): boolean {
  const first = tokens[startToken];
  const last = tokens[endToken - 1];
  if (first?.kind === 'number' && (inUrl[startToken] === 1 || startsIdentifier(tokens, startToken))) return true;
  if (last?.kind === 'number' && (inUrl[endToken - 1] === 1 || endsIdentifier(tokens, endToken - 1) || inTimeOrDate(tokens, endToken - 1))) {
    return true;
  }
  return false;
}
