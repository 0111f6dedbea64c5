import type { DateMod, Qualifier } from '../../types.js';
import clockJson from './data/clock.json';
import decadesJson from './data/decades.json';
import markersJson from './data/markers.json';
import monthsJson from './data/months.json';
import partsJson from './data/parts-of-day.json';
import periodsJson from './data/periods.json';
import qualifiersJson from './data/qualifiers.json';
import relativeJson from './data/relative-days.json';
import unitsJson from './data/units.json';
import weekdaysJson from './data/weekdays.json';
import { foldWords, phraseTable, wordClass, type PhraseTable } from './phrase-table.js';
import type { PartOfDay } from './types.js';

/** Exactly twelve of something: the months of a calendar, the hours of a clock face. */
export type Twelve<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T];
/** Exactly seven: the days of the week. */
export type Seven<T> = readonly [T, T, T, T, T, T, T];

/** A month name: which calendar, which month (1–12), and whether it is also an ordinary word. */
export interface MonthName {
  readonly calendar: 'gregorian' | 'hijri';
  readonly month: number;
  readonly ambiguous: boolean;
}

/** «أمس» and its kin: the distance in days, and the neighbours that cancel the reading. */
export interface RelativeDay {
  readonly offset: number;
  readonly notFollowedBy: ReadonlySet<string>;
  readonly notPrecededBy: ReadonlySet<string>;
}

/** How a clock hour reads with a part of day («الثالثة عصرا» = 15:00). */
export type ClockShift = 'am' | 'noon' | 'pm' | 'night';

export interface PartInfo {
  readonly timex: PartOfDay;
  readonly clock: ClockShift;
}

export type UnitId = 'century' | 'decade' | 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

export interface Unit {
  readonly id: UnitId;
  /** TIMEX3 designator: Y, M, W, D, H, M, S, DE, CE. */
  readonly designator: string;
  /** Whether the designator goes after T (hours, minutes, seconds). */
  readonly time: boolean;
  /** Whether «ال<unit> الماضي» names a calendar period (year, month, week, decade, century). */
  readonly calendar: boolean;
  /** Forms («العام») that are the adjective «general» after one of `adjectiveHeads` («الأمين العام»). */
  readonly adjectiveForms: ReadonlySet<string>;
  readonly adjectiveHeads: ReadonlySet<string>;
}

/** One written form of a unit and its grammatical number. */
export interface UnitForm {
  readonly unit: Unit;
  readonly number: 'singular' | 'dual' | 'plural';
  /** Also an ordinary word («عقود»: contracts): a duration only after a trigger. */
  readonly needsTrigger: boolean;
}

/** Where a period lies relative to the reference: «الماضي», «المقبل», «الجاري», «الأخيرة». */
export type Relation = 'past' | 'next' | 'current' | 'recent';

/** The compiled date vocabulary. Every word is folded with normalize(). */
export interface DateData {
  readonly months: PhraseTable<MonthName>;
  readonly monthWord: PhraseTable<true>;
  /** Weekday number, 0 = Sunday … 6 = Saturday. */
  readonly weekdays: PhraseTable<number>;
  readonly weekdayNotFollowedBy: ReadonlySet<string>;
  readonly weekdayNotPrecededBy: ReadonlySet<string>;
  readonly relativeDays: PhraseTable<RelativeDay>;
  readonly dayWord: PhraseTable<true>;
  readonly partsBefore: PhraseTable<PartInfo>;
  readonly partsAfter: PhraseTable<PartInfo>;
  readonly partsStandalone: PhraseTable<{ readonly part: PartInfo; readonly offset: number }>;
  /** Unit forms by their folded word without the article. */
  readonly unitForms: ReadonlyMap<string, UnitForm>;
  readonly units: { readonly [U in UnitId]: Unit };
  readonly periods: PhraseTable<Relation>;
  readonly demonstratives: PhraseTable<true>;
  readonly qualifiers: PhraseTable<Qualifier>;
  readonly mods: PhraseTable<DateMod>;
  /** Decade words without the article → tens (90 for «التسعينيات»). */
  readonly decades: ReadonlyMap<string, number>;
  readonly decadeWord: ReadonlySet<string>;
  readonly centuryWord: ReadonlySet<string>;
  readonly clock: {
    readonly hourWord: PhraseTable<true>;
    readonly hours: PhraseTable<number>;
    readonly minutes: PhraseTable<number>;
    readonly utc: PhraseTable<true>;
    readonly zoneWord: PhraseTable<true>;
  };
  readonly markers: {
    readonly yearWords: PhraseTable<true>;
    readonly yearWordsDual: PhraseTable<true>;
    readonly gregorianEra: PhraseTable<true>;
    readonly hijriEra: PhraseTable<true>;
    readonly corresponding: PhraseTable<true>;
    readonly of: PhraseTable<true>;
    readonly rangeFrom: PhraseTable<true>;
    readonly rangeTo: PhraseTable<true>;
    readonly rangeBetween: PhraseTable<true>;
    readonly dashes: ReadonlySet<string>;
    readonly pairSeparators: ReadonlySet<string>;
    readonly dateSeparators: ReadonlySet<string>;
    readonly listSeparators: ReadonlySet<string>;
    readonly sentenceEnds: ReadonlySet<string>;
    readonly ago: PhraseTable<true>;
    readonly later: PhraseTable<true>;
    readonly fromNow: PhraseTable<true>;
    readonly eventAnchor: PhraseTable<true>;
    readonly vagueCounts: PhraseTable<true>;
    readonly whole: PhraseTable<true>;
    readonly one: PhraseTable<true>;
    readonly addedFractions: PhraseTable<number>;
    readonly durationTriggers: PhraseTable<true>;
    readonly singularDurationTriggers: PhraseTable<true>;
    /** «طوال», «طيلة»: all of a period; kept in the span («طوال اليوم»). */
    readonly throughout: PhraseTable<true>;
    readonly yearTriggers: PhraseTable<true>;
    readonly weekdayLinks: PhraseTable<true>;
    readonly timeLinks: PhraseTable<true>;
  };
}

