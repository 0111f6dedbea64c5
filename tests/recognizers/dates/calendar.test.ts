import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, fromDayNumber, isoWeek, weekday } from '../../../src/recognizers/dates/calendar.js';
import { gregorianToHijri, hijriMonthLength, hijriToGregorian } from '../../../src/recognizers/dates/hijri.js';
import { resolvePartial, shiftWhen, weekdayDay, type PartialDate } from '../../../src/recognizers/dates/resolve.js';
import { durationTimex, timexOf } from '../../../src/recognizers/dates/timex.js';

const day = (iso: string): { year: number; month: number; day: number } => {
  const [year = 0, month = 0, d = 0] = iso.split('-').map(Number);
  return { year, month, day: d };
};

describe('Gregorian arithmetic', () => {
  it('counts days from 1970-01-01 both ways', () => {
    expect(dayNumber(day('1970-01-01'))).toBe(0);
    expect(dayNumber(day('2023-09-19'))).toBe(19619);
    for (let n = -800000; n <= 800000; n += 7919) expect(dayNumber(fromDayNumber(n))).toBe(n);
  });

  it('knows weekdays (0 = Sunday) and ISO weeks', () => {
    expect(weekday(day('2023-09-19'))).toBe(2); // Tuesday
    expect(weekday(day('2016-11-07'))).toBe(1); // Monday
    expect(isoWeek(day('2023-09-20'))).toEqual({ year: 2023, week: 38 });
    expect(isoWeek(day('2021-01-01'))).toEqual({ year: 2020, week: 53 });
    expect(isoWeek(day('2024-12-30'))).toEqual({ year: 2025, week: 1 });
  });

  it('adds months, clamping the day', () => {
    expect(addMonths(day('2023-03-31'), -1)).toEqual(day('2023-02-28'));
    expect(addMonths(day('2024-01-31'), 1)).toEqual(day('2024-02-29'));
    expect(addMonths(day('2023-09-20'), -40)).toEqual(day('2020-05-20'));
  });
});

describe('tabular Hijri calendar', () => {
  it('converts well-known dates', () => {
    expect(hijriToGregorian({ year: 1445, month: 1, day: 1 })).toEqual(day('2023-07-19'));
    expect(hijriToGregorian({ year: 1445, month: 3, day: 4 })).toEqual(day('2023-09-19'));
    expect(hijriToGregorian({ year: 1445, month: 9, day: 1 })).toEqual(day('2024-03-11'));
    expect(gregorianToHijri(day('2023-09-19'))).toEqual({ year: 1445, month: 3, day: 4 });
    // 1 Muharram 1 AH = 16 July 622 Julian = 19 July 622 proleptic Gregorian.
    expect(hijriToGregorian({ year: 1, month: 1, day: 1 })).toEqual(day('0622-07-19'));
  });

  it('differs from Umm al-Qura by a day at times (documented in hijri.ts)', () => {
    // Umm al-Qura: 10 Dhu al-Hijja 1444 (Eid al-Adha) = 28 June 2023; 1 Shawwal 1444 = 21 April 2023.
    expect(hijriToGregorian({ year: 1444, month: 12, day: 10 })).toEqual(day('2023-06-29'));
    expect(hijriToGregorian({ year: 1444, month: 10, day: 1 })).toEqual(day('2023-04-22'));
  });

  it('has 29- and 30-day months, a 30th of Dhu al-Hijja in leap years, and refuses impossible days', () => {
    expect(hijriMonthLength(1445, 1)).toBe(30);
    expect(hijriMonthLength(1445, 2)).toBe(29);
    expect(hijriMonthLength(1445, 12)).toBe(30); // 1445 is the 5th year of its cycle: leap
    expect(hijriMonthLength(1444, 12)).toBe(29);
    expect(hijriToGregorian({ year: 1445, month: 2, day: 30 })).toBeNull();
    expect(hijriToGregorian({ year: 1445, month: 13, day: 1 })).toBeNull();
  });

  it('round-trips every day for two centuries', () => {
    for (let n = dayNumber(day('1900-01-01')); n < dayNumber(day('2100-01-01')); n += 1) {
      const back = hijriToGregorian(gregorianToHijri(fromDayNumber(n)));
      if (back === null || dayNumber(back) !== n) throw new Error(`round trip fails at day ${n}`);
    }
  });
});

