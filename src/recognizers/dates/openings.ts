import { numberWordForms } from '../numbers/words.js';
import type { DateData } from './data.js';
import type { PhraseTable } from './phrase-table.js';

/**
 * First-token dispatch. Every date rule and every shared sub-parser begins by looking its
 * first token up in a word class (a month name, «قبل», a number word, a unit …), so a
 * token that none of those classes lists cannot start it. Most tokens of a news text
 * start no date at all: the recognizer skips them without running a rule, and a
 * sub-parser asked about a token that cannot start it («من» + an ordinary word) answers
 * null at once instead of trying each of its readings.
 *
 * Each opening must cover every way its parser can succeed: a word too many only costs
 * time, a word too few loses dates. tests/recognizers/dates/dispatch.test.ts compares
 * the dispatched recognizer with every rule run at every token.
 */
export interface Opening {
  /** Folded forms of some clitic reading of the token («وبالأمس» reads «الامس»). */
  readonly forms: readonly (readonly string[])[];
  /** Stems of a reading with the article («القرن» → «قرن»). */
  readonly definiteStems: readonly (readonly string[])[];
  /** The article written apart from digits: «الـ24», folded to the token «ال». */
  readonly detachedArticle: boolean;
  /** A number token («19», «2023», «14»). */
  readonly digits: boolean;
}

/** The rules' openings (one per rule of index.ts) and the shared sub-parsers' that guard themselves with {@link opens}. */
export const OPENING_NAMES = [
  'range',
  'modified',
  'clockTime',
  'partOfDay',
  'calendarDate',
  'year',
  'decade',
  'century',
  'relativePeriod',
  'relativeDay',
  'weekday',
  'ago',
  'duration',
  'count',
  'amount',
  'day',
  'writtenDate',
  'dayPoint',
  'time',
  'side',
] as const;

export type OpeningName = (typeof OPENING_NAMES)[number];

if (OPENING_NAMES.length > 31) throw new Error('arabic-entities: more date openings than bits in a token mask');

/** The bit of each opening in a token's mask. */
export const OPENS = Object.fromEntries(OPENING_NAMES.map((name, bit) => [name, 1 << bit])) as Readonly<Record<OpeningName, number>>;

const NONE: Opening = { forms: [], definiteStems: [], detachedArticle: false, digits: false };

/** The openings of several sub-parsers a parser tries in turn. */
function anyOf(...openings: readonly Partial<Opening>[]): Opening {
  return {
    forms: openings.flatMap((o) => o.forms ?? []),
    definiteStems: openings.flatMap((o) => o.definiteStems ?? []),
    detachedArticle: openings.some((o) => o.detachedArticle === true),
    digits: openings.some((o) => o.digits === true),
  };
}

/** A phrase table's first words, matched with their proclitics. */
const phrases = (...tables: readonly PhraseTable<unknown>[]): Opening => ({ ...NONE, forms: tables.map((t) => [...t.firstWords()]) });

/**
 * What each parser can start with, named after it. Built from the compiled data, so a
 * word added to a JSON table opens its parsers with no change here.
 */
