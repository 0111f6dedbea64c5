import { describe, expect, it } from 'vitest';
import { matchNumber } from '../../../src/recognizers/numbers/match.js';
import { tokensOf } from './helpers.js';

/** matchNumber at the first token: value and the normalized text it covers. */
function read(text: string, at = 0): { value: number; covered: string; words: boolean } | null {
  const { tokens, normalized } = tokensOf(text);
  const m = matchNumber(tokens, at);
  return m && { value: m.value, covered: normalized.slice(m.start, m.end), words: m.words };
}

describe('matchNumber: the contract shared with the dates recognizer', () => {
  it('returns token indices (end exclusive) and normalized offsets after a glued proclitic', () => {
    const { tokens } = tokensOf('قتل وثلاثة آلاف شخص');
    expect(matchNumber(tokens, 1)).toEqual({ value: 3000, startToken: 1, endToken: 3, start: 5, end: 15, words: true });
  });

  it('reads bare digits with words: false', () => {
    const { tokens } = tokensOf('قتل 25 شخصا');
    expect(matchNumber(tokens, 1)).toEqual({ value: 25, startToken: 1, endToken: 2, start: 4, end: 6, words: false });
  });

  it('returns null where no cardinal starts', () => {
    expect(read('شخص')).toBeNull();
    expect(read('عشرات القتلى')).toBeNull();
    expect(read('آلاف المتظاهرين')).toBeNull();
    expect(read('إحدى تلك الخطوات')).toBeNull();
    expect(read('أحد المسؤولين')).toBeNull();
    expect(read('الاثنين الماضي')).toBeNull();
    expect(read('الأول')).toBeNull();
    expect(read('لست أدري')).toBeNull();
    expect(read('ألف الكاتب رواية')).toBeNull();
  });
});

describe('matchNumber: units in every gender and case form', () => {
  it.each([
    ['واحد', 1], ['واحدة', 1], ['واحدًا', 1],
    ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2], ['إثنين', 2],
    ['ثلاث', 3], ['ثلاثة', 3], ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5],
    ['ست', 6], ['ستة', 6], ['سبع', 7], ['سبعة', 7], ['ثمان', 8], ['ثماني', 8], ['ثمانية', 8],
    ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10], ['صفر', 0],
    ['اتنين', 2], ['تلاتة', 3], ['تمانية', 8],
  ])('«%s» = %d', (word, value) => {
    expect(read(`${word} أشخاص`)?.value).toBe(value);
  });

  it('reads the definite «الثلاثة» … «العشرة» but not «الاثنين» (Monday) or «الواحد»', () => {
    expect(read('الثلاثة')).toMatchObject({ value: 3, covered: 'الثلاثه' });
    expect(read('الواحد')).toBeNull();
  });
});

describe('matchNumber: 11–19, tens and compounds with و', () => {
  it.each([
    ['أحد عشر', 11], ['إحدى عشرة', 11], ['اثنا عشر', 12], ['اثني عشر', 12], ['اثنتا عشرة', 12], ['اثنتي عشرة', 12],
    ['ثلاثة عشر', 13], ['ثلاث عشرة', 13], ['ثماني عشرة', 18], ['تسعة عشر', 19], ['حداشر', 11], ['خمستاشر', 15],
    ['عشرون', 20], ['عشرين', 20], ['ثلاثون', 30], ['تسعين', 90], ['تلاتين', 30],
    ['خمسة وعشرون', 25], ['واحد وعشرون', 21], ['أحد وعشرون', 21], ['إحدى وعشرين', 21], ['اثنين وخمسون', 52],
    ['اتنين وعشرين', 22], ['ستة و عشرون', 26],
  ])('«%s» = %d', (words, value) => {
    expect(read(words)).toMatchObject({ value, words: true });
  });

  it('stops where the grammar stops: no unit after a unit, no tens after tens', () => {
    expect(read('خمسة وستة')?.value).toBe(5);
    expect(read('عشرون وثلاثون')?.value).toBe(20);
    expect(read('ثلاثة وأربعة أشخاص')?.value).toBe(3);
  });
});

