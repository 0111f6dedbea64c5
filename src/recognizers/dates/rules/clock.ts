import type { ClockShift, PartInfo } from '../data.js';
import { opens, OPENS } from '../dispatch.js';
import { whenAt } from '../resolve.js';
import { integerOf, isMark, touching } from '../tokens.js';
import type { ClockTime, Context, Found, Piece, Rule, When } from '../types.js';
import { dayPointAt, partOfDayAt, type PartFound } from './part-of-day.js';

const COLON = ':';

interface TimeFound extends Piece {
  readonly time: ClockTime;
}

/** The 24-hour reading of a 12-hour clock hour under a part of day («الثالثة عصرا» → 15). */
export function shiftHour(hour: number, shift: ClockShift): number {
  if (hour > 12) return hour;
  switch (shift) {
    case 'am':
      return hour === 12 ? 0 : hour;
    case 'noon':
      return hour >= 1 && hour <= 5 ? hour + 12 : hour;
    case 'pm':
      return hour >= 1 && hour <= 11 ? hour + 12 : hour;
    case 'night':
      if (hour === 12) return 0;
      return hour >= 6 ? hour + 12 : hour;
  }
}

/**
 * A clock time: «الساعة 14:30», «14:30 بتوقيت غرينتش», «الساعة 3 فجرا»,
 * «الساعة الثالثة عصرا», «الثالثة والنصف صباحا». An hour name without «الساعة»
 * needs a part of day after it («الثالثة» alone is an ordinal).
 */
function timeAt(ctx: Context, i: number): TimeFound | null {
  if (!opens(ctx, i, OPENS.time)) return null;
  const { tokens, data } = ctx;
  const { clock } = data;
  const hourWord = clock.hourWord.atWithClitics(tokens, i);
  let k = hourWord ? hourWord.next : i;
  const first = tokens[k];
  const hours = integerOf(first);
  const minutes = integerOf(tokens[k + 2]);
  let hour: number;
  let minute = 0;
  let start = hourWord?.start ?? first?.start ?? 0;
  let end: number;
  let needsPart = false;
  if (first && hours && hours.value <= 24 && tokens[k + 1]?.text === COLON && minutes && minutes.digits === 2 && minutes.value <= 59 &&
    touching(first, tokens[k + 1]) && touching(tokens[k + 1], tokens[k + 2])) {
    // «14:30»
    hour = hours.value;
    minute = minutes.value;
    end = tokens[k + 2]?.end ?? first.end;
    k += 3;
  } else if (hourWord && first && hours && hours.digits <= 2 && hours.value <= 24) {
    // «الساعة 3»
    hour = hours.value;
    end = first.end;
    k += 1;
  } else {
    // «الساعة الثالثة», «الثالثة عصرا»
    const name = hourWord ? clock.hours.at(tokens, k) : clock.hours.atWithClitics(tokens, k);
    if (!name) return null;
    hour = name.value;
    start = hourWord?.start ?? name.start;
    end = name.end;
    k = name.next;
    needsPart = !hourWord;
  }
  // «والنصف», «إلا ربعا»
  const extra = clock.minutes.at(tokens, k);
  if (extra) {
    minute += extra.value;
    if (minute < 0) {
      minute += 60;
      hour = (hour + 23) % 24;
    }
    end = extra.end;
    k = extra.next;
  }
  const part = data.partsAfter.at(tokens, k);
  if (part) {
    hour = shiftHour(hour, part.value.clock);
    end = part.end;
    k = part.next;
  } else if (needsPart) return null;
  let zone: ClockTime['zone'] = '';
  const utc = clock.utc.atWithClitics(tokens, k);
  const local = utc ? null : clock.zoneWord.atWithClitics(tokens, k);
  if (utc) {
    zone = 'Z';
    end = utc.end;
    k = utc.next;
  } else if (local && tokens[local.next]?.kind === 'arabic') {
    // «بتوقيت موسكو», «بالتوقيت المحلي»: kept in the span, the time stays local.
    end = tokens[local.next]?.end ?? end;
    k = local.next + 1;
  }
  return { time: { hour: hour === 24 ? 0 : hour, minute, zone }, start, end, next: k };
}

function atTime(when: When | null, time: ClockTime): When | null {
  if (when === null || when.unit !== 'day') return null;
  return { unit: 'day', year: when.year, month: when.month, day: when.day, time };
}

const dayOrPartAt = (ctx: Context, i: number): Found | PartFound | null => {
  const part = partOfDayAt(ctx, i);
  const day = dayPointAt(ctx, i);
  if (part && (!day || part.end >= day.end)) return part;
  return day;
};

/** The part of day a found day carries, if it came from a part-of-day phrase («صباح الثلاثاء»). */
function partOf(found: Found | PartFound): PartInfo | null {
  return 'part' in found ? found.part : null;
}

/**
 * Clock times, on a day when the text or the reference gives one:
 * «أمس عند الساعة الثالثة عصرا» → 2023-09-19T15:00, «الساعة 14:30 بتوقيت غرينتش» (ref 2023-09-20)
 * → 2023-09-20T14:30Z, «الساعة العاشرة من صباح الثلاثاء». No day and no reference → value null.
 */
export const clockTime: Rule = (ctx, i) => {
  const { tokens, data, ref } = ctx;
  // «الثلاثاء الساعة 14:30», «أمس عند الساعة الثالثة عصرا»
  const day = dayOrPartAt(ctx, i);
  if (day && day.reading.kind === 'point') {
    let k = day.next;
    if (isMark(tokens, k, data.markers.listSeparators)) k += 1;
    k = data.markers.timeLinks.at(tokens, k)?.next ?? k;
    const time = timeAt(ctx, k);
    if (time) {
      return { rule: 'clock', reading: { kind: 'point', when: atTime(day.reading.when, time.time) }, start: day.start, end: time.end, next: time.next };
    }
  }
  const time = timeAt(ctx, i);
  if (!time) return null;
  // «الساعة العاشرة من صباح الثلاثاء», «الساعة 10 صباح الثلاثاء»
  const of = data.markers.of.at(tokens, time.next);
  const after = dayOrPartAt(ctx, of ? of.next : time.next);
  if (after && after.reading.kind === 'point') {
    const part = partOf(after);
    const shifted = part ? { hour: shiftHour(time.time.hour, part.clock), minute: time.time.minute, zone: time.time.zone } : time.time;
    return { rule: 'clock', reading: { kind: 'point', when: atTime(after.reading.when, shifted) }, start: time.start, end: after.end, next: after.next };
  }
  const when = ref === null ? null : atTime(whenAt(ref, 'day'), time.time);
  return { rule: 'clock', reading: { kind: 'point', when }, start: time.start, end: time.end, next: time.next };
};