function fail(file: string, message: string): never {
  throw new Error(`arabic-entities: src/recognizers/dates/data/${file}: ${message}`);
}

/** Checks that a list has exactly `n` non-empty slots. */
function exactly<T extends readonly unknown[]>(list: readonly T[], n: number, file: string, what: string): void {
  if (list.length !== n) fail(file, `${what} must list exactly ${n} entries, found ${list.length}`);
  list.forEach((slot, index) => {
    if (slot.length === 0) fail(file, `${what} slot ${index + 1} has no words`);
  });
}

/** Twelve month slots, each a list of spellings: the tuple type makes a missing month a compile error downstream. */
function twelve(list: readonly (readonly string[])[], file: string, what: string): Twelve<readonly string[]> {
  exactly(list, 12, file, what);
  return list as unknown as Twelve<readonly string[]>;
}

function seven(list: readonly (readonly string[])[], file: string, what: string): Seven<readonly string[]> {
  exactly(list, 7, file, what);
  return list as unknown as Seven<readonly string[]>;
}

/** Folds single words into a set («عشر» → «عشر», «الإثنين» → «الاثنين»). */
function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((word) => foldWords(word)));
}

/** Month names of every calendar and region, by folded phrase. */
function compileMonths(): PhraseTable<MonthName> {
  const file = 'months.json';
  const ambiguous = foldedSet(monthsJson.ambiguous);
  const pairs: [string, MonthName][] = [];
  const add = (slots: Twelve<readonly string[]>, calendar: MonthName['calendar']): void => {
    slots.forEach((spellings, index) => {
      for (const spelling of spellings) {
        const folded = foldWords(spelling).join(' ');
        pairs.push([spelling, { calendar, month: index + 1, ambiguous: ambiguous.has(folded) }]);
      }
    });
  };
  for (const [region, slots] of Object.entries(monthsJson.gregorian)) add(twelve(slots, file, `gregorian.${region}`), 'gregorian');
  add(twelve(monthsJson.hijri, file, 'hijri'), 'hijri');
  return phraseTable(pairs, 'months');
}

