import type { Unit } from '../data.js';
import { opens, OPENS } from '../dispatch.js';
import { memoized } from '../memo.js';
import { periodWhen, RELATION_OFFSET } from '../resolve.js';
import { readingCount, readsAs } from '../tokens.js';
import type { Context, Piece, Rule } from '../types.js';

/** A calendar period named relative to the reference: «العام الماضي» is (year, −1). */
export interface RelativePeriod extends Piece {
  readonly unit: Unit;
  readonly offset: number;
}

/**
 * «العام الماضي», «السنة المقبلة», «الشهر الجاري», «هذا الأسبوع», «العقد الماضي»,
 * «القرن الحالي»: a definite calendar unit with a period word or after «هذا/هذه».
 * With `bare`, the unit alone is the current one («نهاية العام» after a mod word).
 * «الأمين العام المقبل» is not a year: «العام» after «الأمين», «الرأي» … is the adjective «general».
 */
export function relativePeriodAt(ctx: Context, i: number, clitics: boolean, bare = false): RelativePeriod | null {
  if (!opens(ctx, i, OPENS.relativePeriod)) return null;
  const memo = clitics ? (bare ? PERIODS.cliticsBare : PERIODS.clitics) : bare ? PERIODS.bare : PERIODS.plain;
  return memo(ctx, i);
}

/** {@link relativePeriodAt} memoized per combination of options: weekdays, periods, mods and dates all read it. */
const PERIODS = {
  plain: memoized((ctx: Context, i: number) => readRelativePeriod(ctx, i, false, false)),
  clitics: memoized((ctx: Context, i: number) => readRelativePeriod(ctx, i, true, false)),
  bare: memoized((ctx: Context, i: number) => readRelativePeriod(ctx, i, false, true)),
  cliticsBare: memoized((ctx: Context, i: number) => readRelativePeriod(ctx, i, true, true)),
};

function readRelativePeriod(ctx: Context, i: number, clitics: boolean, bare: boolean): RelativePeriod | null {
  const { tokens, data } = ctx;
  const demonstrative = clitics ? data.demonstratives.atWithClitics(tokens, i) : data.demonstratives.at(tokens, i);
  const k = demonstrative ? demonstrative.next : i;
  const token = tokens[k];
  if (token === undefined || token.kind !== 'arabic') return null;
  const count = readingCount(token, clitics && !demonstrative);
  for (let r = 0; r < count; r += 1) {
    const analysis = token.analyses[r];
    if (analysis === undefined) break;
    const form = analysis.article ? data.unitForms.get(analysis.stem) : undefined;
    if (!form || form.number !== 'singular' || !form.unit.calendar) continue;
    if (!demonstrative && form.unit.adjectiveForms.has(analysis.form) && readsAs(tokens[k - 1], form.unit.adjectiveHeads)) return null;
    const start = demonstrative ? demonstrative.start : token.start + analysis.offset;
    const relation = data.periods.at(tokens, k + 1);
    if (relation && relation.value !== 'recent') {
      return { unit: form.unit, offset: RELATION_OFFSET[relation.value], start, end: relation.end, next: relation.next };
    }
    if (demonstrative || bare) return { unit: form.unit, offset: 0, start, end: token.end, next: k + 1 };
    return null;
  }
  return null;
}

/** «العام الماضي» (ref 2023-09-20) → 2022; «الشهر المقبل» → 2023-10; «الأسبوع الماضي» → 2023-W37. */
export const relativePeriod: Rule = (ctx, i) => {
  const period = relativePeriodAt(ctx, i, true);
  if (!period) return null;
  const when = ctx.ref === null ? null : periodWhen(ctx.ref, period.unit.id, period.offset);
  return { rule: 'relative-period', reading: { kind: 'point', when }, start: period.start, end: period.end, next: period.next };
};