function openingsOf(data: DateData): Record<OpeningName, Opening> {
  const { markers, clock } = data;
  const numberWords = [...numberWordForms()];
  const unitWords = [...data.unitForms.keys()];
  const decadeWords = [...data.decades.keys()];
  /** matchNumber / matchOrdinal: a number word, bare or definite («الثالث», «العشرين»). */
  const numberWord = anyOf({ forms: [numberWords], definiteStems: [numberWords] });
  /** countAt: «الـ24», digits, or a number word. */
  const count = anyOf(numberWord, { detachedArticle: true, digits: true });
  /** unitAt: «ساعات», «الأشهر», «لساعات». */
  const unit = anyOf({ forms: [unitWords], definiteStems: [unitWords] });
  /** amountAt / amountChainAt: a count, «بضع», or a unit word. */
  const amount = anyOf(count, phrases(markers.vagueCounts), unit);
  /** dayAt (with ordinals): «19», «الـ19», «السابع», «العشرين». */
  const day = anyOf(numberWord, { detachedArticle: true, digits: true });
  /** wordDateAt / numericDateAt: a day, or a month name. */
  const writtenDate = anyOf(day, phrases(data.months));
  /** calendarDate: a written date, or its head «شهر», «يوم», a weekday. */
  const calendarDate = anyOf(writtenDate, phrases(data.monthWord, data.dayWord, data.weekdays));
  /** relativePeriodAt: «هذا», or a definite calendar unit («العام»). */
  const relativePeriod = anyOf(phrases(data.demonstratives), { definiteStems: [unitWords] });
  /** weekdayRule: a relative week, «هذا», «يوم», a weekday. */
  const weekday = anyOf(relativePeriod, phrases(data.dayWord, data.weekdays));
  /** relativeDay: «أمس», «يوم أمس». */
  const relativeDay = phrases(data.relativeDays, data.dayWord);
  /** dayPointAt: any day-level expression. */
  const dayPoint = anyOf(relativeDay, weekday, calendarDate);
  /** partOfDayAt: «الليلة», «صباح …», or a day with a part after it. */
  const partOfDay = anyOf(phrases(data.partsStandalone, data.partsBefore), dayPoint);
  /** timeAt: «الساعة …», digits, an hour name. */
  const time = anyOf(phrases(clock.hourWord, clock.hours), { digits: true });
  /** yearAt: «عام …», or digits. */
  const year = anyOf(phrases(markers.yearWords), { digits: true });
  /** sideAt (one end of a range): a written date, a year, a day. */
  const side = anyOf(writtenDate, year);
  return {
    range: anyOf(phrases(markers.rangeFrom, markers.rangeBetween), side),
    modified: phrases(data.mods),
    clockTime: anyOf(partOfDay, time),
    partOfDay,
    calendarDate,
    year,
    decade: anyOf({ forms: [[...data.decadeWord], decadeWords], definiteStems: [decadeWords] }),
    century: anyOf({ definiteStems: [[...data.centuryWord]] }),
    relativePeriod,
    relativeDay,
    weekday,
    ago: anyOf(phrases(markers.ago, markers.later, data.qualifiers), amount),
    duration: anyOf(phrases(data.qualifiers), amount),
    count,
    amount,
    day,
    writtenDate,
    dayPoint,
    time,
    side,
  };
}

/** The openings as data: the bits each first-token form opens, and the bits of the two token kinds. */
export interface OpeningWords {
  /**
   * Bits by a clitic reading's form; a definite stem is stored as its form «ال» + stem,
   * so one lookup per reading covers both. (Where «ال» is no article, as in «ألتشين»,
   * this opens a parser that then finds nothing: harmless.)
   */
  readonly words: readonly (readonly [string, number])[];
  /** The article written apart from digits: «الـ24», folded to the token «ال». */
  readonly detachedArticle: number;
  /** A number token. */
  readonly digits: number;
}

/** The definite article: a definite stem is stored with it, so one lookup per reading covers both. */
export const ARTICLE = 'ال';

/** Every opening's first-token forms, with the bits they open, from the compiled date data. */
export function compileOpeningWords(data: DateData): OpeningWords {
  const openings = openingsOf(data);
  const words = new Map<string, number>();
  const add = (word: string, bit: number): void => {
    words.set(word, (words.get(word) ?? 0) | bit);
  };
  let detachedArticle = 0;
  let digits = 0;
  for (const name of OPENING_NAMES) {
    const opening = openings[name];
    const bit = OPENS[name];
    for (const list of opening.forms) for (const word of list) add(word, bit);
    for (const list of opening.definiteStems) for (const stem of list) add(ARTICLE + stem, bit);
    if (opening.detachedArticle) detachedArticle |= bit;
    if (opening.digits) digits |= bit;
  }
  return { words: [...words], detachedArticle, digits };
}
