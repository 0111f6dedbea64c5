import type { Token } from '../../tokenize/index.js';
import { ruleSource } from '../source.js';
import type { Qualifier } from '../../types.js';
import type { Candidate, RecognizerInput } from '../types.js';
import { MARKERS, QUALIFIER_PHRASES } from './data.js';
import { matchOver, matchParts, matchSlash } from './fractions.js';
import { isIdentifier, urlTokens } from './identifiers.js';
import { matchNumber, type NumberMatch } from './match.js';
import { matchOrdinal } from './ordinals.js';
import { matchPower } from './power.js';
import { STARTS_NUMBER, STARTS_QUALIFIER, startsAt } from './starts.js';
import { glued, longestPhrase, matchPhrase, phraseIndex } from './tokens.js';
import { findUnit, isOneIdiom, type UnitQuery } from './unit.js';
import { matchVague } from './vague.js';
import { withVowelledDuals } from './vowels.js';
import { lookupNumberWord } from './words.js';

export { matchNumber, type NumberMatch } from './match.js';
export { matchOrdinal, type OrdinalMatch } from './ordinals.js';
export { matchVague, type VagueMatch } from './vague.js';
export { NUMBER_WORDS, lookupNumberWord, type NumberWordData, type WordRoles } from './words.js';

/** Ties with dates: at equal length a date (priority 20) wins. */
const PRIORITY = 10;

type RuleId = 'digits' | 'power' | 'words' | 'vague' | 'percent' | 'ordinal' | 'fraction-over' | 'fraction-part' | 'fraction-slash';

/** The number itself, before qualifiers and units: «120 ألف», «-5», «عشرات الآلاف», «3/4». */
interface Core {
  value: number;
  startToken: number;
  endToken: number;
  start: number;
  end: number;
  rule: RuleId;
  vague: boolean;
  /** A fraction takes a definite noun: «نصف السكان». */
  fraction: boolean;
  postposed: UnitQuery['postposed'];
}

interface Context {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly inUrl: Uint8Array;
}

/** A Core from any match with offsets (built field by field: object spread is slow on this hot path). */
function coreOf(
  m: { value: number; startToken: number; endToken: number; start: number; end: number },
  rule: RuleId,
  kind: { vague?: boolean; fraction?: boolean; postposed?: Core['postposed'] } = {},
): Core {
  return {
    value: m.value,
    startToken: m.startToken,
    endToken: m.endToken,
    start: m.start,
    end: m.end,
    rule,
    vague: kind.vague ?? false,
    fraction: kind.fraction ?? false,
    postposed: kind.postposed ?? null,
  };
}

/** «اثنين» or «واحد» alone, or a definite number («التسعة»): it may follow its noun. */
function postposedOf(ctx: Context, m: { startToken: number; endToken: number; start: number; value: number }): Core['postposed'] {
  const token = ctx.tokens[m.startToken];
  if (!token || m.endToken - m.startToken !== 1 || token.kind !== 'arabic') return null;
  const roles = lookupNumberWord(ctx.text.slice(m.start, token.end));
  // The table holds «تسعة», not «التسعة»: a word found only through its stem is definite.
  if (roles === undefined) return { value: m.value, definite: true };
  const unit = roles.unit?.value;
  return unit === 1 || unit === 2 ? { value: unit, definite: false } : null;
}

/**
 * «ساعة ونصف», «عام ونصف»: a fraction joined by «و» to the noun before it is part of that
 * noun's quantity (a duration, a measure), not a number of its own.
 */
function halfOfNoun(ctx: Context, m: NumberMatch): boolean {
  const token = ctx.tokens[m.startToken];
  const reading = token?.analyses.find((a) => token.start + a.offset === m.start);
  return (reading?.conjunction ?? null) !== null && ctx.tokens[m.startToken - 1]?.kind === 'arabic';
}

