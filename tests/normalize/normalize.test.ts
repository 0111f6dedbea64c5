import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMALIZE_OPTIONS, foldText, normalize } from '../../src/normalize/index.js';
import { arabicHeavyString } from '../helpers/arbitraries.js';

const folded = (s: string, options?: Parameters<typeof normalize>[1]): string => normalize(s, options).text;

describe('normalize: each fold', () => {
  it('removes tashkeel, superscript alef, Quranic marks and tatweel', () => {
    expect(folded('مُحَمَّدٌ')).toBe('محمد');
    expect(folded('هٰذا')).toBe('هذا');
    expect(folded('الرَّحِيمِۖ')).toBe('الرحيم');
    expect(folded('قـــره بـاغ')).toBe('قره باغ');
  });

  it('folds alef forms, alef maksura, teh marbuta and hamza carriers', () => {
    expect(folded('أذربيجان إيران آغدام ٱلله')).toBe('اذربيجان ايران اغدام الله');
    expect(folded('مستشفى')).toBe('مستشفي');
    expect(folded('قرة')).toBe('قره');
    expect(folded('مسؤول رئيس')).toBe('مسوول رييس');
  });

  it('folds letters typed on Persian and Urdu keyboards', () => {
    expect(folded('کابل')).toBe('كابل');
    expect(folded('ایران')).toBe('ايران');
    expect(folded('گرجستان پاریس چین ڤيينا')).toBe('كرجستان باريس جين فيينا');
  });

  it('folds Arabic-Indic and Persian digits and separators', () => {
    expect(folded('١٩/٩/٢٠٢٣')).toBe('19/9/2023');
    expect(folded('۱۴۰۲')).toBe('1402');
    expect(folded('١٠٬٠٠٠ و٢٫٥')).toBe('10,000 و2.5');
  });

  it('decomposes presentation forms, including lam-alef ligatures that grow', () => {
    expect(folded('\uFEFB')).toBe('لا');
    expect(folded('\uFE8D\uFEDF\uFEE4\uFEAE')).toBe('المر'); // isolated, initial, medial and final forms
    const n = normalize('\uFEFBبد');
    expect(n.text).toBe('لابد');
    expect(n.toOriginal(0, 1)).toEqual({ start: 0, end: 1 });
    expect(n.toOriginal(1, 2)).toEqual({ start: 0, end: 1 });
    expect(n.toOriginal(0, 4)).toEqual({ start: 0, end: 3 });
  });

  it('removes invisible and bidi controls and folds every Unicode space', () => {
    expect(folded('\u200Fمصر\u200E\u200C\u200D\u061C\u202B\u2067\uFEFF\u00AD')).toBe('مصر');
    expect(folded('قره\u00A0باغ\u2009و\u3000باكو')).toBe('قره باغ و باكو');
  });

  it('can switch each fold off', () => {
    expect(folded('أذربيجان', { foldAlef: false })).toBe('أذربيجان');
    expect(folded('قرة', { foldTehMarbuta: false })).toBe('قرة');
    expect(folded('مُحَمَّد', { stripTashkeel: false })).toBe('مُحَمَّد');
    expect(folded('١٩', { foldDigits: false })).toBe('١٩');
    expect(folded('مسؤول', { foldWawHamza: false })).toBe('مسؤول');
    expect(folded('\uFEFB', { presentationForms: false })).toBe('\uFEFB');
  });

  it('has every fold on by default', () => {
    expect(Object.values(DEFAULT_NORMALIZE_OPTIONS).every((v) => v === true)).toBe(true);
  });
});

describe('normalize: offset map', () => {
  it('maps a folded span back to the original characters, marks included', () => {
    const original = 'في مِصْرَ';
    const n = normalize(original);
    expect(n.text).toBe('في مصر');
    const span = n.toOriginal(3, 6);
    expect(original.slice(span.start, span.end)).toBe('مِصْرَ');
  });

  // Regression guard: the folded text is decoded from UTF-16 units, and a decoder drops a
  // leading U+FEFF as a byte-order mark unless told not to.
  it('keeps a leading U+FEFF when invisibles are kept, with its offset', () => {
    const original = '\uFEFFباكو';
    const n = normalize(original, { removeInvisibles: false });
    expect(n.text).toBe(original);
    expect(n.toOriginal(1, 5)).toEqual({ start: 1, end: 5 });
  });

  it('keeps emoji and lone surrogates with correct offsets', () => {
    const original = 'باكو 😀 \uD800 يريفان';
    const n = normalize(original);
    expect(n.text).toBe(original);
    const at = n.text.indexOf('يريفان');
    const span = n.toOriginal(at, at + 6);
    expect(original.slice(span.start, span.end)).toBe('يريفان');
  });

  it('rejects non-strings with a TypeError naming what it got', () => {
    expect(() => normalize(42 as unknown as string)).toThrow(/normalize\(text\) expects a string, got number 42/);
    expect(() => normalize('x', { foldAlef: 'yes' as unknown as boolean })).toThrow(/foldAlef/);
    expect(() => normalize('x', { nope: true } as never)).toThrow(/unknown normalize option "nope"/);
  });

  it('throws a RangeError for spans outside the normalized text', () => {
    expect(() => normalize('abc').toOriginal(2, 9)).toThrow(RangeError);
  });
});

describe('normalize: properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(arabicHeavyString(), (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('has a monotone map that covers the original in order', () => {
    fc.assert(
      fc.property(arabicHeavyString(), (s) => {
        const n = normalize(s);
        for (let i = 0; i < n.text.length; i += 1) {
          const start = n.originStart[i] ?? -1;
          const end = n.originEnd[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(s.length);
          if (i > 0) {
            expect(start).toBeGreaterThanOrEqual(n.originStart[i - 1] ?? 0);
            expect(end).toBeGreaterThanOrEqual(n.originEnd[i - 1] ?? 0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every span back to an original slice that re-normalizes to the span', () => {
    fc.assert(
      fc.property(arabicHeavyString(), fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalize(s);
        if (n.text.length === 0) return;
        let start = a % (n.text.length + 1);
        let end = b % (n.text.length + 1);
        if (start > end) [start, end] = [end, start];
        // Never cut inside a ligature's expansion or a surrogate pair: widen to unit boundaries.
        while (start > 0 && n.originStart[start] === n.originStart[start - 1]) start -= 1;
        while (end < n.text.length && n.originStart[end] === n.originStart[end - 1]) end += 1;
        const span = n.toOriginal(start, end);
        expect(normalize(s.slice(span.start, span.end)).text).toBe(n.text.slice(start, end));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('foldText', () => {
  it('gives the same text as normalize(), without the map', () => {
    fc.assert(
      fc.property(arabicHeavyString(), (s) => {
        expect(foldText(s)).toBe(normalize(s).text);
        expect(foldText(s, { foldAlef: false })).toBe(normalize(s, { foldAlef: false }).text);
      }),
      { numRuns: 2000 },
    );
  });
});
