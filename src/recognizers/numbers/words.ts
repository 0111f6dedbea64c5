import data from './number-words.json';
import { NOT_NUMBER_FORMS, NUMBER_WORD_INDEX } from './number-index.prebuilt.js';

/** Grammatical number of a multiplier or fraction word: «ألف», «ألفين», «آلاف». */
export type GrammaticalNumber = 'singular' | 'dual' | 'plural';

/** One unit word 0–10 («ثلاثة», «ثلاث», «اثنا»). */
export interface UnitReading {
  readonly value: number;
  readonly gender: 'masculine' | 'feminine';
  /** «أحد», «إحدى», «اثنا», «اثني»: only inside 11, 12 or «أحد وعشرون». */
  readonly compoundOnly: boolean;
  readonly dialect: boolean;
}

/** One ordinal word («الثالث», «الحادية», «أول»). */
export interface OrdinalReading {
  readonly value: number;
  /** The form inside 11–19 and 21–99 («الحادي عشر», «الواحد والعشرون»). */
  readonly compound: boolean;
  /** A simple ordinal on its own («الثالث», «الأولى»). */
  readonly simple: boolean;
  /** Indefinite «أول», «ثاني»: an ordinal only when a noun follows («ثاني أكبر»). */
  readonly indefinite: boolean;
}

/** Every role a normalized word can play in a number. A word may have several: «عشر» is 10, the teen marker and 1/10. */
export interface WordRoles {
  unit?: UnitReading;
  /** «عشر», «عشرة» after a unit: 13 = «ثلاثة عشر». */
  teenMarker?: true;
  /** A glued 11–19 (Egyptian «حداشر»). */
  teen?: number;
  ten?: number;
  /** 100–900; `single` is «مئة/مائة», which also multiplies a unit before it («ثلاث مئة»). */
  hundred?: { readonly value: number; readonly single: boolean };
  multiplier?: { readonly value: number; readonly number: GrammaticalNumber };
  fraction?: {
    readonly denominator: number;
    readonly number: GrammaticalNumber;
    /** Also a unit word (خمس = 5 or 1/5). */
    readonly ambiguous: boolean;
    /** False for «ثمن», which news uses for "price": a fraction only after a count. */
    readonly standalone: boolean;
  };
  /** «عشرات», «مئات», «آلاف» without a count: value 10, 100, 1000. */
  vague?: number;
  /** «بضعة», «عدة»: a vague count, only before a multiplier («بضعة آلاف»). */
  vagueCount?: true;
  /** «فاصلة»: the decimal point read aloud. */
  decimalPoint?: true;
  ordinal?: OrdinalReading;
}

/** The number-word table as stored in number-words.json. */
export interface NumberWordData {
  readonly units: readonly {
    readonly value: number;
    readonly masculine: readonly string[];
    readonly feminine: readonly string[];
    readonly compound: readonly string[];
    readonly egyptian: readonly string[];
  }[];
  readonly teenMarkers: readonly string[];
  readonly teens: readonly { readonly value: number; readonly egyptian: readonly string[] }[];
  readonly tens: readonly { readonly value: number; readonly forms: readonly string[]; readonly egyptian: readonly string[] }[];
  readonly hundreds: readonly { readonly value: number; readonly forms: readonly string[]; readonly egyptian: readonly string[] }[];
  readonly multipliers: readonly {
    readonly value: number;
    readonly singular: readonly string[];
    readonly dual: readonly string[];
    readonly plural: readonly string[];
  }[];
  readonly fractions: readonly {
    readonly denominator: number;
    readonly singular: readonly string[];
    readonly dual: readonly string[];
    readonly plural: readonly string[];
    /** Dual forms spelled like a tens word, read as the dual only when vowelled (vowelledDuals). */
    readonly dualWhenVowelled?: readonly string[];
    readonly ambiguous: boolean;
    readonly standalone: boolean;
  }[];
  readonly vowelledDuals: { readonly mark: string };
  readonly vague: readonly { readonly value: number; readonly forms: readonly string[] }[];
  readonly vagueCounts: readonly string[];
  readonly decimalPoints: readonly string[];
  readonly notNumbers: { readonly forms: readonly string[] };
  readonly ordinals: readonly {
    readonly value: number;
    readonly masculine: readonly string[];
    readonly feminine: readonly string[];
    readonly compound: readonly string[];
    readonly indefinite: readonly string[];
  }[];
}

/** The raw table, for other recognizers (dates read «ثلاث سنوات» with it). */
export const NUMBER_WORDS: NumberWordData = data;

export { fold } from './fold.js';

const INDEX: ReadonlyMap<string, WordRoles> = new Map(NUMBER_WORD_INDEX);
const NOT_NUMBERS: ReadonlySet<string> = new Set(NOT_NUMBER_FORMS);

/** True for whole words that only look like a proclitic + number word («لست» 'I am not'). */
export function isNotNumberWord(word: string): boolean {
  return NOT_NUMBERS.has(word);
}

/**
 * The number roles of one normalized word form, or undefined.
 *
 * @example
 * lookupNumberWord('ثلاثه')?.unit?.value;        // 3
 * lookupNumberWord('الاف')?.multiplier?.number;  // 'plural' (and .vague === 1000)
 */
export function lookupNumberWord(form: string): Readonly<WordRoles> | undefined {
  return INDEX.get(form);
}

/** Every folded word with a number role: the words a number (cardinal, ordinal, vague) can start with. */
export function numberWordForms(): IterableIterator<string> {
  return INDEX.keys();
}
