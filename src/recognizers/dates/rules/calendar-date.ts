import { addMonths, isValidDay, weekday as weekdayOf, type Day } from '../calendar.js';
import { numberAt, ordinalAt } from '../count.js';
import type { MonthName } from '../data.js';
import { foundOf } from '../copies.js';
import { opens, OPENS } from '../dispatch.js';
import { memoized } from '../memo.js';
import { resolvePartial, type PartialDate, type Resolved } from '../resolve.js';
import { integerOf, isDefinite, isDigits, isMark, touching } from '../tokens.js';
import type { Context, Found, Piece, Rule, When } from '../types.js';
import { relativePeriodAt } from './period.js';
import { weekdayNameAt } from './weekday.js';

/** A month name, perhaps paired with its other name: «سبتمبر/أيلول», «أيلول (سبتمبر)». */
export interface MonthRef extends Piece {
  readonly name: MonthName;
  /** Confirmed by a second name of the same month, so an ambiguous name («آب») is safe. */
  readonly paired: boolean;
}

const OPEN = '(';
const CLOSE = ')';

/**
 * A month name at token `i`, with its pair when the text gives both calendars' names:
 * «سبتمبر/أيلول», «أيلول/سبتمبر», «تشرين الثاني/ نوفمبر», «أيلول (سبتمبر)», «أيلول سبتمبر».
 */
export function monthAt(ctx: Context, i: number, clitics: boolean): MonthRef | null {
  const { tokens, data } = ctx;
  const first = clitics ? data.months.atWithClitics(tokens, i) : data.months.at(tokens, i);
  if (!first) return null;
  const same = (j: number): ReturnType<typeof data.months.at> => {
    const other = data.months.at(tokens, j);
    return other && other.value.calendar === first.value.calendar && other.value.month === first.value.month ? other : null;
  };
  const name = { ...first.value };
  // «سبتمبر/أيلول», «أيلول - سبتمبر»
  if (isMark(tokens, first.next, data.markers.pairSeparators)) {
    const second = same(first.next + 1);
    if (second) return { name, paired: true, start: first.start, end: second.end, next: second.next };
  }
  // «أيلول (سبتمبر)»
  if (tokens[first.next]?.text === OPEN) {
    const second = same(first.next + 1);
    const close = second ? tokens[second.next] : undefined;
    if (second && close?.text === CLOSE) return { name, paired: true, start: first.start, end: close.end, next: second.next + 1 };
  }
  // «أيلول سبتمبر»
  const second = same(first.next);
  if (second) return { name, paired: true, start: first.start, end: second.end, next: second.next };
  return { name, paired: false, start: first.start, end: first.end, next: first.next };
}

/**
 * A day of the month: «19», «الـ19», or with `ordinal` a number word read by the numbers
 * recognizer, ordinal («السابع من أكتوبر», «الحادي والعشرين من مايو», «أول يناير») or
 * cardinal («العشرين من الشهر المقبل»).
 */
export function dayAt(ctx: Context, i: number, ordinal = false): (Piece & { readonly day: number }) | null {
  if (!opens(ctx, i, OPENS.day)) return null;
  const { tokens } = ctx;
  const first = tokens[i];
  // «الـ19 من سبتمبر»: the article written before the digits.
  const article = first?.kind === 'arabic' && first.text === 'ال' && touching(first, tokens[i + 1]);
  const digits = article ? tokens[i + 1] : first;
  const value = integerOf(digits);
  if (first !== undefined && digits !== undefined && value !== null && value.digits <= 2 && value.value >= 1 && value.value <= 31) {
    return { day: value.value, start: first.start, end: digits.end, next: article ? i + 2 : i + 1 };
  }
  return ordinal && first?.kind === 'arabic' ? dayInWordsAt(ctx, i) : null;
}

/** A day of the month in words: «السابع», «الحادي والعشرين», «العشرين», «واحد وعشرين». */
const dayInWordsAt = memoized((ctx: Context, i: number): (Piece & { readonly day: number }) | null => {
  const rank = ordinalAt(ctx, i);
  if (rank && rank.value >= 1 && rank.value <= 31) return { day: rank.value, start: rank.start, end: rank.end, next: rank.endToken };
  // «العشرين من الشهر المقبل», «واحد وعشرين مايو», «الخمسة عشر»: a cardinal in words.
  const cardinal = numberAt(ctx, i);
  if (!cardinal || !Number.isInteger(cardinal.value) || cardinal.value < 1 || cardinal.value > 31) return null;
  return { day: cardinal.value, start: cardinal.start, end: cardinal.end, next: cardinal.endToken };
});

