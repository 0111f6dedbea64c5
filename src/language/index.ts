import { onFirstUse } from '../unicode/on-first-use.js';
import { bmpProperties, LETTER } from '../unicode/properties.js';
import data from './data.json';

type Franc = typeof import('franc-min').franc;
let loadedFranc: Franc | undefined;

/**
 * franc, loaded on the first text that needs it: loading it builds trigram tables for
 * every language it knows (about 20 ms), and Arabic text never needs them. The bundler
 * turns this require into a lazily run module, in the ESM build too.
 */
function franc(...args: Parameters<Franc>): ReturnType<Franc> {
  loadedFranc ??= (require('franc-min') as typeof import('franc-min')).franc;
  return loadedFranc(...args);
}

const ARABIC = new Set(data.arabic);
const FOREIGN_LETTERS = new Set(data.foreignLetters);
// A character class of single letters from the data file: no quantifier, so linear.
const FOREIGN_LETTER = new RegExp(`[${data.foreignLetters}]`, 'u');

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]/u;
// Beyond the BMP only: the BMP's letters come from the prebuilt table (bmpProperties).
const astralLetter = onFirstUse('\\p{L}', 'u');

/** What a character counts as in the sample. */
const enum CharKind {
  Unknown = 0,
  Other,
  Letter,
  ArabicLetter,
  Foreign,
}

function kindOf(codePoint: number): CharKind {
  const ch = String.fromCodePoint(codePoint);
  if (FOREIGN_LETTERS.has(ch)) return CharKind.Foreign;
  const letter = codePoint > 0xffff ? astralLetter().test(ch) : (bmpProperties(codePoint) & LETTER) !== 0;
  if (!letter) return CharKind.Other;
  return ARABIC_LETTER.test(ch) ? CharKind.ArabicLetter : CharKind.Letter;
}

// Every text asks about the same few hundred characters: each BMP character is classed
// once, not at each occurrence (when classing took two regex tests, that cost a fifth of
// a short article's time).
const BMP_KINDS = new Uint8Array(0x10000);

/** The language of a text as an ISO 639-3 code ('arb' for Arabic), or 'und' when too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, data.sample);
  if (sample.trim().length < data.minimumLength) return 'und';
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < sample.length; ) {
    const codePoint = sample.codePointAt(i) ?? 0;
    let kind: CharKind;
    if (codePoint > 0xffff) kind = kindOf(codePoint);
    else {
      kind = BMP_KINDS[codePoint] as CharKind;
      if (kind === CharKind.Unknown) BMP_KINDS[codePoint] = kind = kindOf(codePoint);
    }
    i += codePoint > 0xffff ? 2 : 1;
    if (kind === CharKind.Foreign) return franc(sample, { minLength: data.minimumLength });
    if (kind === CharKind.Letter || kind === CharKind.ArabicLetter) letters += 1;
    if (kind === CharKind.ArabicLetter) arabic += 1;
  }
  // Arabic letters only, none of Persian's or Urdu's: Arabic, without the trigram model's cost.
  if (letters > 0 && arabic / letters >= data.arabicShare) return 'arb';
  return franc(sample, { minLength: data.minimumLength });
}

export const isArabic = (language: string): boolean => ARABIC.has(language);

/** A stretch of the original text written in another language with Arabic letters (Persian, Urdu). */
export interface ForeignRun {
  start: number;
  end: number;
  language: string;
}

/**
 * Paragraphs in Persian, Urdu or another language of the Arabic script: only those with
 * letters Arabic does not use are given to franc, so Arabic text costs one scan.
 */
export function foreignRuns(text: string): ForeignRun[] {
  const runs: ForeignRun[] = [];
  if (!FOREIGN_LETTER.test(text)) return runs;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (FOREIGN_LETTER.test(text.slice(start, end))) {
      const language = detectLanguage(text.slice(start, end));
      if (language !== 'und' && !isArabic(language)) runs.push({ start, end, language });
    }
    start = end + 1;
  }
  return runs;
}
