import type { Unit, UnitForm } from '../data.js';
import { foundOf } from '../copies.js';
import { countAt } from '../count.js';
import { opens, OPENS } from '../dispatch.js';
import { memoized } from '../memo.js';
import { durationTimex } from '../timex.js';
import { isDefinite, readingCount } from '../tokens.js';
import type { Context, Piece, Rule } from '../types.js';

/** One amount of one unit: «24 ساعة», «يومين», «نصف ساعة», «بضع ساعات», «ساعات», «الأشهر التسعة الماضية». */
export interface Amount extends Piece {
  readonly unit: Unit;
  readonly amount: number | 'X';
  /**
   * How it was written. A count («24», «ستة», «نصف»), a dual or a vague count («بضع») makes a
   * duration on its own; a bare singular («يوم») or plural («ساعات») needs context.
   */
  readonly kind: 'counted' | 'dual' | 'quantified' | 'singular' | 'plural';
  readonly definite: boolean;
  /** Ends with a period word: «الأشهر الماضية», «الـ24 ساعة الماضية». */
  readonly anchored: boolean;
  /** The unit word carried the preposition ل: «لساعات» (for hours). */
  readonly withLam: boolean;
  /** The unit word is also an ordinary word («عقود»): a duration only after a trigger. */
  readonly needsTrigger: boolean;
}

interface UnitAt extends Piece {
  readonly form: UnitForm;
  readonly definite: boolean;
  readonly withLam: boolean;
}

/** A unit word at token `i`: «ساعات», «الأشهر», «لساعات» (with `clitics`), «يوماً». */
export function unitAt(ctx: Context, i: number, clitics: boolean): UnitAt | null {
  const token = ctx.tokens[i];
  if (token === undefined || token.kind !== 'arabic') return null;
  for (let r = 0; r < readingCount(token, clitics); r += 1) {
    const analysis = token.analyses[r];
    if (analysis === undefined) break;
    const bare = ctx.data.unitForms.get(analysis.form);
    const form = bare ?? (analysis.article ? ctx.data.unitForms.get(analysis.stem) : undefined);
    if (form) {
      return { form, definite: bare === undefined, withLam: analysis.preposition === 'ل', start: token.start + analysis.offset, end: token.end, next: i + 1 };
    }
  }
  return null;
}

/** A period word after a definite duration («الماضية», «المقبلة», «الأخيرة»): past, next or recent. */
function periodAfter(ctx: Context, i: number): Piece | null {
  const relation = ctx.data.periods.at(ctx.tokens, i);
  return relation && relation.value !== 'current' ? relation : null;
}

/** One amount of a unit at token `i` (see {@link Amount}). */
export function amountAt(ctx: Context, i: number, clitics: boolean): Amount | null {
  if (!opens(ctx, i, OPENS.amount)) return null;
  const { tokens, data } = ctx;
  // «24 ساعة», «الـ24 ساعة الماضية», «3 الساعات»
  const count = countAt(ctx, i);
  if (count) {
    const unit = unitAt(ctx, count.next, false);
    // «3 الساعات», «نصف الساعة», but not «2 الساعة»: a definite unit after a whole count is plural.
    if (!unit || unit.form.number === 'dual' || (unit.definite && unit.form.number !== 'plural' && count.value >= 1)) return null;
    const period = count.definite ? periodAfter(ctx, unit.next) : null;
    const last = period ?? unit;
    return {
      unit: unit.form.unit,
      amount: count.value,
      kind: 'counted',
      definite: count.definite,
      anchored: period !== null,
      withLam: false,
      needsTrigger: unit.form.needsTrigger,
      start: count.start,
      end: last.end,
      next: last.next,
    };
  }
  // «بضع ساعات», «عدة أيام»
  const vague = data.markers.vagueCounts.atWithClitics(tokens, i);
  if (vague) {
    const unit = unitAt(ctx, vague.next, false);
    if (!unit || unit.form.number !== 'plural' || unit.definite) return null;
    return {
      unit: unit.form.unit,
      amount: 'X',
      kind: 'quantified',
      definite: false,
      anchored: false,
      withLam: false,
      needsTrigger: unit.form.needsTrigger,
      start: vague.start,
      end: unit.end,
      next: unit.next,
    };
  }
  const unit = unitAt(ctx, i, clitics);
  if (!unit) return null;
  switch (unit.form.number) {
    case 'dual': {
      // «ساعتين ونصف»
      const half = data.markers.addedFractions.at(tokens, unit.next);
      return unitAmount(unit, 2 + (half?.value ?? 0), 'dual', false, half ?? unit);
    }
    case 'singular': {
      // «ساعة ونصف», «عام واحد»
      const half = data.markers.addedFractions.at(tokens, unit.next);
      if (half) return unitAmount(unit, 1 + half.value, 'counted', false, half);
      const one = data.markers.one.at(tokens, unit.next);
      return unitAmount(unit, 1, 'singular', false, one ?? unit);
    }
    case 'plural': {
      // «الأشهر التسعة الماضية», «الأشهر الماضية», «السنوات الأخيرة»
      const counted = unit.definite ? countAt(ctx, unit.next) : null;
      const definiteCount = counted && counted.definite ? counted : null;
      const period = unit.definite ? periodAfter(ctx, definiteCount ? definiteCount.next : unit.next) : null;
      const last = period ?? definiteCount ?? unit;
      if (definiteCount) return unitAmount(unit, definiteCount.value, 'counted', period !== null, last);
      return unitAmount(unit, 'X', 'plural', period !== null, last);
    }
  }
}

