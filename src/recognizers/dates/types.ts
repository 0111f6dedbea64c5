import type { DateMod, Qualifier } from '../../types.js';
import type { Token } from '../../tokenize/index.js';
import type { Day } from './calendar.js';
import type { DateData } from './data.js';
import type { Dispatch } from './dispatch.js';
import type { MemoWindow } from './memo.js';

/** TIMEX3 part-of-day suffixes: morning, midday, afternoon, evening, night. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

/** A clock time; `zone` is 'Z' for Greenwich time, '' for local time. */
export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  readonly zone: '' | 'Z';
}

/**
 * A point on the calendar at some granularity, before it is written as TIMEX3.
 * `year`/`month` are null when the text leaves them out and no reference date
 * supplies them («2 أكتوبر» without a reference → XXXX-10-02).
 */
export type When =
  | {
      readonly unit: 'day';
      readonly year: number | null;
      readonly month: number | null;
      readonly day: number;
      readonly part?: PartOfDay;
      readonly time?: ClockTime;
    }
  | { readonly unit: 'week'; readonly year: number; readonly week: number }
  | { readonly unit: 'month'; readonly year: number | null; readonly month: number }
  | { readonly unit: 'year'; readonly year: number }
  /** `decade` = the year's first three digits: 199 for the 1990s. */
  | { readonly unit: 'decade'; readonly decade: number }
  /** `century` = the year's first two digits: 19 for the 1900s. */
  | { readonly unit: 'century'; readonly century: number }
  /** An unspecified past or future moment («قبل أيام»). */
  | { readonly unit: 'anchor'; readonly anchor: 'PAST_REF' | 'FUTURE_REF' };

/** What an expression means: a point or a range (null ends when they need a reference the caller did not give), or a duration. */
export type Reading =
  | { readonly kind: 'point'; readonly when: When | null }
  | { readonly kind: 'range'; readonly from: When | null; readonly to: When | null }
  | { readonly kind: 'duration'; readonly value: string };

/** A stretch of tokens: normalized offsets and the index of the token after it. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** A date expression found by one rule. */
export interface Found extends Piece {
  /** The rule's id, reported as `rule:date.<rule>`. */
  readonly rule: string;
  readonly reading: Reading;
  readonly mod?: DateMod;
  readonly qualifier?: Qualifier;
  /** The Hijri reading as written, `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (XXXX when the year is left out). */
  readonly hijri?: string;
}

/** What every rule reads: the tokens, the reference day if any, and the compiled data. */
export interface Context {
  readonly tokens: readonly Token[];
  readonly ref: Day | null;
  readonly data: DateData;
  /** Which parsers may start at each token (dispatch.ts); null runs every parser everywhere. */
  readonly dispatch: Dispatch | null;
  /** Per token, the opening bits of dispatch.ts, filled on first use (NOT_YET until then). */
  readonly openings: Int32Array;
  /** The memoized parsers' caches for this run, one slot each (memo.ts). */
  readonly memos: (MemoWindow | undefined)[];
}

/** A rule: the expression starting at token `i`, or null. */
export type Rule = (ctx: Context, i: number) => Found | null;
