import { countAt, ordinalAt } from '../count.js';
import { opens, OPENS } from '../dispatch.js';
import { readingCount } from '../tokens.js';
import { RELATION_OFFSET } from '../resolve.js';
import type { Context, Piece, Rule } from '../types.js';

/** A century as the TIMEX3 prefix of its years (the 20th century → 19), null when relative without a reference. */
interface CenturyAt extends Piece {
  readonly century: number | null;
}

/** What names the century after «القرن»: «التاسع عشر», «العشرين», «الـ19», «21», «الماضي», «الحالي». */
function centurySpecAt(ctx: Context, i: number): CenturyAt | null {
  const { tokens, data, ref } = ctx;
  const named = ordinalAt(ctx, i);
  if (named && named.value >= 1 && named.value <= 30) return { century: named.value - 1, start: named.start, end: named.end, next: named.endToken };
  const count = countAt(ctx, i);
  if (count && Number.isInteger(count.value) && count.value >= 1 && count.value <= 30) {
    return { century: count.value - 1, start: count.start, end: count.end, next: count.next };
  }
  const relation = data.periods.at(tokens, i);
  if (relation && relation.value !== 'recent') {
    const century = ref === null ? null : Math.floor(ref.year / 100) + RELATION_OFFSET[relation.value];
    return { century, start: relation.start, end: relation.end, next: relation.next };
  }
  return null;
}

/** A word of `set` at token `i`, with the article («القرن», «للقرن») or without it («عقد»). */
function headWordAt(ctx: Context, i: number, set: ReadonlySet<string>, clitics: boolean, definite: boolean): Piece | null {
  const token = ctx.tokens[i];
  if (token === undefined || token.kind !== 'arabic') return null;
  for (let r = 0; r < readingCount(token, clitics); r += 1) {
    const analysis = token.analyses[r];
    if (analysis === undefined) break;
    if (definite ? analysis.article && set.has(analysis.stem) : set.has(analysis.form)) {
      return { start: token.start + analysis.offset, end: token.end, next: i + 1 };
    }
  }
  return null;
}

/** «القرن العشرين» → 19 (19XX), «القرن التاسع عشر» → 18, «القرن الماضي» (ref 2023) → 19. */
export function centuryAt(ctx: Context, i: number, clitics: boolean): CenturyAt | null {
  if (!opens(ctx, i, OPENS.century)) return null;
  const head = headWordAt(ctx, i, ctx.data.centuryWord, clitics, true);
  if (!head) return null;
  const spec = centurySpecAt(ctx, head.next);
  return spec ? { century: spec.century, start: head.start, end: spec.end, next: spec.next } : null;
}

/** A decade as the TIMEX3 prefix of its years (the 1990s → 199), null when relative without a reference. */
export interface DecadeAt extends Piece {
  readonly decade: number | null;
}

/**
 * «التسعينيات» → 199, «تسعينيات القرن الماضي» (ref 2023) → 199, «عقد الثمانينات» → 198,
 * «العشرينيات» (ref 2023) → 202: without «القرن …» the latest such decade begun by the
 * reference year; without a reference, the 20th century.
 */
export function decadeAt(ctx: Context, i: number, clitics: boolean): DecadeAt | null {
  if (!opens(ctx, i, OPENS.decade)) return null;
  const { tokens, data, ref } = ctx;
  const head = headWordAt(ctx, i, data.decadeWord, clitics, false);
  const k = head ? head.next : i;
  const token = tokens[k];
  if (token === undefined || token.kind !== 'arabic') return null;
  let tens: number | undefined;
  let start = token.start;
  for (let r = 0; r < readingCount(token, clitics && !head); r += 1) {
    const analysis = token.analyses[r];
    if (analysis === undefined) break;
    tens = data.decades.get(analysis.form) ?? (analysis.article ? data.decades.get(analysis.stem) : undefined);
    if (tens !== undefined) {
      start = token.start + analysis.offset;
      break;
    }
  }
  if (tens === undefined) return null;
  const of = data.markers.of.at(tokens, k + 1);
  const century = centuryAt(ctx, of ? of.next : k + 1, false);
  let decade: number | null;
  if (century) decade = century.century === null ? null : century.century * 10 + tens / 10;
  else if (ref !== null) {
    const begun = Math.floor(ref.year / 100) * 100 + tens;
    decade = (begun > ref.year ? begun - 100 : begun) / 10;
  } else decade = 190 + tens / 10;
  const last = century ?? token;
  return { decade, start: head?.start ?? start, end: last.end, next: century ? century.next : k + 1 };
}

/** «أوائل التسعينيات» is handled by the mod rule around this one: «التسعينيات» → 199X. */
export const decade: Rule = (ctx, i) => {
  const found = decadeAt(ctx, i, true);
  if (!found) return null;
  const when = found.decade === null ? null : { unit: 'decade' as const, decade: found.decade };
  return { rule: 'decade', reading: { kind: 'point', when }, start: found.start, end: found.end, next: found.next };
};

/** «القرن العشرين» → 19XX, «القرن الحادي والعشرين» → 20XX, «القرن الماضي» (ref 2023) → 19XX. */
export const century: Rule = (ctx, i) => {
  const found = centuryAt(ctx, i, true);
  if (!found) return null;
  const when = found.century === null ? null : { unit: 'century' as const, century: found.century };
  return { rule: 'century', reading: { kind: 'point', when }, start: found.start, end: found.end, next: found.next };
};
