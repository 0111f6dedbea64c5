import {
  decomposePresentationForms,
  foldAlef,
  foldAlefMaksura,
  foldDigits,
  foldNumberSeparators,
  foldPersianLetters,
  foldSpaces,
  foldTehMarbuta,
  foldWawHamza,
  foldYehHamza,
  removeInvisibles,
  stripQuranicMarks,
  stripSuperscriptAlef,
  stripTashkeel,
  stripTatweel,
  type Fold,
} from './folds.js';

/** Each fold of `normalize`, switchable. Defaults are in {@link DEFAULT_NORMALIZE_OPTIONS}. */
export interface NormalizeOptions {
  /** NFKC on Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF). */
  presentationForms?: boolean;
  /** Remove ZWNJ, ZWJ, LRM, RLM, ALM, bidi controls, BOM, soft hyphen. */
  removeInvisibles?: boolean;
  /** Every Unicode space → ' '. */
  foldSpaces?: boolean;
  /** Remove tashkeel U+064B–U+065F. */
  stripTashkeel?: boolean;
  /** Remove superscript alef U+0670. */
  stripSuperscriptAlef?: boolean;
  /** Remove Quranic marks U+06D6–U+06ED. */
  stripQuranicMarks?: boolean;
  /** Remove tatweel U+0640. */
  stripTatweel?: boolean;
  /** أ إ آ ٱ → ا */
  foldAlef?: boolean;
  /** ى → ي */
  foldAlefMaksura?: boolean;
  /** ة → ه */
  foldTehMarbuta?: boolean;
  /** ؤ → و */
  foldWawHamza?: boolean;
  /** ئ → ي */
  foldYehHamza?: boolean;
  /** ک→ك ی→ي ە/ۀ→ه ڤ→ف گ→ك پ→ب چ→ج … */
  foldPersianLetters?: boolean;
  /** ٠-٩ and ۰-۹ → 0-9 */
  foldDigits?: boolean;
  /** ٫ → '.', ٬ → ',' */
  foldNumberSeparators?: boolean;
}

export type FoldName = keyof NormalizeOptions;

/** The default of every fold: all on. */
export const DEFAULT_NORMALIZE_OPTIONS: Readonly<Required<NormalizeOptions>> = Object.freeze({
  presentationForms: true,
  removeInvisibles: true,
  foldSpaces: true,
  stripTashkeel: true,
  stripSuperscriptAlef: true,
  stripQuranicMarks: true,
  stripTatweel: true,
  foldAlef: true,
  foldAlefMaksura: true,
  foldTehMarbuta: true,
  foldWawHamza: true,
  foldYehHamza: true,
  foldPersianLetters: true,
  foldDigits: true,
  foldNumberSeparators: true,
});

/**
 * The folds in the order they apply. Presentation forms come first so that
 * what NFKC produces (a hamza, a mark) passes through the other folds.
 */
export const FOLD_ORDER: readonly (readonly [FoldName, Fold])[] = [
  ['presentationForms', decomposePresentationForms],
  ['removeInvisibles', removeInvisibles],
  ['foldSpaces', foldSpaces],
  ['stripTashkeel', stripTashkeel],
  ['stripSuperscriptAlef', stripSuperscriptAlef],
  ['stripQuranicMarks', stripQuranicMarks],
  ['stripTatweel', stripTatweel],
  ['foldAlef', foldAlef],
  ['foldAlefMaksura', foldAlefMaksura],
  ['foldTehMarbuta', foldTehMarbuta],
  ['foldWawHamza', foldWawHamza],
  ['foldYehHamza', foldYehHamza],
  ['foldPersianLetters', foldPersianLetters],
  ['foldDigits', foldDigits],
  ['foldNumberSeparators', foldNumberSeparators],
];

/** Folds that keep a word as written: «على» stays «على», not the name «علي» (ى and ئ unfolded). */
export const AS_WRITTEN_OPTIONS: Readonly<NormalizeOptions> = Object.freeze({ foldAlefMaksura: false, foldYehHamza: false });

/** The option sets the library folds with itself: their actions for common code units ship prebuilt. */
export const PREBUILT_FOLD_OPTIONS: readonly (NormalizeOptions | undefined)[] = [undefined, AS_WRITTEN_OPTIONS];

export function resolveNormalizeOptions(options: NormalizeOptions | undefined): Required<NormalizeOptions> {
  if (options === undefined) return DEFAULT_NORMALIZE_OPTIONS;
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`arabic-entities: normalize options must be an object, got ${options === null ? 'null' : typeof options}`);
  }
  const resolved = { ...DEFAULT_NORMALIZE_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (!(key in DEFAULT_NORMALIZE_OPTIONS)) {
      throw new TypeError(`arabic-entities: unknown normalize option "${key}"`);
    }
    if (value === undefined) continue;
    if (typeof value !== 'boolean') {
      throw new TypeError(`arabic-entities: normalize option "${key}" must be a boolean, got ${typeof value}`);
    }
    resolved[key as FoldName] = value;
  }
  return resolved;
}

export function optionsKey(options: Required<NormalizeOptions>): string {
  return FOLD_ORDER.map(([name]) => (options[name] ? '1' : '0')).join('');
}
