import { dayNumber, fromDayNumber, type Day } from './calendar.js';

/**
 * The tabular (arithmetical) Islamic calendar, civil epoch, with the usual leap
 * years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each 30-year cycle (the
 * "Kuwaiti algorithm" of .NET's HijriCalendar): months alternate 30 and 29 days,
 * Dhu al-Hijja gets a 30th day in leap years, and 1 Muharram 1 AH is Friday
 * 16 July 622 (Julian), Julian day number 1948440.
 *
 * It is a fixed rule, not an observation: Saudi Arabia's Umm al-Qura calendar and
 * moon-sighting announcements differ from it by a day now and then (rarely two),
 * so a converted date can be one day off what an Arab newspaper printed.
 */
export interface HijriDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Day number (days since 1970-01-01) of the day before 1 Muharram 1 AH: JDN 1948439 − JDN 2440588.
const EPOCH = 1948439 - 2440588;

/** Days from the epoch to the first of Hijri month `month` of `year`. */
function monthStart(year: number, month: number): number {
  return Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30);
}

/** Number of days in a Hijri month (29 or 30). */
export function hijriMonthLength(year: number, month: number): number {
  const next = month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1);
  return next - monthStart(year, month);
}

/**
 * The Gregorian day of a tabular Hijri date, or null if the day does not exist.
 *
 * @example
 * hijriToGregorian({ year: 1445, month: 1, day: 1 }); // { year: 2023, month: 7, day: 19 }
 */
export function hijriToGregorian({ year, month, day }: HijriDay): Day | null {
  if (year < 1 || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > hijriMonthLength(year, month)) {
    return null;
  }
  return fromDayNumber(EPOCH + monthStart(year, month) + day);
}

/** The tabular Hijri date of a Gregorian day. */
export function gregorianToHijri(gregorian: Day): HijriDay {
  const days = dayNumber(gregorian) - EPOCH;
  let year = Math.floor((30 * days + 10646) / 10631);
  if (monthStart(year, 1) >= days) year -= 1;
  let month = 12;
  while (month > 1 && monthStart(year, month) >= days) month -= 1;
  return { year, month, day: days - monthStart(year, month) };
}