/** The year written after a month, or a period word in its place. */
interface YearPart extends Piece {
  readonly year: number | null;
  readonly calendar: 'gregorian' | 'hijri' | null;
  readonly relation: PartialDate['relation'];
  readonly yearOffset: number | null;
}

/** A year number after «عام/سنة» (3–4 digits) or bare (4 digits), with its era mark («2020م», «1445 هـ»). */
export function yearNumberAt(
  ctx: Context,
  i: number,
  withWord: boolean,
): (Piece & { readonly year: number; readonly calendar: 'gregorian' | 'hijri' | null }) | null {
  const { tokens, data } = ctx;
  const token = tokens[i];
  const value = integerOf(token);
  if (value === null || token === undefined || value.digits > 4 || value.digits < (withWord ? 3 : 4) || value.value < 100) return null;
  const gregorian = data.markers.gregorianEra.at(tokens, i + 1);
  if (gregorian) return { year: value.value, calendar: 'gregorian', start: token.start, end: gregorian.end, next: gregorian.next };
  const hijri = data.markers.hijriEra.at(tokens, i + 1);
  if (hijri) return { year: value.value, calendar: 'hijri', start: token.start, end: hijri.end, next: hijri.next };
  return { year: value.value, calendar: null, start: token.start, end: token.end, next: i + 1 };
}

/**
 * What follows a month: «2023», «عام 2023», «من عام 2016», «الماضي», «من العام الماضي».
 */
function yearPartAt(ctx: Context, i: number): YearPart | null {
  const { tokens, data } = ctx;
  // «19 سبتمبر، 2023», «16. نوفمبر. 2016»: a mark glued to the month, then the year.
  const mark = tokens[i];
  if (mark && touching(tokens[i - 1], mark) && (data.markers.listSeparators.has(mark.text) || data.markers.dateSeparators.has(mark.text))) {
    const number = yearNumberAt(ctx, i + 1, false);
    return number ? { year: number.year, calendar: number.calendar, relation: null, yearOffset: null, start: mark.start, end: number.end, next: number.next } : null;
  }
  const of = data.markers.of.at(tokens, i);
  const afterOf = of ? of.next : i;
  const word = data.markers.yearWords.atWithClitics(tokens, afterOf);
  const number = yearNumberAt(ctx, word ? word.next : afterOf, word !== null);
  if (number) {
    return { year: number.year, calendar: number.calendar, relation: null, yearOffset: null, start: of?.start ?? word?.start ?? number.start, end: number.end, next: number.next };
  }
  // «سبتمبر من العام الماضي»
  const period = relativePeriodAt(ctx, afterOf, false);
  if (period && period.unit.id === 'year') {
    return { year: null, calendar: null, relation: null, yearOffset: period.offset, start: of?.start ?? period.start, end: period.end, next: period.next };
  }
  // «19 سبتمبر الماضي»
  const relation = of ? null : data.periods.at(tokens, i);
  if (relation && relation.value !== 'recent') {
    return { year: null, calendar: null, relation: relation.value, yearOffset: null, start: relation.start, end: relation.end, next: relation.next };
  }
  return null;
}

/** A written date before it is resolved, and which form it had. */
export interface CoreDate extends PartialDate {
  readonly form: 'day-month-year' | 'month-year' | 'month' | 'numeric-date';
  /** The month name was ambiguous and stood alone («مارس»): needs «شهر» or a day/year. */
  readonly bareAmbiguous: boolean;
}

/** The fields of a written date; those left out are null. */
type CoreFields = Pick<PartialDate, 'calendar' | 'year' | 'month' | 'day'> & Partial<Pick<PartialDate, 'relation' | 'yearOffset' | 'monthOffset'>>;

/** A written date, field by field (no object spread: a slow path in V8). */
function coreDate(fields: CoreFields, form: CoreDate['form'], bareAmbiguous: boolean, start: number, last: Omit<Piece, 'start'>): CoreDate {
  return {
    relation: fields.relation ?? null,
    yearOffset: fields.yearOffset ?? null,
    monthOffset: fields.monthOffset ?? null,
    calendar: fields.calendar,
    year: fields.year,
    month: fields.month,
    day: fields.day,
    form,
    bareAmbiguous,
    start,
    end: last.end,
    next: last.next,
  };
}

