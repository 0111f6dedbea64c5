import { opens, OPENS } from '../dispatch.js';
import { memoized } from '../memo.js';
import { weekdayDay, weekdayInWeek, whenAt } from '../resolve.js';
import type { Context, Found, Piece, Rule } from '../types.js';
import { relativePeriodAt } from './period.js';

/** A weekday name at token `i` (0 = Sunday), unless a neighbour makes it a number («الأحد عشر», «كلا الاثنين»). */
export function weekdayNameAt(ctx: Context, i: number, clitics: boolean): (Piece & { readonly weekday: number }) | null {
  const { tokens, data } = ctx;
  const name = clitics ? data.weekdays.atWithClitics(tokens, i) : data.weekdays.at(tokens, i);
  if (!name) return null;
  if (data.weekdayNotFollowedBy.has(tokens[name.next]?.text ?? '')) return null;
  if (data.weekdayNotPrecededBy.has(tokens[i - 1]?.text ?? '')) return null;
  return { weekday: name.value, start: name.start, end: name.end, next: name.next };
}

/** «الثلاثاء», «يوم الجمعة»: the weekday with the «يوم» before it, which stays in the span. */
function namedDayAt(ctx: Context, i: number, clitics: boolean): (Piece & { readonly weekday: number }) | null {
  const head = clitics ? ctx.data.dayWord.atWithClitics(ctx.tokens, i) : ctx.data.dayWord.at(ctx.tokens, i);
  const name = weekdayNameAt(ctx, head ? head.next : i, clitics && !head);
  return name && head ? { weekday: name.weekday, start: head.start, end: name.end, next: name.next } : name;
}

/**
 * Weekdays resolved against the reference (2023-09-19 is a Tuesday):
 * «الثلاثاء» → 2023-09-19 (the latest on or before the reference); «الإثنين» → 2023-09-18;
 * «الأحد الماضي» → the latest strictly before; «الأحد المقبل/القادم» → the first strictly after;
 * «الجمعة من الأسبوع المقبل», «الأسبوع المقبل يوم الجمعة», «هذا الجمعة» → that day of that ISO week.
 */
export const weekdayRule: Rule = (ctx, i) => (opens(ctx, i, OPENS.weekday) ? weekdayAt(ctx, i) : null);

const weekdayAt = memoized((ctx: Context, i: number): Found | null => {
  const { tokens, data, ref } = ctx;
  // «الأسبوع القادم الأحد», «هذا الأسبوع يوم الجمعة»
  const weekFirst = relativePeriodAt(ctx, i, true);
  if (weekFirst && weekFirst.unit.id === 'week') {
    const name = namedDayAt(ctx, weekFirst.next, false);
    if (!name) return null;
    const when = ref === null ? null : whenAt(weekdayInWeek(ref, name.weekday, weekFirst.offset), 'day');
    return { rule: 'weekday', reading: { kind: 'point', when }, start: weekFirst.start, end: name.end, next: name.next };
  }
  // «هذا الجمعة», «هذا يوم الجمعة»: that day of the reference's week.
  const demonstrative = data.demonstratives.atWithClitics(tokens, i);
  const near = demonstrative ? namedDayAt(ctx, demonstrative.next, false) : null;
  if (demonstrative && near) {
    const when = ref === null ? null : whenAt(weekdayInWeek(ref, near.weekday, 0), 'day');
    return { rule: 'weekday', reading: { kind: 'point', when }, start: demonstrative.start, end: near.end, next: near.next };
  }
  const name = namedDayAt(ctx, i, true);
  if (!name) return null;
  // «الجمعة من الأسبوع المقبل», «الجمعة الأسبوع المقبل»
  const of = data.markers.of.at(tokens, name.next);
  const week = relativePeriodAt(ctx, of ? of.next : name.next, false);
  if (week && week.unit.id === 'week') {
    const when = ref === null ? null : whenAt(weekdayInWeek(ref, name.weekday, week.offset), 'day');
    return { rule: 'weekday', reading: { kind: 'point', when }, start: name.start, end: week.end, next: week.next };
  }
  const relation = data.periods.at(tokens, name.next);
  const direction = relation?.value === 'past' || relation?.value === 'next' ? relation.value : null;
  const when = ref === null ? null : whenAt(weekdayDay(ref, name.weekday, direction), 'day');
  const end = direction && relation ? relation : name;
  return { rule: 'weekday', reading: { kind: 'point', when }, start: name.start, end: end.end, next: end.next };
});
