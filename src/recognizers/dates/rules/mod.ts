import { foundWith } from '../copies.js';
import { longest } from '../pick.js';
import { periodWhen, resolvePartial } from '../resolve.js';
import type { Found, Rule } from '../types.js';
import { wordDateAt } from './calendar-date.js';
import { century, decade } from './decade.js';
import { relativePeriod, relativePeriodAt } from './period.js';
import { yearAt, yearFound } from './year.js';

const GRANULAR: ReadonlySet<string> = new Set(['year', 'month', 'week', 'decade', 'century']);

/**
 * A period with its part: «أوائل التسعينيات» → 199X mod early, «منتصف 2022» → 2022 mid,
 * «أواخر سبتمبر/أيلول الماضي» (ref 2023-09-20) → 2022-09 late, «نهاية العام الماضي» → 2022 late,
 * «منذ بداية العام» → 2023 early
 * («أواخر/نهاية» late, «أوائل/مطلع/بداية» early, «منتصف/أواسط» mid). The mod word stays in
 * the span; days take no mod.
 */
export const modified: Rule = (ctx, i) => {
  const { tokens, data } = ctx;
  const mod = data.mods.atWithClitics(tokens, i);
  if (!mod) return null;
  const of = data.markers.of.at(tokens, mod.next);
  const k = of ? of.next : mod.next;
  const candidates: (Found | null)[] = [decade(ctx, k), century(ctx, k), relativePeriod(ctx, k)];
  // «نهاية العام», «منتصف الشهر»: the current period.
  const period = relativePeriodAt(ctx, k, false, true);
  if (period) {
    const when = ctx.ref === null ? null : periodWhen(ctx.ref, period.unit.id, period.offset);
    candidates.push({ rule: 'relative-period', reading: { kind: 'point', when }, start: period.start, end: period.end, next: period.next });
  }
  const written = yearAt(ctx, k, true);
  if (written) candidates.push(yearFound(ctx, written, 'year'));
  // «أواخر مارس»: the mod word is context enough for an ambiguous month name.
  const month = wordDateAt(ctx, k, false);
  if (month && month.day === null && month.calendar === 'gregorian') {
    const resolved = resolvePartial(month, ctx.ref);
    if (resolved) candidates.push({ rule: month.form, reading: resolved.reading, start: month.start, end: month.end, next: month.next });
  }
  const inner = longest(candidates);
  if (!inner || inner.reading.kind !== 'point') return null;
  const { when } = inner.reading;
  if (when !== null && !GRANULAR.has(when.unit)) return null;
  return foundWith(inner, { rule: inner.rule, reading: inner.reading, start: mod.start, end: inner.end, next: inner.next, mod: mod.value });
};