/**
 * Day, month and year in words: «19 سبتمبر/أيلول 2023», «9 تشرين الثاني/ نوفمبر 2020»,
 * «12 يناير من عام 2016», «20 من الشهر المقبل», «21 الجاري», «أيار/ مايو 2023», «سبتمبر الماضي»,
 * «4 ربيع الأول 1445 هـ».
 */
export function wordDateAt(ctx: Context, i: number, clitics: boolean, afterWeekday = false): CoreDate | null {
  if (!opens(ctx, i, OPENS.writtenDate)) return null;
  const memo = clitics ? (afterWeekday ? WORD_DATES.cliticsAfterWeekday : WORD_DATES.clitics) : afterWeekday ? WORD_DATES.afterWeekday : WORD_DATES.plain;
  return memo(ctx, i);
}

/** {@link wordDateAt} memoized for each combination of its options: range, calendar dates and mods all read the date at a token. */
const WORD_DATES = {
  plain: memoized((ctx: Context, i: number) => readWordDate(ctx, i, false, false)),
  clitics: memoized((ctx: Context, i: number) => readWordDate(ctx, i, true, false)),
  afterWeekday: memoized((ctx: Context, i: number) => readWordDate(ctx, i, false, true)),
  cliticsAfterWeekday: memoized((ctx: Context, i: number) => readWordDate(ctx, i, true, true)),
};

function readWordDate(ctx: Context, i: number, clitics: boolean, afterWeekday: boolean): CoreDate | null {
  const { tokens, data } = ctx;
  // An ordinal after a definite noun is its adjective: «الأسبوع الأول من سبتمبر» is no 1 September.
  const day = dayAt(ctx, i, afterWeekday || !isDefinite(tokens[i - 1]));
  if (day) {
    // «28-نوفمبر», «2/ أكتوبر», «2. أكتوبر»
    const glued = isMark(tokens, day.next, data.markers.dateSeparators) && touching(tokens[day.next - 1], tokens[day.next]);
    const afterDay = glued ? day.next + 1 : day.next;
    const of = data.markers.of.at(tokens, afterDay);
    const month = monthAt(ctx, of ? of.next : afterDay, false);
    if (!month) {
      // «20 من الشهر المقبل», «31 من هذا الشهر»; «21 الجاري» (the 21st of this month)
      const current = of || glued ? null : data.periods.at(tokens, afterDay);
      const period =
        current?.value === 'current'
          ? { offset: 0, end: current.end, next: current.next }
          : of && !glued
            ? relativePeriodAt(ctx, of.next, false)
            : null;
      if (!period || ('unit' in period && period.unit.id !== 'month')) return null;
      const fields = { calendar: 'gregorian', year: null, month: null, day: day.day, monthOffset: period.offset } as const;
      return coreDate(fields, 'day-month-year', false, day.start, period);
    }
    const year = yearPartAt(ctx, month.next);
    const eraClash = year?.calendar !== null && year?.calendar !== undefined && year.calendar !== month.name.calendar;
    const kept = eraClash ? null : year;
    const fields = {
      calendar: month.name.calendar,
      year: kept?.year ?? null,
      month: month.name.month,
      day: day.day,
      relation: kept?.relation ?? null,
      yearOffset: kept?.yearOffset ?? null,
    };
    return coreDate(fields, 'day-month-year', false, day.start, kept ?? month);
  }
  const month = monthAt(ctx, i, clitics);
  if (!month) return null;
  const year = yearPartAt(ctx, month.next);
  const kept = year && (year.calendar === null || year.calendar === month.name.calendar) ? year : null;
  const fields = {
    calendar: month.name.calendar,
    year: kept?.year ?? null,
    month: month.name.month,
    day: null,
    relation: kept?.relation ?? null,
    yearOffset: kept?.yearOffset ?? null,
  };
  const form = kept?.year !== null && kept?.year !== undefined ? 'month-year' : 'month';
  const bareAmbiguous = (month.name.ambiguous || month.name.calendar === 'hijri') && !month.paired && (kept?.year ?? null) === null;
  return coreDate(fields, form, bareAmbiguous, month.start, kept ?? month);
}