describe('matchNumber: hundreds, thousands, millions, billions', () => {
  it.each([
    ['مئة', 100], ['مائة', 100], ['مئتان', 200], ['مائتين', 200], ['مائتي', 200], ['متين', 200],
    ['ثلاثمائة', 300], ['ثلاثمئة', 300], ['ثلاث مئة', 300], ['ثلاث مائة', 300], ['ثمان مئة وتسعة', 809], ['تسعمائة', 900],
    ['مئة وسبعة', 107], ['ثلاثمائة وخمسين', 350], ['مائة وستة عشر', 116], ['مائة وواحدُ وستون', 161],
    ['ألف', 1000], ['ألفا', 1000], ['ألفان', 2000], ['ألفين', 2000], ['ألفي', 2000],
    ['ثلاثة آلاف', 3000], ['ثلاثة اَلاف وستة', 3006], ['عشرة آلاف', 10000], ['عشرين ألفا', 20000], ['مئة ألف', 100000],
    ['ألفان وتسعة', 2009], ['ألف وسبعة وسبعون', 1077], ['تسعة اَلاف وثمان مئة وسبعة وثلاثون', 9837],
    ['مليون', 1e6], ['مليونين', 2e6], ['ثلاثة ملايين', 3e6], ['مليار', 1e9], ['بليون', 1e9], ['ملياري', 2e9],
    ['مليون وألفين ومائتين', 1002200], ['مائتين وإثنين ألف', 202000], ['ألف مليون', 1e9],
    ['واحد وعشرون تريليون وثلاث مائة', 21000000000300],
  ])('«%s» = %d', (words, value) => {
    expect(read(words)?.value).toBe(value);
  });

  it('keeps segments in decreasing order: «ألف وألف» is two numbers', () => {
    expect(read('ألف وألف')?.value).toBe(1000);
    expect(read('مليون ومليون')?.value).toBe(1e6);
  });
});

describe('matchNumber: digits, with words, separators and proclitics', () => {
  it.each([
    ['10 آلاف', 10000, '10 الاف'],
    ['120 ألف', 120000, '120 الف'],
    ['2.5 مليون', 2.5e6, '2.5 مليون'],
    ['٢٫٥ مليار', 2.5e9, '2.5 مليار'],
    ['١٠٬٠٠٠', 10000, '10,000'],
    ['3،5 مليار', 3.5e9, '3،5 مليار'],
    ['١،٢٣٤،٥٦٧', 1234567, '1،234،567'],
    ['1 500', 1500, '1 500'],
    ['10 آلاف و500', 10500, '10 الاف و500'],
    ['٣ مئة و ٢١', 321, '3 ميه و 21'],
  ])('«%s» = %d', (text, value, covered) => {
    expect(read(text)).toMatchObject({ value, covered });
  });

  it('starts after «و», «ب», «ل» glued to a word, and reads digits glued after them as their own token', () => {
    expect(read('وخمسة')).toMatchObject({ value: 5, covered: 'خمسه' });
    expect(read('بثلاثة آلاف')).toMatchObject({ value: 3000, covered: 'ثلاثه الاف' });
    const { tokens } = tokensOf('و25');
    expect(matchNumber(tokens, 1)?.value).toBe(25);
  });

  it('does not join more than five space-separated groups (a list or a code)', () => {
    expect(read('1 234 567 890 123 456')?.value).toBe(1);
  });
});

describe('matchNumber: fractions and decimals', () => {
  it.each([
    ['نصف', 0.5], ['ربع', 0.25], ['ثلث', 1 / 3], ['ثلثا', 2 / 3], ['ثلاثة أرباع', 0.75], ['خمسة أثمان', 0.625],
    ['نصف مليون', 5e5], ['ربع مليون', 2.5e5], ['مليون ونصف المليون', 1.5e6], ['ثلاثة آلاف ونصف', 3500],
    ['واحد ونصف', 1.5], ['خمسة وربع', 5.25], ['مئة وثلاثة ارباع', 100.75], ['عشرون وثلاثة اخماس', 20.6],
    ['اثنان فاصلة خمسة', 2.5], ['ثلاثة فاصلة صفر خمسة مليون', 3.05e6], ['2 فاصلة 5 مليون', 2.5e6],
    ['نصف دزينة', 6], ['ثلاث دزينات', 36],
  ])('«%s» = %d', (words, value) => {
    expect(read(words)?.value).toBeCloseTo(value, 9);
  });

  it('reads «خمس» as 1/5 only before a definite noun', () => {
    expect(read('خمس السكان')?.value).toBe(0.2);
    expect(read('خمس سنوات')?.value).toBe(5);
  });

  it('never reads «ثمن» (price) alone as a fraction', () => {
    expect(read('ثمن الخبز')).toBeNull();
  });
});
