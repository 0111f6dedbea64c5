/**
 * The dates recognizer. Rules walk the tokens (no regular expressions over the text),
 * built from the word classes in `data/*.json`; at each token every rule that can start
 * there (dispatch.ts: by the token's first word) is tried, and the longest find there
 * becomes a candidate (source `rule:date.<rule>`, priority 20).
 *
 * Policies, where GUIDELINES.md and DECISIONS.md leave a choice:
 * - A date written without its year («2 أكتوبر», «فيفري») takes the latest year that puts
 *   it no more than three months after the reference; «الماضي/المقبل» pick the occurrence
 *   before/after it. Without a reference it stays open: «XXXX-10-02».
 * - Relative expressions without a reference are found with value null; the clock is never read.
 * - Hijri dates are converted with the tabular calendar (hijri.ts); a Hijri month or year
 *   is a range of Gregorian days, its Hijri reading in `hijri`.
 * - «يوم» before a weekday or a date stays in the span, like «يوم أمس»; «قبل/منذ» stay in a
 *   date counted back («قبل ثلاث سنوات»); «بعد/قبل … من» around a duration leave it alone
 *   (decision 17); «طوال/طيلة» stay in the duration they quantify («طوال اليوم»).
 * - A clock time takes the day written beside it, else the reference day, else value null.
 */
import type { Candidate, RecognizerInput } from '../types.js';
import { ruleSource } from '../source.js';
import { parseIsoDay } from './calendar.js';
import { dateData } from './data.js';
import { dateDispatch, NOT_YET, openingsOfToken, OPENS, type OpeningName } from './dispatch.js';
import { isFullDay } from './resolve.js';
import { ago } from './rules/ago.js';
import { calendarDate } from './rules/calendar-date.js';
import { clockTime } from './rules/clock.js';
import { century, decade } from './rules/decade.js';
import { duration } from './rules/duration.js';
import { modified } from './rules/mod.js';
import { partOfDay } from './rules/part-of-day.js';
import { relativePeriod } from './rules/period.js';
import { range } from './rules/range.js';
import { relativeDay } from './rules/relative-day.js';
import { weekdayRule } from './rules/weekday.js';
import { year } from './rules/year.js';
import { valueOf } from './timex.js';
import type { Context, Found, Rule } from './types.js';

/**
 * Every date rule, with the name of its opening in dispatch.ts (the words it can start
 * with). Order only breaks ties between equally long finds at one token.
 */
const RULES: readonly (readonly [Rule, OpeningName])[] = [
  [range, 'range'],
  [modified, 'modified'],
  [clockTime, 'clockTime'],
  [partOfDay, 'partOfDay'],
  [calendarDate, 'calendarDate'],
  [year, 'year'],
  [decade, 'decade'],
  [century, 'century'],
  [relativePeriod, 'relativePeriod'],
  [relativeDay, 'relativeDay'],
  [weekdayRule, 'weekday'],
  [ago, 'ago'],
  [duration, 'duration'],
];

const RULE_BITS: readonly number[] = RULES.map(([, name]) => OPENS[name]);
/** The bits of every rule: a token with none of them starts no date. */
const ANY_RULE = RULE_BITS.reduce((all, bit) => all | bit, 0);

/** Date candidates outrank numbers (10) when spans are equal: «2020» in «منذ 2020،» is a date's, not a count. */
const PRIORITY = 20;

function contextOf(input: RecognizerInput, dispatched = true): Context {
  const data = dateData();
  return {
    tokens: input.tokens,
    ref: input.referenceDate === null ? null : parseIsoDay(input.referenceDate),
    data,
    dispatch: dispatched ? dateDispatch() : null,
    openings: new Int32Array(dispatched ? input.tokens.length : 0).fill(NOT_YET),
    memos: [],
  };
}

