import { addDays } from '../calendar.js';
import { carryOver, type Writable } from '../copies.js';
import type { PartInfo } from '../data.js';
import { opens, OPENS } from '../dispatch.js';
import { memoized } from '../memo.js';
import { longest } from '../pick.js';
import { whenAt } from '../resolve.js';
import type { Context, Found, Piece, Rule, When } from '../types.js';
import { calendarDate } from './calendar-date.js';
import { relativeDay } from './relative-day.js';
import { weekdayRule } from './weekday.js';

/** A day-level expression at token `i` («أمس», «الثلاثاء», «19 سبتمبر 2023»), the longest of them. */
export const dayPointAt = (ctx: Context, i: number): Found | null => (opens(ctx, i, OPENS.dayPoint) ? dayPointMemo(ctx, i) : null);

const dayPointMemo = memoized((ctx: Context, i: number): Found | null => {
  const found = longest([relativeDay(ctx, i), weekdayRule(ctx, i), calendarDate(ctx, i)]);
  if (!found || found.reading.kind !== 'point') return null;
  const { when } = found.reading;
  return when === null || when.unit === 'day' ? found : null;
});

function withPart(when: When | null, part: PartInfo): When | null {
  if (when === null || when.unit !== 'day') return null;
  const { year, month, day, time } = when;
  return time === undefined ? { unit: 'day', year, month, day, part: part.timex } : { unit: 'day', year, month, day, part: part.timex, time };
}

/** `day` read at a part of day over `span`, keeping its mod, qualifier and Hijri reading. */
function onPart(day: Found, when: When | null, part: PartInfo, span: Piece): PartFound {
  const found: Writable<PartFound> = { rule: 'part-of-day', reading: { kind: 'point', when }, part, start: span.start, end: span.end, next: span.next };
  carryOver(day, found);
  return found;
}

/** Also returns the part of day found, so a clock time can read its hour by it. */
export interface PartFound extends Found {
  readonly part: PartInfo;
}

/**
 * A part of day on a day, as a TIMEX3 suffix: «مساء أمس الثلاثاء» → 2023-09-19TEV,
 * «صباح الثلاثاء» → 2023-09-19TMO, «أمس مساء», «الثلاثاء صباحا», «ليلة أمس»,
 * «الليلة» (tonight), «الليلة الماضية».
 */
export const partOfDayAt = (ctx: Context, i: number): PartFound | null => (opens(ctx, i, OPENS.partOfDay) ? partOfDayMemo(ctx, i) : null);

const partOfDayMemo = memoized((ctx: Context, i: number): PartFound | null => {
  const { tokens, data, ref } = ctx;
  const results: PartFound[] = [];
  const alone = data.partsStandalone.atWithClitics(tokens, i);
  if (alone) {
    const when = ref === null ? null : withPart(whenAt(addDays(ref, alone.value.offset), 'day'), alone.value.part);
    results.push({ rule: 'part-of-day', reading: { kind: 'point', when }, part: alone.value.part, start: alone.start, end: alone.end, next: alone.next });
  }
  const before = data.partsBefore.atWithClitics(tokens, i);
  const headed = before ? dayPointAt(ctx, before.next) : null;
  if (before && headed && headed.reading.kind === 'point') {
    const when = withPart(headed.reading.when, before.value);
    results.push(onPart(headed, when, before.value, { start: before.start, end: headed.end, next: headed.next }));
  }
  const day = dayPointAt(ctx, i);
  const after = day ? data.partsAfter.at(tokens, day.next) : null;
  if (day && after && day.reading.kind === 'point') {
    const when = withPart(day.reading.when, after.value);
    results.push(onPart(day, when, after.value, { start: day.start, end: after.end, next: after.next }));
  }
  return longest(results);
});

export const partOfDay: Rule = partOfDayAt;