/** The amount a unit word heads («ساعتين», «عام واحد», «الأشهر الماضية»), up to the end of `last`. */
function unitAmount(unit: UnitAt, amount: Amount['amount'], kind: Amount['kind'], anchored: boolean, last: Piece): Amount {
  return {
    unit: unit.form.unit,
    amount,
    kind,
    definite: unit.definite,
    anchored,
    withLam: unit.withLam,
    needsTrigger: unit.form.needsTrigger,
    start: unit.start,
    end: last.end,
    next: last.next,
  };
}

const AND = 'و';

/**
 * Amounts joined by «و», each of another unit: «عام واحد و شهر و 21 يوما» → P1Y1M21D,
 * «ساعتين و30 دقيقة». At most four parts, so the scan stays linear.
 */
export function amountChainAt(ctx: Context, i: number, clitics: boolean): AmountChain | null {
  if (!opens(ctx, i, OPENS.amount)) return null;
  return clitics ? CHAINS.clitics(ctx, i) : CHAINS.plain(ctx, i);
}

/** Amounts joined by «و» (see {@link amountChainAt}). */
export type AmountChain = { readonly parts: readonly Amount[] } & Piece;

/** {@link amountChainAt} memoized per option: the duration and the «ago» rule both read the chain at a token. */
const CHAINS = {
  plain: memoized((ctx: Context, i: number) => readAmountChain(ctx, i, false)),
  clitics: memoized((ctx: Context, i: number) => readAmountChain(ctx, i, true)),
};

function readAmountChain(ctx: Context, i: number, clitics: boolean): AmountChain | null {
  const first = amountAt(ctx, i, clitics);
  if (!first) return null;
  const parts: Amount[] = [first];
  let last = first;
  while (parts.length < 4 && !last.anchored && first.amount !== 'X') {
    const token = ctx.tokens[last.next];
    if (token === undefined || !token.text.startsWith(AND)) break;
    const separate = token.text === AND;
    const part = amountAt(ctx, separate ? last.next + 1 : last.next, !separate);
    if (!part || part.definite || part.amount === 'X' || parts.some((p) => p.unit.id === part.unit.id)) break;
    parts.push(part);
    last = part;
  }
  return { parts, start: first.start, end: last.end, next: last.next };
}

/** The TIMEX3 duration of some amounts: [24 hours] → PT24H, [X months] → PXM. */
export function durationValue(parts: readonly Amount[]): string {
  return durationTimex(parts.map((part) => ({ designator: part.unit.designator, time: part.unit.time, amount: part.amount })));
}

/**
 * Durations: «24 ساعة», «ستة أسابيع», «ثلاث سنوات», «يومين», «نصف ساعة», «ساعتين ونصف»,
 * «بضع ساعات», «الأشهر الماضية» (PXM), «الأشهر التسعة الماضية» (P9M), «يوم كامل»,
 * with a qualifier kept in the span: «أقل من 24 ساعة» → PT24H, less_than.
 * A bare plural needs a trigger before it («بعد ساعات من» → «ساعات», PTXH; «لساعات»);
 * a bare singular needs «لمدة/طوال» before it, «كامل» after it, or «بعد/قبل … من»
 * around it (decision 17: «بعد يوم من» → «يوم», P1D).
 */
export const duration: Rule = (ctx, i) => {
  const { tokens, data } = ctx;
  const qualifier = data.qualifiers.atWithClitics(tokens, i);
  const at = qualifier ? qualifier.next : i;
  const chain = amountChainAt(ctx, at, qualifier === null);
  if (!chain) return null;
  const [first] = chain.parts;
  if (first === undefined) return null;
  let { end, next } = chain;
  const triggered = (table: typeof data.markers.durationTriggers): boolean => table.endsBefore(tokens, at);
  // «طوال اليوم», «طيلة أسبوع»: all of the period, kept in the span.
  const throughout = qualifier ? null : data.markers.throughout.before(tokens, at);
  if (chain.parts.some((part) => part.needsTrigger) && !throughout && !triggered(data.markers.durationTriggers)) return null;
  if (chain.parts.length === 1 && !qualifier && !throughout) {
    if (first.kind === 'plural') {
      if (!first.anchored && !first.withLam && !triggered(data.markers.durationTriggers)) return null;
      // «ساعات الصباح»: a plural in construct with a definite noun is not a duration.
      if (!first.anchored && isDefinite(tokens[first.next]) && !data.periods.at(tokens, first.next)) return null;
    }
    if (first.kind === 'singular') {
      const whole = data.markers.whole.at(tokens, first.next);
      const anchoredEvent =
        (data.markers.ago.endsBefore(tokens, at) || data.markers.later.endsBefore(tokens, at)) &&
        data.markers.eventAnchor.at(tokens, first.next) !== null &&
        data.markers.fromNow.at(tokens, first.next) === null;
      if (first.definite || !(whole !== null || anchoredEvent || triggered(data.markers.singularDurationTriggers))) return null;
      if (whole) ({ end, next } = whole);
    }
  } else if (first.kind === 'plural' && !first.anchored && !throughout) return null;
  const span = { start: qualifier?.start ?? throughout?.start ?? chain.start, end, next };
  return foundOf('duration', { kind: 'duration', value: durationValue(chain.parts) }, span, { qualifier: qualifier?.value });
};
