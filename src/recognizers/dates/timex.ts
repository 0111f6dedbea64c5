import type { ClockTime, Reading, When } from './types.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function clock(time: ClockTime): string {
  return `${pad(time.hour, 2)}:${pad(time.minute, 2)}${time.zone}`;
}

/**
 * Writes a calendar point as TIMEX3: «2023-09-19», «2023-09-19TEV», «2023-09-19T14:30Z»,
 * «2023-W38», «2023-09», «2020», «199X» (a decade), «19XX» (a century), «XXXX-10-02».
 *
 * @example
 * timexOf({ unit: 'decade', decade: 199 }); // '199X'
 */
export function timexOf(when: When): string {
  switch (when.unit) {
    case 'day': {
      const year = when.year === null ? 'XXXX' : pad(when.year, 4);
      const month = when.month === null ? 'XX' : pad(when.month, 2);
      const date = `${year}-${month}-${pad(when.day, 2)}`;
      if (when.time) return `${date}T${clock(when.time)}`;
      return when.part ? `${date}T${when.part}` : date;
    }
    case 'week':
      return `${pad(when.year, 4)}-W${pad(when.week, 2)}`;
    case 'month':
      return `${when.year === null ? 'XXXX' : pad(when.year, 4)}-${pad(when.month, 2)}`;
    case 'year':
      return pad(when.year, 4);
    case 'decade':
      return `${pad(when.decade, 3)}X`;
    case 'century':
      return `${pad(when.century, 2)}XX`;
    case 'anchor':
      return when.anchor;
  }
}

/** The value a reading reports: a TIMEX3 string, `start/end` for a range, or null when a reference was needed. */
export function valueOf(reading: Reading): string | null {
  switch (reading.kind) {
    case 'point':
      return reading.when === null ? null : timexOf(reading.when);
    case 'range':
      return reading.from === null || reading.to === null ? null : `${timexOf(reading.from)}/${timexOf(reading.to)}`;
    case 'duration':
      return reading.value;
  }
}

/** One component of a duration: an amount (X when unspecified) of a TIMEX3 unit. */
export interface DurationPart {
  readonly designator: string;
  readonly time: boolean;
  readonly amount: number | 'X';
}

// Order of the designators in an ISO 8601 duration; DE and CE are TIMEX3's decades and centuries.
const DATE_ORDER = ['CE', 'DE', 'Y', 'M', 'W', 'D'];
const TIME_ORDER = ['H', 'M', 'S'];

const amountText = (amount: number | 'X'): string => (amount === 'X' ? 'X' : String(amount));

/**
 * Writes duration parts as ISO 8601 / TIMEX3: [24 hours] → «PT24H», [6 weeks] → «P6W»,
 * [X months] → «PXM», [1 year, 1 month, 21 days] → «P1Y1M21D».
 */
export function durationTimex(parts: readonly DurationPart[]): string {
  const ordered = (time: boolean, order: readonly string[]): string =>
    parts
      .filter((part) => part.time === time)
      .sort((a, b) => order.indexOf(a.designator) - order.indexOf(b.designator))
      .map((part) => `${amountText(part.amount)}${part.designator}`)
      .join('');
  const date = ordered(false, DATE_ORDER);
  const time = ordered(true, TIME_ORDER);
  return `P${date}${time ? `T${time}` : ''}`;
}
