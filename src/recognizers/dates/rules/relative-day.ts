import { addDays } from '../calendar.js';
import { foundWith } from '../copies.js';
import { opens, OPENS } from '../dispatch.js';
import { memoized } from '../memo.js';
import { whenAt } from '../resolve.js';
import type { Context, Found, Rule } from '../types.js';
import { calendarDate } from './calendar-date.js';
import { weekdayNameAt } from './weekday.js';

/**
 * Days named by their distance from the reference: «أمس», «يوم أمس», «اليوم», «غدا»,
 * «بعد غد», «أول أمس»; a weekday after it stays in the span and the word decides the
 * value: «أمس الثلاثاء», «اليوم الأربعاء» (ref 2023-09-20 → 2023-09-20); a written date
 * after it gives the value instead: «اليوم 6 مايو».
 * «اليوم التالي» (narrative), «ذلك اليوم», «طوال اليوم» are not today.
 */
export const relativeDay: Rule = (ctx, i) => (opens(ctx, i, OPENS.relativeDay) ? relativeDayAt(ctx, i) : null);

const relativeDayAt = memoized((ctx: Context, i: number): Found | null => {
  const { tokens, data, ref } = ctx;
  const direct = data.relativeDays.atWithClitics(tokens, i);
  const head = data.dayWord.atWithClitics(tokens, i);
  const afterHead = head ? data.relativeDays.at(tokens, head.next) : null;
  const useHead = afterHead !== null && (direct === null || afterHead.next > direct.next);
  const word = useHead ? afterHead : direct;
  if (!word) return null;
  if (word.value.notPrecededBy.has(tokens[i - 1]?.text ?? '')) return null;
  if (word.value.notFollowedBy.has(tokens[word.next]?.text ?? '')) return null;
  const start = useHead && head ? head.start : word.start;
  const weekday = weekdayNameAt(ctx, word.next, false);
  const named = weekday ?? word;
  // «اليوم 6 مايو», «أمس الثلاثاء 19 سبتمبر»: the written date joins the span and gives the value.
  const written = calendarDate(ctx, named.next);
  if (written && written.reading.kind === 'point' && written.reading.when?.unit === 'day') {
    return foundWith(written, { rule: 'relative-day', reading: written.reading, start, end: written.end, next: written.next });
  }
  const when = ref === null ? null : whenAt(addDays(ref, word.value.offset), 'day');
  return { rule: 'relative-day', reading: { kind: 'point', when }, start, end: named.end, next: named.next };
});
