import { foundOf } from '../copies.js';
import { opens, OPENS } from '../dispatch.js';
import { memoized } from '../memo.js';
import { resolvePartial } from '../resolve.js';
import { isBoundary, readsAs } from '../tokens.js';
import type { Context, Found, Piece, Rule } from '../types.js';
import { yearNumberAt } from './calendar-date.js';

/** A year as written, before it is resolved: «عام 2020», «2020م», «1445 هـ». */
export interface YearAt extends Piece {
  readonly year: number;
  readonly calendar: 'gregorian' | 'hijri';
}

/** Bare years are taken only between these bounds («في 2020»), so counts («في 300 قرية») are not years. */
const BARE_YEAR_MIN = 1800;
const BARE_YEAR_MAX = 2100;

/**
 * A year at token `i`: «عام 2020», «لعام 2020» (span from «عام»), «العام 2020», «سنة 1445 هـ»,
 * «2020م», «1445هـ». With `bare`, also a plain four-digit year («2020», for ranges and after
 * «مطلع/منذ/حتى»). «الأمين العام 2020» is not a year word: «العام» after «الأمين» is «general».
 */
export function yearAt(ctx: Context, i: number, bare: boolean): YearAt | null {
  if (!opens(ctx, i, OPENS.year)) return null;
  return bare ? YEARS.bare(ctx, i) : YEARS.written(ctx, i);
}

/** {@link yearAt} memoized per option: ranges, the year rule (twice) and mods read the year at a token. */
const YEARS = {
  written: memoized((ctx: Context, i: number) => readYear(ctx, i, false)),
  bare: memoized((ctx: Context, i: number) => readYear(ctx, i, true)),
};

function readYear(ctx: Context, i: number, bare: boolean): YearAt | null {
  const { tokens, data } = ctx;
  const word = data.markers.yearWords.atWithClitics(tokens, i);
  if (word) {
    const { year: unit } = data.units;
    const form = tokens[i]?.analyses.find((analysis) => (tokens[i]?.start ?? 0) + analysis.offset === word.start)?.form ?? '';
    if (unit.adjectiveForms.has(form) && readsAs(tokens[i - 1], unit.adjectiveHeads)) return null;
    const number = yearNumberAt(ctx, word.next, true);
    if (!number) return null;
    return { year: number.year, calendar: number.calendar ?? 'gregorian', start: word.start, end: number.end, next: number.next };
  }
  const number = yearNumberAt(ctx, i, false);
  if (!number) return null;
  if (number.calendar !== null) return { year: number.year, calendar: number.calendar, start: number.start, end: number.end, next: number.next };
  if (!bare || number.year < BARE_YEAR_MIN || number.year > BARE_YEAR_MAX) return null;
  return { year: number.year, calendar: 'gregorian', start: number.start, end: number.end, next: number.next };
}

/** The reading of a year: Gregorian years as they are, Hijri years as the range of their days. */
export function yearFound(ctx: Context, year: YearAt, rule: string): Found | null {
  const { start, end, next } = year;
  const resolved = resolvePartial(
    { calendar: year.calendar, year: year.year, month: null, day: null, relation: null, yearOffset: null, monthOffset: null, start, end, next },
    ctx.ref,
  );
  if (!resolved) return null;
  return foundOf(rule, resolved.reading, { start, end, next }, { hijri: resolved.hijri });
}

/**
 * Years: «عام 2020» → 2020 (the span keeps «عام»), «2020م», «عام 1445 هـ» (a Hijri year:
 * the range of its Gregorian days, `hijri` 1445). A bare four-digit year counts only after
 * a year trigger («منذ 2014», «في 2020،») and before punctuation, the end, or «و/حتى».
 */
export const year: Rule = (ctx, i) => {
  const { tokens, data } = ctx;
  const written = yearAt(ctx, i, false);
  if (written) return yearFound(ctx, written, 'year');
  if (!data.markers.yearTriggers.endsBefore(tokens, i)) return null;
  const bare = yearAt(ctx, i, true);
  if (!bare) return null;
  const after = tokens[bare.next];
  const closes = isBoundary(after) || after?.text === 'و' || data.markers.rangeTo.atWithClitics(tokens, bare.next) !== null;
  return closes ? yearFound(ctx, bare, 'year') : null;
};