/** Whether `text` holds exactly two dots. */
function hasTwoDots(text: string): boolean {
  const first = text.indexOf('.');
  const second = first < 0 ? -1 : text.indexOf('.', first + 1);
  return second >= 0 && text.indexOf('.', second + 1) < 0;
}

/** Two-digit years: 00–49 → 20xx, 50–99 → 19xx. */
const expandYear = (year: number, digits: number): number => (digits === 2 ? (year < 50 ? 2000 + year : 1900 + year) : year);

/**
 * Numeric dates, day first as Arab newspapers write them: «19/9/2023», «١٩/٩/٢٠٢٣»,
 * «19-09-2023», «19.9.2023»; ISO «2023-09-19» and «2023/09/19»; «14-09-1432 هـ» in the
 * Hijri calendar. A first field over 12 with a second ≤ 12 stays day first; a second
 * field over 12 makes it month first («9-18-2015»).
 */
export function numericDateAt(ctx: Context, i: number): CoreDate | null {
  const { tokens, data } = ctx;
  const token = tokens[i];
  if (token === undefined || token.kind !== 'number') return null;
  let fields: string[];
  let next: number;
  if (token.text.includes('.')) {
    // «19.9.2023» is one token; anything but two dots is no date (checked before splitting a long run).
    if (!hasTwoDots(token.text)) return null;
    fields = token.text.split('.');
    next = i + 1;
  } else {
    const sep = tokens[i + 1];
    const middle = tokens[i + 2];
    const sep2 = tokens[i + 3];
    const last = tokens[i + 4];
    if (!sep || !middle || !sep2 || !last || sep.kind !== 'punct' || sep.text !== sep2.text || !data.markers.dateSeparators.has(sep.text)) return null;
    if (middle.kind !== 'number' || last.kind !== 'number') return null;
    if (!touching(token, sep) || !touching(sep, middle) || !touching(middle, sep2) || !touching(sep2, last)) return null;
    // Part of a longer chain («1/2/3/4»)?
    const after = tokens[i + 5];
    if (after && after.kind === 'punct' && data.markers.dateSeparators.has(after.text) && touching(last, after) && tokens[i + 6]?.kind === 'number') return null;
    fields = [token.text, middle.text, last.text];
    next = i + 5;
  }
  const before = tokens[i - 1];
  if (before && before.kind === 'punct' && data.markers.dateSeparators.has(before.text) && touching(before, token)) return null;
  if (fields.length !== 3 || fields.some((field) => field.length === 0 || field.length > 4 || !isDigits(field))) return null;
  const [a = '', b = '', c = ''] = fields;
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    [year, month, day] = [Number(a), Number(b), Number(c)];
  } else if (c.length === 4 || c.length === 2) {
    if (a.length > 2 || b.length > 2) return null;
    year = expandYear(Number(c), c.length);
    [day, month] = [Number(a), Number(b)];
    if (month > 12 && day <= 12) [day, month] = [month, day];
  } else return null;
  const lastToken = tokens[next - 1] ?? token;
  const hijri = data.markers.hijriEra.at(tokens, next);
  const gregorian = hijri ? null : data.markers.gregorianEra.at(tokens, next);
  const era = hijri ?? gregorian;
  const date = { calendar: hijri ? 'hijri' : 'gregorian', year, month, day } as const;
  return coreDate(date, 'numeric-date', false, token.start, era ?? { end: lastToken.end, next });
}

/**
 * The date of a day of the month given without its month: in the reference month, or with
 * a weekday in the nearest month where that day falls on it («الخميس 21», ref 2017-09-27 →
 * 2017-09-21). Null without a reference; undefined when the day does not exist or no
 * nearby month puts it on the weekday.
 */
function dayOfMonth(ref: Day | null, day: number, weekdayWanted: number | null): When | null | undefined {
  if (ref === null) return isValidDay(2000, 1, day) ? { unit: 'day', year: null, month: null, day } : undefined;
  for (const offset of weekdayWanted === null ? [] : [0, -1, 1]) {
    const month = addMonths({ year: ref.year, month: ref.month, day: 1 }, offset);
    if (isValidDay(month.year, month.month, day) && weekdayOf({ year: month.year, month: month.month, day }) === weekdayWanted) {
      return { unit: 'day', year: month.year, month: month.month, day };
    }
  }
  return weekdayWanted === null && isValidDay(ref.year, ref.month, day) ? { unit: 'day', year: ref.year, month: ref.month, day } : undefined;
}

