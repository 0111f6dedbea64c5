import type { Token } from '../../tokenize/index.js';
import { MARKERS } from './data.js';
import { CONJUNCTION, forms, matchPhrase } from './tokens.js';
import { isNoun } from './unit.js';
import { lookupNumberWord, type OrdinalReading } from './words.js';

/** An ordinal read at a token: «الثالث», «الحادي عشر», «الخامسة والعشرون», «القرن العشرين». */
export interface OrdinalMatch {
  value: number;
  startToken: number;
  /** Exclusive. */
  endToken: number;
  /** Normalized offsets, after any proclitic («بالكلمة الأولى» → «الأولى»). */
  start: number;
  end: number;
}

/** One word of an ordinal: a true ordinal form, or a definite ten, hundred or multiplier used as one. */
interface OrdinalWord {
  readonly ordinal: OrdinalReading | undefined;
  /** «العشرون», «المئة», «الألف»: cardinal forms that rank only in context or in a compound. */
  readonly cardinal: number | undefined;
  readonly tens: boolean;
  readonly start: number;
}

function readOrdinalWord(token: Token | undefined, conjunction: boolean): OrdinalWord | null {
  if (token?.kind !== 'arabic') return null;
  for (const analysis of token.analyses) {
    if (conjunction && (analysis.conjunction !== CONJUNCTION || analysis.preposition !== null)) continue;
    const ordinal = lookupNumberWord(analysis.form)?.ordinal;
    if (ordinal) return { ordinal, cardinal: undefined, tens: false, start: token.start + analysis.offset };
    if (!analysis.article) continue;
    const roles = lookupNumberWord(analysis.stem);
    if (roles?.ten !== undefined) return { ordinal: undefined, cardinal: roles.ten, tens: true, start: token.start + analysis.offset };
    const hundred = roles?.hundred?.value;
    const multiplier = roles?.multiplier?.number === 'singular' ? roles.multiplier.value : undefined;
    const big = hundred ?? multiplier;
    if (big !== undefined) return { ordinal: undefined, cardinal: big, tens: false, start: token.start + analysis.offset };
  }
  return null;
}

/** «الحادي عشر» (+10) or «الخامس والعشرون» (+ tens) after a unit ordinal at `next`. */
function unitTail(tokens: readonly Token[], next: number): { add: number; endToken: number } | null {
  if (lookupNumberWord(tokens[next]?.text ?? '')?.teenMarker) return { add: 10, endToken: next + 1 };
  const ten = readOrdinalWord(tokens[next], true);
  if (ten?.tens && ten.cardinal !== undefined) return { add: ten.cardinal, endToken: next + 1 };
  return null;
}

/**
 * A definite singular noun before: «القرن العشرين», «الكتاب التريليون», «الذكرى المئة»;
 * or the word alone between punctuation, as a heading or list item («العشرون»).
 */
function rankContext(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if ((!before || before.kind === 'punct') && (!after || after.kind === 'punct')) return true;
  if (!isNoun(before, true) || before.analyses[0]?.article !== true) return false;
  return !MARKERS.ordinalPluralEndings.some((e) => before.text.endsWith(e));
}

function blocked(tokens: readonly Token[], start: number, end: number): boolean {
  // «تشرين الأول», «وكانون الثاني»
  if (forms(tokens[start - 1]).some((f) => MARKERS.ordinalNotAfter.has(f))) return true;
  return MARKERS.ordinalNotBefore.some((phrase) => matchPhrase(tokens, end, phrase, false) !== null);
}

/** «الاولي» written with ي is «الأوّلي» (primary) unless a feminine noun comes before it. */
function misspelled(tokens: readonly Token[], at: number, original: string | undefined): boolean {
  const token = tokens[at];
  if (!token || original === undefined) return false;
  for (const s of MARKERS.ordinalSpellings) {
    if (token.analyses.every((a) => a.form !== s.ordinal)) continue;
    if (original.slice(token.originEnd - s.otherEnding.length, token.originEnd) !== s.otherEnding) continue;
    return !(tokens[at - 1]?.text.endsWith(s.feminineEnding) ?? false);
  }
  return false;
}

/**
 * Reads an ordinal at token `index`: «الأول/الأولى» … «العاشر», «الحادي عشر»,
 * «الثانية عشرة», «الحادي والعشرون» (and «الواحد والعشرون»), «المئة والخامسة
 * والعشرون»; «العشرون», «المئة», «الألف» after a definite singular noun; «أول» and
 * «ثاني» … «عاشر» before a noun («ثاني أكبر»). Not after a month name («تشرين الأول»,
 * «كانون الثاني», «جمادى الأولى»), not in «الساعة الثانية», «أول أمس» or «الثانية إلى الأخير».
 * `original`, when given, tells «الأولى» from «الأوّلي» (primary) by its last letter.
 *
 * @example
 * const tokens = tokenize(normalize('في القرن الحادي والعشرين'));
 * matchOrdinal(tokens, 2)?.value; // 21
 */
export function matchOrdinal(tokens: readonly Token[], index: number, original?: string): OrdinalMatch | null {
  const first = readOrdinalWord(tokens[index], false);
  if (!first) return null;
  let value: number;
  let endToken = index + 1;
  const ordinal = first.ordinal;

  if (ordinal?.indefinite) {
    // «أول مرة», «ثاني أكبر»: only before a noun.
    if (!isNoun(tokens[index + 1], true)) return null;
    value = ordinal.value;
  } else if (ordinal) {
    const tail = ordinal.compound && ordinal.value <= 9 ? unitTail(tokens, index + 1) : null;
    if (tail) {
      value = ordinal.value + tail.add;
      endToken = tail.endToken;
    } else if (ordinal.simple) {
      value = ordinal.value;
    } else return null;
    if (misspelled(tokens, index, original)) return null;
  } else if (first.cardinal !== undefined) {
    value = first.cardinal;
    // «المئة والخامسة والعشرون» = 125.
    const next = first.tens ? null : readOrdinalWord(tokens[index + 1], true);
    if (next?.ordinal && !next.ordinal.indefinite) {
      const tail = next.ordinal.compound && next.ordinal.value <= 9 ? unitTail(tokens, index + 2) : null;
      value += next.ordinal.value + (tail?.add ?? 0);
      endToken = tail?.endToken ?? index + 2;
    } else if (next?.tens && next.cardinal !== undefined) {
      value += next.cardinal;
      endToken = index + 2;
    } else if (!rankContext(tokens, index)) return null;
  } else return null;

  if (blocked(tokens, index, endToken)) return null;
  const last = tokens[endToken - 1];
  if (!last) return null;
  return { value, startToken: index, endToken, start: first.start, end: last.end };
}