describe('TIMEX3 values', () => {
  it('writes points at every granularity', () => {
    expect(timexOf({ unit: 'day', year: 2023, month: 9, day: 19 })).toBe('2023-09-19');
    expect(timexOf({ unit: 'day', year: 2023, month: 9, day: 19, part: 'EV' })).toBe('2023-09-19TEV');
    expect(timexOf({ unit: 'day', year: 2023, month: 9, day: 20, time: { hour: 14, minute: 30, zone: 'Z' } })).toBe('2023-09-20T14:30Z');
    expect(timexOf({ unit: 'day', year: null, month: 10, day: 2 })).toBe('XXXX-10-02');
    expect(timexOf({ unit: 'week', year: 2023, week: 7 })).toBe('2023-W07');
    expect(timexOf({ unit: 'month', year: 2022, month: 10 })).toBe('2022-10');
    expect(timexOf({ unit: 'year', year: 622 })).toBe('0622');
    expect(timexOf({ unit: 'decade', decade: 199 })).toBe('199X');
    expect(timexOf({ unit: 'century', century: 19 })).toBe('19XX');
  });

  it('writes durations in ISO 8601 order', () => {
    expect(durationTimex([{ designator: 'H', time: true, amount: 24 }])).toBe('PT24H');
    expect(durationTimex([{ designator: 'M', time: false, amount: 'X' }])).toBe('PXM');
    expect(
      durationTimex([
        { designator: 'D', time: false, amount: 21 },
        { designator: 'Y', time: false, amount: 1 },
        { designator: 'M', time: false, amount: 1 },
      ]),
    ).toBe('P1Y1M21D');
    expect(durationTimex([{ designator: 'H', time: true, amount: 2.5 }])).toBe('PT2.5H');
  });
});

describe('resolution against the reference', () => {
  const ref = day('2023-09-20'); // a Wednesday

  it('puts a bare weekday on or before the reference, «المقبل» after it, «الماضي» before it', () => {
    expect(weekdayDay(ref, 3, null)).toEqual(ref);
    expect(weekdayDay(ref, 3, 'past')).toEqual(day('2023-09-13'));
    expect(weekdayDay(ref, 3, 'next')).toEqual(day('2023-09-27'));
    expect(weekdayDay(ref, 2, null)).toEqual(day('2023-09-19'));
    expect(weekdayDay(ref, 4, null)).toEqual(day('2023-09-14'));
  });

  it('counts back at the unit’s granularity', () => {
    expect(timexOf(shiftWhen(ref, [{ unit: 'year', amount: 3 }], -1))).toBe('2020');
    expect(timexOf(shiftWhen(ref, [{ unit: 'day', amount: 2 }], -1))).toBe('2023-09-18');
    expect(timexOf(shiftWhen(ref, [{ unit: 'month', amount: 1 }, { unit: 'day', amount: 21 }], 1))).toBe('2023-11-10');
    expect(timexOf(shiftWhen(ref, [{ unit: 'year', amount: 1.5 }], -1))).toBe('2022-03');
    expect(timexOf(shiftWhen(ref, [{ unit: 'hour', amount: 5 }], -1))).toBe('2023-09-20');
  });

  const partial = (fields: Partial<PartialDate>): PartialDate => ({
    calendar: 'gregorian',
    year: null,
    month: null,
    day: null,
    relation: null,
    yearOffset: null,
    monthOffset: null,
    start: 0,
    end: 0,
    next: 0,
    ...fields,
  });
  const value = (fields: Partial<PartialDate>): unknown => {
    const resolved = resolvePartial(partial(fields), ref);
    return resolved?.reading.kind === 'point' && resolved.reading.when ? timexOf(resolved.reading.when) : resolved;
  };

  it('gives a year-less date the latest year not more than three months ahead', () => {
    expect(value({ month: 10, day: 2 })).toBe('2023-10-02');
    expect(value({ month: 2 })).toBe('2023-02');
    expect(value({ month: 12, day: 20 })).toBe('2023-12-20');
    expect(value({ month: 12, day: 21 })).toBe('2022-12-21');
    expect(value({ month: 9, day: 15, relation: 'past' })).toBe('2023-09-15');
    expect(value({ month: 9, day: 25, relation: 'past' })).toBe('2022-09-25');
    expect(value({ month: 4, day: 12, relation: 'next' })).toBe('2024-04-12');
    expect(value({ month: 9, relation: 'past' })).toBe('2022-09');
  });

  it('refuses days that do not exist', () => {
    expect(resolvePartial(partial({ year: 2023, month: 2, day: 29 }), ref)).toBeNull();
    expect(value({ year: 2024, month: 2, day: 29 })).toBe('2024-02-29');
    expect(resolvePartial(partial({ year: 2023, month: 11, day: 31 }), ref)).toBeNull();
  });
});
