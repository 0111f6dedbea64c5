/** A proleptic Gregorian calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Days since 1970-01-01 of a Gregorian date, in integer arithmetic
 * (H. Hinnant's days_from_civil), so that no Date object or time zone is involved.
 *
 * @example
 * dayNumber({ year: 2023, month: 9, day: 19 }); // 19619
 */
export function dayNumber({ year, month, day }: Day): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The Gregorian date of a day number (the inverse of {@link dayNumber}). */
export function fromDayNumber(days: number): Day {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS: readonly [number, number, number, number, number, number, number, number, number, number, number, number] = [
  31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** Whether year/month/day names a real Gregorian date («30 فبراير» does not). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function addDays(day: Day, days: number): Day {
  return fromDayNumber(dayNumber(day) + days);
}

/** Adds whole months, keeping the day when it exists and clamping it otherwise (31 March − 1 month = 28/29 February). */
export function addMonths(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** ISO 8601 week of a day: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: Day): { year: number; week: number } {
  const days = dayNumber(day);
  const isoWeekday = ((weekday(day) + 6) % 7) + 1; // Monday = 1 … Sunday = 7
  const thursday = fromDayNumber(days - isoWeekday + 4);
  const firstOfYear = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - firstOfYear) / 7) + 1 };
}

/** Parses a checked `YYYY-MM-DD` string. */
export function parseIsoDay(value: string): Day | null {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || !isValidDay(y, m, d)) return null;
  return { year: y, month: m, day: d };
}

/** Compares two days: negative when `a` is earlier. */
export function compareDays(a: Day, b: Day): number {
  return dayNumber(a) - dayNumber(b);
}