/** A resolved calendar date with its span, ready to report. */
function found(core: CoreDate, resolved: Resolved, start: number, end: number, next: number): Found {
  const rule = core.calendar === 'hijri' ? 'hijri-date' : core.form;
  return foundOf(rule, resolved.reading, { start, end, next }, { hijri: resolved.hijri });
}

/**
 * «4 ربيع الأول 1445 هـ الموافق 19 سبتمبر 2023»: the same day in the other calendar
 * after «الموافق» joins the span; the Gregorian reading gives the value, the Hijri one `hijri`.
 */
function withCorresponding(ctx: Context, core: CoreDate, resolved: Resolved): { resolved: Resolved; end: number; next: number } {
  const link = ctx.data.markers.corresponding.at(ctx.tokens, core.next);
  const other = link ? (numericDateAt(ctx, link.next) ?? wordDateAt(ctx, link.next, false)) : null;
  if (!other || other.calendar === core.calendar || other.day === null || core.day === null) return { resolved, end: core.end, next: core.next };
  const otherResolved = resolvePartial(other, ctx.ref);
  if (!otherResolved) return { resolved, end: core.end, next: core.next };
  const [gregorian, hijri] = core.calendar === 'gregorian' ? [resolved, otherResolved] : [otherResolved, resolved];
  const merged: Resolved = hijri.hijri === undefined ? { reading: gregorian.reading } : { reading: gregorian.reading, hijri: hijri.hijri };
  return { resolved: merged, end: other.end, next: other.next };
}

/**
 * Calendar dates with their optional heads: «الثلاثاء 19 سبتمبر/أيلول 2023»,
 * «يوم الاثنين 12 يناير 2016», «الأربعاء، 22 يناير», «شهر رمضان», «في سبتمبر»,
 * «19/9/2023», «يوم 27». A weekday beside a date does not change it: the date wins.
 */
export const calendarDate: Rule = (ctx, i) => (opens(ctx, i, OPENS.calendarDate) ? calendarDateAt(ctx, i) : null);

const calendarDateAt = memoized((ctx: Context, i: number): Found | null => {
  const { tokens, data } = ctx;
  let k = i;
  let start: number | null = null;
  const monthWord = data.monthWord.atWithClitics(tokens, i);
  const dayWord = monthWord ? null : data.dayWord.atWithClitics(tokens, i);
  const head = monthWord ?? dayWord;
  if (head) {
    k = head.next;
    start = head.start;
  }
  const weekday = monthWord ? null : weekdayNameAt(ctx, k, k === i);
  let linked = false;
  if (weekday) {
    start ??= weekday.start;
    k = weekday.next;
    if (isMark(tokens, k, data.markers.listSeparators)) k += 1;
    const link = data.markers.weekdayLinks.at(tokens, k);
    linked = link !== null;
    k = link?.next ?? k;
  }
  const core = numericDateAt(ctx, k) ?? wordDateAt(ctx, k, k === i, weekday !== null);
  if (!core) {
    // «يوم 27», «الخميس 21», «الجمعة في الثانية والعشرين»: a day of a month near the reference.
    // An ordinal right after a weekday ranks it instead («الأحد الثاني», the second Sunday).
    const day = dayWord || weekday ? dayAt(ctx, k, linked) : null;
    if (!day || start === null || data.months.at(tokens, day.next) || data.unitForms.has(tokens[day.next]?.text ?? '')) return null;
    const when = dayOfMonth(ctx.ref, day.day, weekday?.weekday ?? null);
    return when === undefined ? null : { rule: 'day-of-month', reading: { kind: 'point', when }, start, end: day.end, next: day.next };
  }
  if ((weekday || dayWord) && core.day === null) return null;
  if (monthWord && core.day !== null) return null;
  if (core.bareAmbiguous && !monthWord) return null;
  const resolved = resolvePartial(core, ctx.ref);
  if (!resolved) return null;
  const joined = withCorresponding(ctx, core, resolved);
  return found(core, joined.resolved, start ?? core.start, joined.end, joined.next);
});

