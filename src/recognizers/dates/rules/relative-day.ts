import { addDays } from '../calendar.js';
import { whenAt } from '../resolve.js';
import { memoized } from '../memo.js';
import type { Rule } from '../types.js';
import { calendarDate } from './calendar-date.js';
import { weekdayNameAt } from './weekday.js';

/**
 * Days named by their distance from the reference: «أمس», «يوم أمس», «اليوم», «غدا»,
 * «بعد غد», «أول أمس»; a weekday after it stays in the span and the word decides the
 * value: «أمس الثلاثاء», «اليوم الأربعاء» (ref 2023-09-20 → 2023-09-20); a written date
 * after it gives the value instead: «اليوم 6 مايو».
 * «اليوم التالي» (narrative), «ذلك اليوم», «طوال اليوم» are not today.
 */
export const relativeDay: Rule = memoized((ctx, i) => {
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
    return { ...written, rule: 'relative-day', start };
  }
  const when = ref === null ? null : whenAt(addDays(ref, word.value.offset), 'day');
  return { rule: 'relative-day', reading: { kind: 'point', when }, start, end: named.end, next: named.next };
});
