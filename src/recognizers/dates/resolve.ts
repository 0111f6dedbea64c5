import { addDays, addMonths, dayNumber, isoWeek, isValidDay, weekday, type Day } from './calendar.js';
import type { Relation, UnitId } from './data.js';
import { hijriMonthLength, hijriToGregorian, gregorianToHijri } from './hijri.js';
import type { Piece, Reading, When } from './types.js';

/** A calendar date as written, some fields left out: «19 سبتمبر» (no year), «أيار/ مايو 2023» (no day). */
export interface PartialDate extends Piece {
  readonly calendar: 'gregorian' | 'hijri';
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** «19 سبتمبر الماضي», «سبتمبر المقبل»: which occurrence when no year is written. */
  readonly relation: Exclude<Relation, 'recent'> | null;
  /** «سبتمبر من العام الماضي»: the year as an offset from the reference year. */
  readonly yearOffset: number | null;
  /** «20 من الشهر المقبل»: the month as an offset from the reference month. */
  readonly monthOffset: number | null;
}

/** Offsets of the period words: «الماضي» −1, «الجاري» 0, «المقبل» +1. */
export const RELATION_OFFSET: { readonly [R in Exclude<Relation, 'recent'>]: number } = { past: -1, current: 0, next: 1 };

const UNIT_ORDER: readonly UnitId[] = ['century', 'decade', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** A day written at the granularity of `unit` (hours and finer stay at the day: the reference has no time). */
export function whenAt(day: Day, unit: UnitId): When {
  switch (unit) {
    case 'century':
      return { unit: 'century', century: Math.floor(day.year / 100) };
    case 'decade':
      return { unit: 'decade', decade: Math.floor(day.year / 10) };
    case 'year':
      return { unit: 'year', year: day.year };
    case 'month':
      return { unit: 'month', year: day.year, month: day.month };
    case 'week': {
      const week = isoWeek(day);
      return { unit: 'week', year: week.year, week: week.week };
    }
    default:
      return { unit: 'day', year: day.year, month: day.month, day: day.day };
  }
}

/** «العام الماضي» → the reference year − 1; «الأسبوع المقبل» → the ISO week after the reference's. */
export function periodWhen(ref: Day, unit: UnitId, offset: number): When {
  return shiftWhen(ref, [{ unit, amount: offset }], 1);
}

const MONTHS_PER: { readonly [U in UnitId]?: number } = { century: 1200, decade: 120, year: 12, month: 1 };
const DAYS_PER: { readonly [U in UnitId]?: number } = { week: 7, day: 1, hour: 1 / 24, minute: 1 / 1440, second: 1 / 86400 };

/**
 * The reference moved by some amounts of units, at the finest unit's granularity:
 * «قبل ثلاث سنوات» (ref 2023-09-20) → 2020; «منذ يومين» → 2023-09-18; «قبل عام ونصف» → 2022-03.
 * A fractional amount steps the granularity one unit finer.
 */
export function shiftWhen(ref: Day, parts: readonly { unit: UnitId; amount: number }[], sign: 1 | -1): When {
  let months = 0;
  let days = 0;
  let finest = 0;
  for (const { unit, amount } of parts) {
    months += (MONTHS_PER[unit] ?? 0) * amount;
    days += (DAYS_PER[unit] ?? 0) * amount;
    finest = Math.max(finest, UNIT_ORDER.indexOf(unit) + (Number.isInteger(amount) ? 0 : 1));
  }
  const wholeMonths = Math.trunc(months);
  days += Math.round((months - wholeMonths) * 30);
  const shifted = addDays(addMonths(ref, sign * wholeMonths), sign * Math.trunc(days));
  return whenAt(shifted, UNIT_ORDER[Math.min(finest, UNIT_ORDER.length - 1)] ?? 'day');
}

/**
 * A weekday resolved against the reference: bare, the latest on or before it
 * («الثلاثاء» on Tuesday 19 Sept 2023 → 19 Sept); «الماضي» the latest strictly before;
 * «المقبل/القادم» the first strictly after.
 */
export function weekdayDay(ref: Day, day: number, relation: 'past' | 'next' | null): Day {
  const today = weekday(ref);
  if (relation === 'next') return addDays(ref, (day - today + 7) % 7 || 7);
  const back = (today - day + 7) % 7;
  return addDays(ref, -(relation === 'past' ? back || 7 : back));
}

/** The weekday `day` inside the ISO week `offset` weeks from the reference («الجمعة من الأسبوع المقبل»). */
export function weekdayInWeek(ref: Day, day: number, offset: number): Day {
  const monday = addDays(ref, -((weekday(ref) + 6) % 7) + 7 * offset);
  return addDays(monday, (day + 6) % 7);
}

/** The result of reading a partial date: what it means and, for Hijri dates, the Hijri reading. */
export interface Resolved {
  readonly reading: Reading;
  readonly hijri?: string;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** How far past the reference a date written without its year may lie: «2 أكتوبر» in a September article is this year's. */
export const FUTURE_WINDOW_MONTHS = 3;

/**
 * Picks the year of a date written without one. With a period word: «الماضي» the latest
 * occurrence strictly before the reference, «المقبل» the first strictly after, «الجاري»
 * the reference's own. Otherwise the latest occurrence no more than
 * {@link FUTURE_WINDOW_MONTHS} months after the reference: news mostly reports what
 * happened, and announces what is near («فيفري» in a September article is last February,
 * «2 أكتوبر» the coming one).
 */
function pickYear(
  refYear: number,
  relation: PartialDate['relation'],
  position: (year: number) => number | null,
  refPosition: number,
  limit: number,
): number | null {
  if (relation === 'current') return position(refYear) === null ? null : refYear;
  const years = relation === 'next' ? [refYear - 1, refYear, refYear + 1] : [refYear + 1, refYear, refYear - 1];
  for (const year of years) {
    const at = position(year);
    if (at === null) continue;
    if (relation === 'past' ? at < refPosition : relation === 'next' ? at > refPosition : at <= limit) return year;
  }
  return null;
}

function gregorianPosition(month: number, day: number | null): (year: number) => number | null {
  return (year) => {
    if (day === null) return year * 12 + month;
    return isValidDay(year, month, day) ? dayNumber({ year, month, day }) : null;
  };
}

function resolveGregorian(date: PartialDate, ref: Day | null): Resolved | null {
  const { day } = date;
  let { year, month } = date;
  if (date.monthOffset !== null) {
    if (day === null) return null;
    if (ref === null) return isValidDay(2000, 1, day) ? { reading: { kind: 'point', when: null } } : null;
    const target = addMonths({ year: ref.year, month: ref.month, day: 1 }, date.monthOffset);
    ({ year, month } = target);
  } else if (date.yearOffset !== null) {
    if (ref === null) return { reading: { kind: 'point', when: null } };
    year = ref.year + date.yearOffset;
  }
  if (month === null) {
    // «يوم 27»: a day of the reference month.
    if (day === null) return year === null ? null : { reading: { kind: 'point', when: { unit: 'year', year } } };
    if (ref === null) return isValidDay(2000, 1, day) ? { reading: { kind: 'point', when: { unit: 'day', year: null, month: null, day } } } : null;
    if (!isValidDay(ref.year, ref.month, day)) return null;
    return { reading: { kind: 'point', when: { unit: 'day', year: ref.year, month: ref.month, day } } };
  }
  if (year === null && ref !== null) {
    const limitDay = addMonths(ref, FUTURE_WINDOW_MONTHS);
    const [refPosition, limit] = day === null ? [ref.year * 12 + ref.month, limitDay.year * 12 + limitDay.month] : [dayNumber(ref), dayNumber(limitDay)];
    year = pickYear(ref.year, date.relation, gregorianPosition(month, day), refPosition, limit);
    if (year === null) return null;
  }
  if (day === null) return { reading: { kind: 'point', when: { unit: 'month', year, month } } };
  // Without a year, 29 February is possible: check against a leap year.
  if (!isValidDay(year ?? 2000, month, day)) return null;
  return { reading: { kind: 'point', when: { unit: 'day', year, month, day } } };
}

function hijriText(year: number | null, month: number | null, day: number | null): string {
  const parts = [year === null ? 'XXXX' : pad(year, 4)];
  if (month !== null) parts.push(pad(month, 2));
  if (day !== null) parts.push(pad(day, 2));
  return parts.join('-');
}

function dayWhen(day: Day): When {
  return { unit: 'day', year: day.year, month: day.month, day: day.day };
}

function resolveHijri(date: PartialDate, ref: Day | null): Resolved | null {
  const { month, day } = date;
  let { year } = date;
  if (day !== null && (month === null || day > 30)) return null;
  if (year === null) {
    if (month === null) return null;
    if (ref === null) return { reading: { kind: 'point', when: null }, hijri: hijriText(null, month, day) };
    const position = (y: number): number | null => {
      const first = hijriToGregorian({ year: y, month, day: day === null ? 1 : Math.min(day, hijriMonthLength(y, month)) });
      return first === null ? null : dayNumber(first);
    };
    year = pickYear(gregorianToHijri(ref).year, date.relation, position, dayNumber(ref), dayNumber(addMonths(ref, FUTURE_WINDOW_MONTHS)));
    if (year === null) return null;
  }
  const hijri = hijriText(year, month, day);
  if (month !== null && day !== null) {
    const gregorian = hijriToGregorian({ year, month, day });
    return gregorian === null ? null : { reading: { kind: 'point', when: dayWhen(gregorian) }, hijri };
  }
  // A Hijri month or year straddles Gregorian months: its value is the range of its days.
  const first = hijriToGregorian({ year, month: month ?? 1, day: 1 });
  const lastMonth = month ?? 12;
  const last = hijriToGregorian({ year, month: lastMonth, day: hijriMonthLength(year, lastMonth) });
  if (first === null || last === null) return null;
  return { reading: { kind: 'range', from: dayWhen(first), to: dayWhen(last) }, hijri };
}

/**
 * What a written calendar date means against the reference: Gregorian fields as they
 * stand (a missing year chosen by {@link pickYear}), Hijri dates converted with the
 * tabular calendar. Null when the date does not exist («31 نوفمبر»).
 */
export function resolvePartial(date: PartialDate, ref: Day | null): Resolved | null {
  return date.calendar === 'hijri' ? resolveHijri(date, ref) : resolveGregorian(date, ref);
}

/** Whether a day-level reading is a complete Gregorian date (year, month and day written or resolved). */
export function isFullDay(when: When | null): when is Extract<When, { unit: 'day' }> & { year: number; month: number } {
  return when !== null && when.unit === 'day' && when.year !== null && when.month !== null;
}

/** Orders two points of the same kind for ranges; null when they cannot be compared. */
export function comparePoints(a: When, b: When): number | null {
  const key = (when: When): number | null => {
    switch (when.unit) {
      case 'day':
        return when.year === null || when.month === null ? null : dayNumber({ year: when.year, month: when.month, day: when.day });
      case 'month':
        return when.year === null ? null : dayNumber({ year: when.year, month: when.month, day: 1 });
      case 'year':
        return dayNumber({ year: when.year, month: 1, day: 1 });
      default:
        return null;
    }
  };
  const ka = key(a);
  const kb = key(b);
  if (ka !== null && kb !== null) return ka - kb;
  // Year-less days and months: compare month, then day.
  if ((a.unit === 'day' || a.unit === 'month') && (b.unit === 'day' || b.unit === 'month')) {
    const ma = a.month ?? 0;
    const mb = b.month ?? 0;
    return ma - mb || (a.unit === 'day' && b.unit === 'day' ? a.day - b.day : 0);
  }
  return null;
}

