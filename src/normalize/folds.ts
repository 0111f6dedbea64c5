import { bmpProperties, SPACE_SEPARATOR } from '../unicode/properties.js';
import charMaps from './char-maps.json';

/**
 * What a fold does to one code point:
 * - a string: replace it (possibly by several characters, for NFKC);
 * - `DROP_MARK`: delete it, and let the preceding character's span absorb it
 *   (a diacritic belongs to its letter: «مصرَ» maps back whole);
 * - `DROP`: delete it without attaching it to anything (bidi controls);
 * - undefined: this fold leaves it alone.
 */
export const DROP_MARK = 1 as const;
export const DROP = 2 as const;
export type FoldResult = string | typeof DROP_MARK | typeof DROP | undefined;
export type Fold = (codePoint: number) => FoldResult;

const between = (cp: number, lo: number, hi: number): boolean => cp >= lo && cp <= hi;

function mapFold(map: Readonly<Record<string, string>>, name: string): Fold {
  const table = new Map<number, string>();
  for (const [from, to] of Object.entries(map)) {
    const cp = from.codePointAt(0);
    if (cp === undefined || String.fromCodePoint(cp) !== from) {
      throw new Error(`arabic-entities: char-maps.json "${name}": key "${from}" must be one character`);
    }
    table.set(cp, to);
  }
  return (cp) => table.get(cp);
}

/** Harakat, shadda, sukun and the other marks of U+064B–U+065F, and Arabic Extended-A marks. */
export const stripTashkeel: Fold = (cp) =>
  between(cp, 0x064b, 0x065f) || between(cp, 0x08d3, 0x08e1) || between(cp, 0x08e3, 0x08ff) ? DROP_MARK : undefined;

/** Superscript (dagger) alef U+0670, as in «هٰذا». */
export const stripSuperscriptAlef: Fold = (cp) => (cp === 0x0670 ? DROP_MARK : undefined);

/** Quranic annotation marks U+06D6–U+06ED and the small honorific marks U+0610–U+061A. */
export const stripQuranicMarks: Fold = (cp) =>
  between(cp, 0x06d6, 0x06ed) || between(cp, 0x0610, 0x061a) ? DROP_MARK : undefined;

/** Tatweel (kashida) U+0640: «قـــره» → «قره». */
export const stripTatweel: Fold = (cp) => (cp === 0x0640 ? DROP_MARK : undefined);

/** أ إ آ ٱ ٲ ٳ → ا */
export const foldAlef = mapFold(charMaps.alef, 'alef');
/** ى → ي */
export const foldAlefMaksura = mapFold(charMaps.alefMaksura, 'alefMaksura');
/** ة → ه */
export const foldTehMarbuta = mapFold(charMaps.tehMarbuta, 'tehMarbuta');
/** ؤ → و */
export const foldWawHamza = mapFold(charMaps.wawHamza, 'wawHamza');
/** ئ → ي */
export const foldYehHamza = mapFold(charMaps.yehHamza, 'yehHamza');
/** Persian/Urdu keyboard letters: ک→ك ی→ي ە/ۀ/ہ/ھ→ه ڤ→ف گ→ك پ→ب چ→ج ژ→ز ے→ي */
export const foldPersianLetters = mapFold(charMaps.persianLetters, 'persianLetters');
/** Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9 */
export const foldDigits = mapFold(charMaps.digits, 'digits');
/** Arabic decimal ٫ → '.' and thousands ٬ → ',' */
export const foldNumberSeparators = mapFold(charMaps.numberSeparators, 'numberSeparators');

/** Arabic presentation forms A and B, decomposed by NFKC (ﻻ → لا: one unit becomes two). */
export const decomposePresentationForms: Fold = (cp) => {
  if (!(between(cp, 0xfb50, 0xfdff) || between(cp, 0xfe70, 0xfeff)) || cp === 0xfeff) return undefined;
  const decomposed = String.fromCodePoint(cp).normalize('NFKC');
  return decomposed === String.fromCodePoint(cp) ? undefined : decomposed;
};

/** ZWNJ, ZWJ, ZWSP, LRM, RLM, ALM, bidi embeddings and isolates, word joiner, BOM, soft hyphen. */
export const removeInvisibles: Fold = (cp) =>
  between(cp, 0x200b, 0x200f) ||
  cp === 0x061c ||
  between(cp, 0x202a, 0x202e) ||
  between(cp, 0x2060, 0x2064) ||
  between(cp, 0x2066, 0x2069) ||
  cp === 0xfeff ||
  cp === 0x00ad
    ? DROP
    : undefined;

/**
 * Every Unicode space separator (NBSP, thin space, ideographic space …) → ' '; line/paragraph
 * separators → '\n'. All space separators are in the BMP (tests/unicode/properties.test.ts).
 */
export const foldSpaces: Fold = (cp) => {
  if (cp === 0x20) return undefined;
  if (cp === 0x2028 || cp === 0x2029) return '\n';
  if (cp === 0x09 || cp === 0x0b || cp === 0x0c) return ' ';
  return cp > 0x7f && (bmpProperties(cp) & SPACE_SEPARATOR) !== 0 ? ' ' : undefined;
};