function toCandidate(found: Found): Candidate {
  const subtype = found.reading.kind === 'point' ? 'date' : found.reading.kind;
  const value = valueOf(found.reading);
  const source = ruleSource('date', found.rule);
  // Most finds carry no mod, qualifier or Hijri reading: a plain literal then (spreading
  // even an empty object costs a V8 slow path on every candidate).
  if (found.mod === undefined && found.qualifier === undefined && found.hijri === undefined) {
    return { type: 'date', subtype, start: found.start, end: found.end, value, source, priority: PRIORITY };
  }
  return {
    type: 'date',
    subtype,
    start: found.start,
    end: found.end,
    value,
    ...(found.mod === undefined ? {} : { mod: found.mod }),
    ...(found.qualifier === undefined ? {} : { qualifier: found.qualifier }),
    ...(found.hijri === undefined ? {} : { hijri: found.hijri }),
    source,
    priority: PRIORITY,
  };
}

/**
 * Dates: absolute, relative, durations and ranges, valued as ISO 8601 / TIMEX3 strings
 * against `input.referenceDate` (relative ones get value null without it).
 *
 * @example
 * // «الثلاثاء 19 سبتمبر/أيلول 2023» → { subtype: 'date', value: '2023-09-19' }
 * // «مساء أمس الثلاثاء» (reference 2023-09-20) → '2023-09-19TEV'
 * // «أقل من 24 ساعة» → { subtype: 'duration', value: 'PT24H', qualifier: 'less_than' }
 * // «من 2020 إلى 2022» → { subtype: 'range', value: '2020/2022' }
 */
export function recognizeDates(input: RecognizerInput): Candidate[] {
  return scan(input, true);
}

/**
 * The recognizer with every rule tried at every word and number, as before the dispatch
 * existed: the reference tests/recognizers/dates/dispatch.test.ts holds the dispatch to.
 * @internal
 */
export function recognizeDatesWithoutDispatch(input: RecognizerInput): Candidate[] {
  return scan(input, false);
}

function scan(input: RecognizerInput, dispatched: boolean): Candidate[] {
  const ctx = contextOf(input, dispatched);
  const candidates: Candidate[] = [];
  const { tokens } = input;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined || (token.kind !== 'arabic' && token.kind !== 'number')) continue;
    const mask = openingsOfToken(ctx, i);
    if ((mask & ANY_RULE) === 0) continue;
    const found = longestAt(ctx, i, mask);
    if (found) candidates.push(toCandidate(found));
  }
  return candidates;
}

/** The longest find at token `i` of the rules whose bit is in `mask`, the earlier rule on a tie (as `longest` in pick.ts). */
function longestAt(ctx: Context, i: number, mask: number): Found | null {
  let best: Found | null = null;
  for (let r = 0; r < RULES.length; r += 1) {
    if ((mask & (RULE_BITS[r] ?? 0)) === 0) continue;
    const found = RULES[r]?.[0](ctx, i) ?? null;
    if (found && found.end > found.start && (!best || found.end - found.start > best.end - best.start)) best = found;
  }
  return best;
}

/** How far into the normalized text a dateline or lead date may sit to count as the article's date. */
const REFERENCE_WINDOW = 300;

/**
 * The reference date the text gives itself: the first complete calendar date (day,
 * month and year written out, Gregorian or Hijri) in the first sentence and within the
 * first {@link REFERENCE_WINDOW} characters, as a dateline or a lead such as
 * «…، الثلاثاء 19 سبتمبر/أيلول 2023، …» → '2023-09-19'. Null when there is none: a date
 * further on is as likely history («في 9 تشرين الثاني 2020») as the day of writing.
 */
export function inferReferenceDate(input: RecognizerInput): string | null {
  const ctx: Context = { ...contextOf(input), ref: null };
  const { sentenceEnds } = ctx.data.markers;
  for (const token of input.tokens) {
    if (token.start >= REFERENCE_WINDOW || (token.kind === 'punct' && sentenceEnds.has(token.text))) break;
    const found = calendarDate(ctx, token.index);
    if (found?.reading.kind === 'point' && isFullDay(found.reading.when)) {
      const { year: y, month, day } = found.reading.when;
      return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return null;
}
