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
const LETTER = /\p{L}/u;

/** The language of a text as an ISO 639-3 code ('arb' for Arabic), or 'und' when too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, data.sample);
  if (sample.trim().length < data.minimumLength) return 'und';
  let letters = 0;
  let arabic = 0;
  for (const ch of sample) {
    if (FOREIGN_LETTERS.has(ch)) return franc(sample, { minLength: data.minimumLength });
    if (LETTER.test(ch)) {
      letters += 1;
      if (ARABIC_LETTER.test(ch)) arabic += 1;
    }
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