/** The number read at `at` (after any sign): fractions over several numbers, cardinals, vague plurals. */
function readBody(ctx: Context, at: number): Core | null {
  const { tokens } = ctx;
  const slash = matchSlash(tokens, at);
  if (slash) return coreOf(slash, slash.rule, { fraction: true });
  const m = matchNumber(tokens, at);
  const parts = matchParts(tokens, at, m);
  if (parts) return coreOf(parts, parts.rule, { fraction: true });
  // «1e10», «1,1^23»: the one form where digits glued to Latin letters count (power.ts).
  const power = m && !m.words ? matchPower(tokens, at) : null;
  if (power && m && !isIdentifier(tokens, at, power.endToken, ctx.inUrl)) {
    return coreOf({ value: power.value, startToken: at, endToken: power.endToken, start: m.start, end: power.end }, 'power');
  }
  if (m) {
    // «2023م», «0933…», «إف-16», «10:30»; with words only the leading digits are checked («120 ألف»).
    if (isIdentifier(tokens, m.startToken, m.words ? m.startToken + 1 : m.endToken, ctx.inUrl)) return null;
    const over = matchOver(tokens, m);
    if (over) return coreOf(over, over.rule, { fraction: true });
    const postposed = postposedOf(ctx, m);
    if (postposed?.value === 1 && !postposed.definite && isOneIdiom(tokens, m.startToken)) return null;
    const fraction = !Number.isInteger(m.value) && m.words;
    if (fraction && m.endToken - m.startToken === 1 && MARKERS.fractionNotBefore.has(tokens[m.endToken]?.text ?? '')) return null;
    if (fraction && m.value < 1 && halfOfNoun(ctx, m)) return null;
    return coreOf(m, m.words ? 'words' : 'digits', { fraction, postposed });
  }
  const vague = matchVague(tokens, at);
  if (vague) return coreOf(vague, 'vague', { vague: true });
  return null;
}

/** A minus glued to digits («-5», not «2020-2022») or «سالب/ناقص» before the number. */
function readSigned(ctx: Context, at: number): Core | null {
  const { tokens } = ctx;
  const token = tokens[at];
  if (!token) return null;
  const next = tokens[at + 1];
  const signGlyph = token.kind === 'punct' && MARKERS.minusSigns.has(token.text) && next?.kind === 'number' && glued(token, next);
  const signWord = token.kind === 'arabic' && token.analyses.some((a) => MARKERS.minusWords.has(a.form));
  // «(-5)» is negative; «2020-2022» and «إف-16» are not.
  const before = tokens[at - 1];
  const afterWordOrDigit = glued(before, token) && before?.kind !== 'punct';
  if ((signGlyph && !afterWordOrDigit) || signWord) {
    const body = readBody(ctx, at + 1);
    if (!body || body.vague) return null;
    const start = signWord ? token.start + (token.analyses.find((a) => MARKERS.minusWords.has(a.form))?.offset ?? 0) : token.start;
    return coreOf({ value: -body.value, startToken: at, endToken: body.endToken, start, end: body.end }, body.rule, { fraction: body.fraction });
  }
  return readBody(ctx, at);
}

/** «15%», «15 ٪», «15 في المئة», «15 بالمئة»: the end of the percent marker, or null. */
function percentAfter(ctx: Context, core: Core): { endToken: number; end: number } | null {
  const { tokens } = ctx;
  const next = tokens[core.endToken];
  const last = tokens[core.endToken - 1];
  if (!next || !last || core.vague) return null;
  if (MARKERS.percentSigns.has(next.text) && next.start - last.end <= 1) return { endToken: core.endToken + 1, end: next.end };
  for (const phrase of MARKERS.percentPhrases) {
    const match = matchPhrase(tokens, core.endToken, phrase, false);
    if (match) return { endToken: match.endToken, end: tokens[match.endToken - 1]?.end ?? next.end };
  }
  return null;
}

interface Found {
  readonly candidate: Candidate;
  readonly endToken: number;
}

/** Qualifier phrases by their first word, for {@link longestPhrase}. */
const QUALIFIERS_BEFORE = phraseIndex(QUALIFIER_PHRASES.before);
const QUALIFIERS_AFTER = phraseIndex(QUALIFIER_PHRASES.after);

/** A qualifier right after the number or its noun: «50 شخصا على الأقل», «100 تقريبا». */
function qualifierAfter(ctx: Context, endToken: number): Qualifier | null {
  return longestPhrase(ctx.tokens, endToken, QUALIFIERS_AFTER, false)?.phrase.qualifier ?? null;
}

function candidateOf(ctx: Context, input: RecognizerInput, core: Core, qualifier: { start: number; value: Qualifier } | null): Found {
  const percent = percentAfter(ctx, core);
  const percentBefore = !percent && !core.vague && isPercentSignBefore(ctx, core);
  const subtype = percent || percentBefore ? 'percent' : 'cardinal';
  const endToken = percent?.endToken ?? core.endToken;
  const start = qualifier?.start ?? (percentBefore ? (ctx.tokens[core.startToken - 1]?.start ?? core.start) : core.start);
  const unit = findUnit(ctx.tokens, input.normalized, {
    startToken: core.startToken,
    endToken,
    construct: core.vague || core.fraction,
    postposed: qualifier ? null : core.postposed,
    partitiveOnly: subtype === 'percent',
  });
  const after = qualifier || core.vague ? null : qualifierAfter(ctx, unit?.endToken ?? endToken);
  const candidate: Candidate = {
    type: 'number',
    subtype,
    start,
    end: percent?.end ?? core.end,
    value: core.value,
    qualifier: qualifier?.value ?? (core.vague ? 'vague' : (after ?? 'exact')),
    source: ruleSource('number', subtype === 'percent' ? 'percent' : core.rule),
    priority: PRIORITY,
  };
  if (unit !== undefined) candidate.unit = unit.text;
  return { candidate, endToken };
}

