import { foundOf } from '../copies.js';
import { opens, OPENS } from '../dispatch.js';
import { comparePoints, resolvePartial, type PartialDate } from '../resolve.js';
import type { Context, Found, Piece, Rule, When } from '../types.js';
import { dayAt, numericDateAt, wordDateAt } from './calendar-date.js';
import { yearAt } from './year.js';

/** One end of a range, as written: a full or partial date, a year, or a bare day («13» of «13 إلى 15 تموز»). */
interface Side extends Piece {
  readonly date: PartialDate;
  readonly kind: 'date' | 'year' | 'bare-year' | 'day';
}

/** A partial date, field by field (object spreads are a slow path in V8). */
const partial = (fields: Pick<PartialDate, 'calendar' | 'year' | 'month' | 'day'>, piece: Piece): PartialDate => ({
  relation: null,
  yearOffset: null,
  monthOffset: null,
  calendar: fields.calendar,
  year: fields.year,
  month: fields.month,
  day: fields.day,
  start: piece.start,
  end: piece.end,
  next: piece.next,
});

function sideAt(ctx: Context, i: number, clitics: boolean): Side | null {
  if (!opens(ctx, i, OPENS.side)) return null;
  const dated = numericDateAt(ctx, i) ?? wordDateAt(ctx, i, clitics);
  const year = yearAt(ctx, i, true);
  if (dated && (!year || dated.end >= year.end)) return { date: dated, kind: 'date', start: dated.start, end: dated.end, next: dated.next };
  if (year) {
    const bare = ctx.tokens[i]?.kind === 'number' && year.end === ctx.tokens[i]?.end;
    return { date: partial({ calendar: year.calendar, year: year.year, month: null, day: null }, year), kind: bare ? 'bare-year' : 'year', start: year.start, end: year.end, next: year.next };
  }
  const day = dayAt(ctx, i);
  if (day) return { date: partial({ calendar: 'gregorian', year: null, month: null, day: day.day }, day), kind: 'day', start: day.start, end: day.end, next: day.next };
  return null;
}

/** Fills what one end leaves out from the other: «13 إلى 15 تموز 2023» gives 13 the month and year. */
function complete(a: PartialDate, b: PartialDate): readonly [PartialDate, PartialDate] | null {
  if (a.day === null && a.month === null && b.day !== null) return null;
  const calendar = a.month === null ? b.calendar : a.calendar;
  if (calendar !== b.calendar && b.month !== null) return null;
  const inherit = (x: PartialDate, y: PartialDate): PartialDate => {
    const month = x.month ?? (x.day !== null ? y.month : null);
    const sameYear = x.year === null && x.yearOffset === null && (month !== null || x.day !== null);
    return {
      relation: sameYear ? y.relation : x.relation,
      yearOffset: sameYear ? y.yearOffset : x.yearOffset,
      monthOffset: x.monthOffset,
      calendar,
      year: sameYear ? y.year : x.year,
      month,
      day: x.day,
      start: x.start,
      end: x.end,
      next: x.next,
    };
  };
  const first = inherit(a, b);
  const second = inherit(b, first);
  const level = (d: PartialDate): number => (d.day !== null ? 2 : d.month !== null ? 1 : 0);
  if (level(first) !== level(second) || (first.month === null && first.day !== null)) return null;
  return [first, second];
}

/** One end of a range resolved; a Hijri month or year gives its first or last day. */
function endOf(ctx: Context, date: PartialDate, end: 'from' | 'to'): { when: When | null; hijri?: string } | null {
  const resolved = resolvePartial(date, ctx.ref);
  if (!resolved || resolved.reading.kind === 'duration') return null;
  const { reading } = resolved;
  const when = reading.kind === 'point' ? reading.when : reading[end];
  return resolved.hijri === undefined ? { when } : { when, hijri: resolved.hijri };
}

function build(ctx: Context, a: Side, b: Side, start: number): Found | null {
  const pair = complete(a.date, b.date);
  if (!pair) return null;
  const [first, second] = pair;
  const from = endOf(ctx, first, 'from');
  const to = endOf(ctx, second, 'to');
  if (!from || !to) return null;
  if (from.when !== null && to.when !== null) {
    const order = comparePoints(from.when, to.when);
    if (order !== null && order >= 0) return null;
  }
  if (a.kind === 'bare-year' && b.kind === 'bare-year' && first.year !== null && second.year !== null && second.year - first.year > 100) return null;
  const hijri = from.hijri !== undefined && to.hijri !== undefined ? `${from.hijri}/${to.hijri}` : undefined;
  return foundOf('range', { kind: 'range', from: from.when, to: to.when }, { start, end: b.end, next: b.next }, { hijri });
}

const AND = 'و';

/**
 * Ranges, value `start/end`: «من 2020 إلى 2022» → 2020/2022, «2020 – 2022», «بين عامي 2020 و2022»,
 * «منذ 2014 وحتى 2020», «13 إلى 15 تموز» (ref 2023) → 2023-07-13/2023-07-15,
 * «من أيار إلى تموز 2023» → 2023-05/2023-07. The earlier end comes first; a side left
 * incomplete borrows the month and year of the other.
 */
export const range: Rule = (ctx, i) => {
  const { tokens, data } = ctx;
  const { markers } = data;
  // «من 2020 إلى 2022»
  const from = markers.rangeFrom.atWithClitics(tokens, i);
  if (from) {
    const a = sideAt(ctx, from.next, false);
    const to = a ? markers.rangeTo.atWithClitics(tokens, a.next) : null;
    const b = to ? sideAt(ctx, to.next, false) : null;
    return a && b ? build(ctx, a, b, from.start) : null;
  }
  // «بين 2020 و2022», «بين عامي 2020 و2022»
  const between = markers.rangeBetween.atWithClitics(tokens, i);
  if (between) {
    const dual = markers.yearWordsDual.at(tokens, between.next);
    const a = sideAt(ctx, dual ? dual.next : between.next, false);
    const link = a ? tokens[a.next] : undefined;
    if (!a || link === undefined || !link.text.startsWith(AND)) return null;
    const b = link.text === AND ? sideAt(ctx, a.next + 1, false) : sideAt(ctx, a.next, true);
    return b ? build(ctx, a, b, between.start) : null;
  }
  // «2020 – 2022», «13-15 تموز», «13 إلى 15 تموز»
  const a = sideAt(ctx, i, true);
  if (!a) return null;
  const dash = tokens[a.next];
  if (dash && dash.kind === 'punct' && markers.dashes.has(dash.text)) {
    const b = sideAt(ctx, a.next + 1, false);
    return b ? build(ctx, a, b, a.start) : null;
  }
  const to = a.kind === 'bare-year' || a.kind === 'year' ? null : markers.rangeTo.atWithClitics(tokens, a.next);
  const b = to ? sideAt(ctx, to.next, false) : null;
  return b ? build(ctx, a, b, a.start) : null;
};