const UNIT_IDS: readonly UnitId[] = ['century', 'decade', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

function compileUnits(): Pick<DateData, 'unitForms' | 'units'> {
  const file = 'units.json';
  const forms = new Map<string, UnitForm>();
  const seen = new Map<UnitId, Unit>();
  for (const raw of unitsJson.units) {
    const id = UNIT_IDS.find((known) => known === raw.id);
    if (!id) fail(file, `unknown unit "${raw.id}"`);
    if (seen.has(id)) fail(file, `unit "${id}" is listed twice`);
    const unit: Unit = {
      id,
      designator: raw.timex,
      time: raw.time,
      calendar: raw.calendar,
      adjectiveForms: foldedSet('adjectiveAfter' in raw ? raw.adjectiveAfter.forms : []),
      adjectiveHeads: foldedSet('adjectiveAfter' in raw ? raw.adjectiveAfter.heads : []),
    };
    seen.set(id, unit);
    const needsTrigger = foldedSet('needsTrigger' in raw ? raw.needsTrigger : []);
    const numbers = [
      ['singular', raw.singular],
      ['dual', raw.dual],
      ['plural', raw.plural],
    ] as const;
    for (const [number, words] of numbers) {
      if (words.length === 0) fail(file, `unit "${id}" has no ${number} form`);
      for (const word of words) {
        const folded = foldWords(word).join(' ');
        const known = forms.get(folded);
        if (known && (known.unit.id !== id || known.number !== number)) fail(file, `«${word}» is listed for two units`);
        forms.set(folded, { unit, number, needsTrigger: needsTrigger.has(folded) });
      }
    }
  }
  const byId = (id: UnitId): Unit => seen.get(id) ?? fail(file, `missing unit "${id}"`);
  const units = {
    century: byId('century'),
    decade: byId('decade'),
    year: byId('year'),
    month: byId('month'),
    week: byId('week'),
    day: byId('day'),
    hour: byId('hour'),
    minute: byId('minute'),
    second: byId('second'),
  };
  return { unitForms: forms, units };
}

const PART_CODES: readonly PartOfDay[] = ['MO', 'MI', 'AF', 'EV', 'NI'];
const CLOCK_SHIFTS: readonly ClockShift[] = ['am', 'noon', 'pm', 'night'];

function compileParts(): Pick<DateData, 'partsBefore' | 'partsAfter' | 'partsStandalone'> {
  const file = 'parts-of-day.json';
  const before: [string, PartInfo][] = [];
  const after: [string, PartInfo][] = [];
  const standalone: [string, { part: PartInfo; offset: number }][] = [];
  for (const raw of partsJson.parts) {
    const timex = PART_CODES.find((code) => code === raw.timex);
    const clock = CLOCK_SHIFTS.find((shift) => shift === raw.clock);
    if (!timex || !clock) fail(file, `bad part of day ${JSON.stringify({ timex: raw.timex, clock: raw.clock })}`);
    const part: PartInfo = { timex, clock };
    for (const word of raw.before) before.push([word, part]);
    for (const word of raw.after) after.push([word, part]);
    for (const entry of raw.standalone) for (const word of entry.words) standalone.push([word, { part, offset: entry.offset }]);
  }
  return {
    partsBefore: phraseTable(before, 'parts of day (before)'),
    partsAfter: phraseTable(after, 'parts of day (after)'),
    partsStandalone: phraseTable(standalone, 'parts of day (standalone)'),
  };
}

function compileRelativeDays(): PhraseTable<RelativeDay> {
  const pairs: [string, RelativeDay][] = [];
  for (const raw of relativeJson.days) {
    const day: RelativeDay = {
      offset: raw.offset,
      notFollowedBy: foldedSet('notFollowedBy' in raw ? raw.notFollowedBy : []),
      notPrecededBy: foldedSet('notPrecededBy' in raw ? raw.notPrecededBy : []),
    };
    for (const word of raw.words) pairs.push([word, day]);
  }
  return phraseTable(pairs, 'relative days', (day) => String(day.offset));
}

function compileWeekdays(): PhraseTable<number> {
  const slots = seven(weekdaysJson.weekdays, 'weekdays.json', 'weekdays');
  return phraseTable(
    slots.flatMap((spellings, index) => spellings.map((spelling) => [spelling, index] as const)),
    'weekdays',
  );
}

function compilePeriods(): PhraseTable<Relation> {
  const relations: readonly Relation[] = ['past', 'next', 'current', 'recent'];
  return phraseTable(
    relations.flatMap((relation) => periodsJson[relation].map((word) => [word, relation] as const)),
    'periods',
  );
}

function compileQualifiers(): PhraseTable<Qualifier> {
  const kinds = ['approx', 'more_than', 'less_than'] as const satisfies readonly Qualifier[];
  return phraseTable(
    kinds.flatMap((kind) => qualifiersJson[kind].map((word) => [word, kind] as const)),
    'qualifiers',
  );
}

function compileMods(): PhraseTable<DateMod> {
  const mods = ['early', 'mid', 'late'] as const satisfies readonly DateMod[];
  return phraseTable(
    mods.flatMap((mod) => markersJson.mods[mod].map((word) => [word, mod] as const)),
    'mods',
  );
}

function compileDecades(): ReadonlyMap<string, number> {
  const decades = new Map<string, number>();
  for (const { tens, words } of decadesJson.decades) {
    if (tens % 10 !== 0 || tens < 0 || tens > 90) fail('decades.json', `tens must be 0, 10, … 90, got ${tens}`);
    for (const word of words) decades.set(foldWords(word).join(' '), tens);
  }
  return decades;
}

function compileClock(): DateData['clock'] {
  const hours = twelve(clockJson.hours, 'clock.json', 'hours');
  return {
    hourWord: wordClass(clockJson.hourWord, 'clock.hourWord'),
    hours: phraseTable(
      hours.flatMap((spellings, index) => spellings.map((spelling) => [spelling, index + 1] as const)),
      'clock.hours',
    ),
    minutes: phraseTable(
      clockJson.minutes.flatMap(({ words, minutes }) => words.map((word) => [word, minutes] as const)),
      'clock.minutes',
    ),
    utc: wordClass(clockJson.utc, 'clock.utc'),
    zoneWord: wordClass(clockJson.zoneWord, 'clock.zoneWord'),
  };
}

function valued(list: readonly { words: readonly string[]; value: number }[], what: string): PhraseTable<number> {
  return phraseTable(
    list.flatMap(({ words, value }) => words.map((word) => [word, value] as const)),
    what,
  );
}

function compileMarkers(): DateData['markers'] {
  const m = markersJson;
  const words = (list: readonly string[], what: string): PhraseTable<true> => wordClass(list, `markers.${what}`);
  return {
    yearWords: words(m.yearWords, 'yearWords'),
    yearWordsDual: words(m.yearWordsDual, 'yearWordsDual'),
    gregorianEra: words(m.gregorianEra, 'gregorianEra'),
    hijriEra: words(m.hijriEra, 'hijriEra'),
    corresponding: words(m.corresponding, 'corresponding'),
    of: words(m.of, 'of'),
    rangeFrom: words(m.rangeFrom, 'rangeFrom'),
    rangeTo: words(m.rangeTo, 'rangeTo'),
    rangeBetween: words(m.rangeBetween, 'rangeBetween'),
    dashes: foldedSet(m.dashes),
    pairSeparators: foldedSet(m.pairSeparators),
    dateSeparators: foldedSet(m.dateSeparators),
    listSeparators: foldedSet(m.listSeparators),
    sentenceEnds: foldedSet(m.sentenceEnds),
    ago: words(m.ago, 'ago'),
    later: words(m.later, 'later'),
    fromNow: words(m.fromNow, 'fromNow'),
    eventAnchor: words(m.eventAnchor, 'eventAnchor'),
    vagueCounts: words(m.vagueCounts, 'vagueCounts'),
    whole: words(m.whole, 'whole'),
    one: words(m.one, 'one'),
    addedFractions: valued(m.addedFractions, 'markers.addedFractions'),
    durationTriggers: words(m.durationTriggers, 'durationTriggers'),
    singularDurationTriggers: words(m.singularDurationTriggers, 'singularDurationTriggers'),
    throughout: words(m.throughout, 'throughout'),
    yearTriggers: words(m.yearTriggers, 'yearTriggers'),
    weekdayLinks: words(m.weekdayLinks, 'weekdayLinks'),
    timeLinks: words(m.timeLinks, 'timeLinks'),
  };
}

/**
 * Loads and checks the JSON tables beside this file: 12 months in every Gregorian
 * series and in the Hijri calendar, 7 weekdays, 12 clock hours, every unit once, and
 * no word given two meanings. Throws naming the file on bad data.
 */
export function compileDateData(): DateData {
  return {
    months: compileMonths(),
    monthWord: wordClass(monthsJson.monthWord, 'months.monthWord'),
    weekdays: compileWeekdays(),
    weekdayNotFollowedBy: foldedSet(weekdaysJson.notFollowedBy),
    weekdayNotPrecededBy: foldedSet(weekdaysJson.notPrecededBy),
    relativeDays: compileRelativeDays(),
    dayWord: wordClass(relativeJson.dayWord, 'relative-days.dayWord'),
    ...compileParts(),
    ...compileUnits(),
    periods: compilePeriods(),
    demonstratives: wordClass(periodsJson.this, 'periods.this'),
    qualifiers: compileQualifiers(),
    mods: compileMods(),
    decades: compileDecades(),
    decadeWord: foldedSet(decadesJson.decadeWord),
    centuryWord: foldedSet(decadesJson.centuryWord),
    clock: compileClock(),
    markers: compileMarkers(),
  };
}

/**
 * Builds every phrase table of `data` at once (tables build on first use), so that bad
 * data throws here — at build time (dispatch.prebuilt.ts) and in the tests — and not on
 * the first text that reaches the table.
 */
export function checkDateData(data: DateData): DateData {
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || value instanceof Map || value instanceof Set) return;
    const table = value as Partial<PhraseTable<unknown>>;
    if (typeof table.firstWords === 'function') table.firstWords();
    else Object.values(value).forEach(visit);
  };
  visit(data);
  return data;
}

let compiled: DateData | undefined;

/** The bundled date data, compiled on first use. */
export function dateData(): DateData {
  compiled ??= compileDateData();
  return compiled;
}
