import fc from 'fast-check';

/** Pieces that stress normalization: Arabic letters, marks, ligatures, controls, emoji, lone surrogates. */
const PIECES = [
  'أ', 'إ', 'آ', 'ٱ', 'ا', 'ى', 'ي', 'ة', 'ه', 'ؤ', 'ئ', 'ء', 'ب', 'ل', 'ك', 'و', 'ف', 'ق', 'ر', 'غ', 'ن', 'م', 'ت', 'س',
  'ال', 'لل', 'قره باغ', 'أذربيجان', 'باكو', 'عام', 'أكثر من', 'الثلاثاء',
  '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B', '\u0670', '\u06D6', '\u06ED', '\u0640',
  '\uFEFB', '\uFEF5', '\uFDF2', '\uFDFA', '\uFE8D', '\uFEDF', '\uFC5E',
  '٠', '١', '٩', '۴', '٫', '٬', '0', '7', ',', '.', '%', '٪', '/',
  '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202B', '\u202E', '\u2067', '\u2069', '\uFEFF', '\u00AD',
  ' ', '\u00A0', '\u2009', '\u3000', '\n', '\t', '،', '؛', '؟', '"', '«', '»', '(', ')', '-', '–',
  '😀', '👍🏽', '\uD800', '\uDC00', '\u0000', 'a', 'Z', 'é', 'Ж', '中', 'ک', 'ی', 'گ', 'پ', 'چ', 'ڤ', 'ە', 'ۀ',
];

/** Random strings made mostly of Arabic and of the characters that make normalization hard. */
export function arabicHeavyString(maxPieces = 40): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...PIECES), { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** Arbitrary full-unicode strings mixed with the hard pieces. */
export function hostileString(): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 })
    .map((parts) => parts.join(''));
}
