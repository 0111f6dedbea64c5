import { foldText } from '../../normalize/index.js';
import data from './number-words.json';

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

/** Folds a data word the way the text is folded (هـ/ة, ى/ي, hamza, diacritics). */
export function fold(word: string): string {
  return foldText(word).trim();
}

function checkTable(table: NumberWordData): void {
  const values = table.units.map((u) => u.value).join(',');
  if (values !== '0,1,2,3,4,5,6,7,8,9,10') {
    throw new Error(`arabic-entities: number-words.json "units" must list 0–10 in order, found ${values}`);
  }
  const tens = table.tens.map((t) => t.value).join(',');
  if (tens !== '20,30,40,50,60,70,80,90') throw new Error(`arabic-entities: number-words.json "tens" must list 20–90, found ${tens}`);
  const hundreds = table.hundreds.map((h) => h.value).join(',');
  if (hundreds !== '100,200,300,400,500,600,700,800,900') {
    throw new Error(`arabic-entities: number-words.json "hundreds" must list 100–900, found ${hundreds}`);
  }
  const teens = table.teens.map((t) => t.value).join(',');
  if (teens !== '11,12,13,14,15,16,17,18,19') throw new Error(`arabic-entities: number-words.json "teens" must list 11–19, found ${teens}`);
  const ordinals = table.ordinals.map((o) => o.value).join(',');
  if (ordinals !== '1,2,3,4,5,6,7,8,9,10') {
    throw new Error(`arabic-entities: number-words.json "ordinals" must list 1–10 in order, found ${ordinals}`);
  }
}

function buildIndex(table: NumberWordData): ReadonlyMap<string, WordRoles> {
  checkTable(table);
  const index = new Map<string, WordRoles>();
  const add = (word: string, set: (roles: WordRoles) => void): void => {
    const key = fold(word);
    if (key === '') throw new Error(`arabic-entities: number-words.json has a word that folds to nothing: "${word}"`);
    let roles = index.get(key);
    if (!roles) {
      roles = {};
      index.set(key, roles);
    }
    set(roles);
  };
  for (const unit of table.units) {
    const reading = (gender: UnitReading['gender'], compoundOnly: boolean, dialect: boolean): UnitReading => ({
      value: unit.value,
      gender,
      compoundOnly,
      dialect,
    });
    for (const w of unit.masculine) add(w, (r) => (r.unit ??= reading('masculine', false, false)));
    for (const w of unit.feminine) add(w, (r) => (r.unit ??= reading('feminine', false, false)));
    for (const w of unit.compound) add(w, (r) => (r.unit ??= reading('masculine', true, false)));
    for (const w of unit.egyptian) add(w, (r) => (r.unit ??= reading('masculine', false, true)));
  }
  for (const w of table.teenMarkers) add(w, (r) => (r.teenMarker = true));
  for (const teen of table.teens) for (const w of teen.egyptian) add(w, (r) => (r.teen = teen.value));
  for (const ten of table.tens) for (const w of [...ten.forms, ...ten.egyptian]) add(w, (r) => (r.ten = ten.value));
  for (const hundred of table.hundreds) {
    for (const w of [...hundred.forms, ...hundred.egyptian]) {
      add(w, (r) => (r.hundred = { value: hundred.value, single: hundred.value === 100 }));
    }
  }
  for (const m of table.multipliers) {
    const numbers: [GrammaticalNumber, readonly string[]][] = [
      ['singular', m.singular],
      ['dual', m.dual],
      ['plural', m.plural],
    ];
    for (const [number, forms] of numbers) for (const w of forms) add(w, (r) => (r.multiplier = { value: m.value, number }));
  }
  for (const f of table.fractions) {
    const numbers: [GrammaticalNumber, readonly string[]][] = [
      ['singular', f.singular],
      ['dual', f.dual],
      ['plural', f.plural],
    ];
    for (const [number, forms] of numbers) {
      for (const w of forms) {
        add(w, (r) => (r.fraction = { denominator: f.denominator, number, ambiguous: f.ambiguous, standalone: f.standalone }));
      }
    }
  }
  for (const v of table.vague) for (const w of v.forms) add(w, (r) => (r.vague = v.value));
  for (const w of table.vagueCounts) add(w, (r) => (r.vagueCount = true));
  for (const w of table.decimalPoints) add(w, (r) => (r.decimalPoint = true));
  for (const o of table.ordinals) {
    const simple = [...o.masculine, ...o.feminine];
    for (const w of simple) add(w, (r) => (r.ordinal = { value: o.value, compound: o.compound.includes(w), simple: true, indefinite: false }));
    for (const w of o.compound) {
      if (!simple.includes(w)) add(w, (r) => (r.ordinal ??= { value: o.value, compound: true, simple: false, indefinite: false }));
    }
    for (const w of o.indefinite) add(w, (r) => (r.ordinal = { value: o.value, compound: false, simple: false, indefinite: true }));
  }
  return index;
}

const INDEX = buildIndex(NUMBER_WORDS);
const NOT_NUMBERS: ReadonlySet<string> = new Set(NUMBER_WORDS.notNumbers.forms.map(fold));

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