/** «%15»: a percent sign glued before digits, as typed in right-to-left text. */
function isPercentSignBefore(ctx: Context, core: Core): boolean {
  const first = ctx.tokens[core.startToken];
  const before = ctx.tokens[core.startToken - 1];
  return first?.kind === 'number' && before !== undefined && MARKERS.percentSigns.has(before.text) && glued(before, first);
}

/** The mention starting at token `i`, which can start what `starts` says (starts.ts). */
function readAt(ctx: Context, input: RecognizerInput, i: number, starts: number): Found | null {
  // «١مليون», «2023م»: a word glued after digits belongs to that code, not to a number of its own.
  const before = ctx.tokens[i - 1];
  if (before?.kind === 'number' && glued(before, ctx.tokens[i])) return null;
  const q = (starts & STARTS_QUALIFIER) === 0 ? null : longestPhrase(ctx.tokens, i, QUALIFIERS_BEFORE, true);
  if (q) {
    const core = readSigned(ctx, q.match.endToken);
    if (core) return candidateOf(ctx, input, core, { start: q.match.start, value: q.phrase.qualifier });
  }
  if ((starts & STARTS_NUMBER) === 0) return null;
  const ordinal = matchOrdinal(ctx.tokens, i, input.normalized.original);
  if (ordinal) {
    const candidate: Candidate = {
      type: 'number',
      subtype: 'ordinal',
      start: ordinal.start,
      end: ordinal.end,
      value: ordinal.value,
      qualifier: 'exact',
      source: 'rule:number.ordinal',
      priority: PRIORITY,
    };
    return { candidate, endToken: ordinal.endToken };
  }
  const core = readSigned(ctx, i);
  return core ? candidateOf(ctx, input, core, null) : null;
}

/**
 * Numbers: digits and number words → value, qualifier and counted noun
 * (GUIDELINES.md, Numbers; DECISIONS.md 12–14).
 *
 * Cardinals («25», «ثلاثة آلاف», «2.5 مليون», «نصف»), vague plurals («عشرات القتلى»),
 * percentages («15%», «15 في المئة») and ordinals («الحادي عشر»), with their
 * qualifier in the span («أكثر من 10 آلاف», «نحو 120 ألف») and their counted noun as
 * `unit` («شخص», «رجال الشرطة»). Digits inside dates and durations are left to the
 * overlap policy: a date is longer, or wins at equal length by priority.
 *
 * @example
 * recognizeNumbers({ normalized, tokens, referenceDate: null });
 * // «قتل أكثر من 10 آلاف شخص» → [{ subtype: 'cardinal', value: 10000, qualifier: 'more_than', unit: 'شخص', … }]
 */
export function recognizeNumbers(input: RecognizerInput): Candidate[] {
  return scan(input, startsAt);
}

/** Every reader may start anywhere. */
const EVERYWHERE = (): number => STARTS_QUALIFIER | STARTS_NUMBER;

/**
 * The recognizer with every reader tried at every token, as before the gate of starts.ts:
 * the reference tests/recognizers/numbers/starts.test.ts holds the gate to.
 * @internal
 */
export function recognizeNumbersWithoutGate(input: RecognizerInput): Candidate[] {
  return scan(input, EVERYWHERE);
}

function scan(input: RecognizerInput, starts: (token: Token) => number): Candidate[] {
  const { normalized } = input;
  const tokens = withVowelledDuals(input.tokens, normalized);
  const ctx: Context = { tokens, text: normalized.text, inUrl: urlTokens(tokens, normalized.text) };
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    // Most tokens start nothing (starts.ts) and are passed over without reading.
    const can = token === undefined ? 0 : starts(token);
    const found = can === 0 ? null : readAt(ctx, input, i, can);
    if (found && found.endToken > i) {
      candidates.push(found.candidate);
      i = found.endToken;
    } else i += 1;
  }
  return candidates;
}
