import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { tokenize, type Token } from '../../src/tokenize/index.js';
import { arabicHeavyString } from '../helpers/arbitraries.js';

const tokens = (s: string): Token[] => tokenize(normalize(s));
const forms = (t: Token | undefined): string[] => (t ? t.analyses.map((a) => `${a.proclitics}+${a.form}`) : []);

describe('tokenize: kinds and offsets', () => {
  it('splits Arabic words, numbers, Latin words and punctuation', () => {
    const list = tokens('قتل ٣٢ شخصاً، حسب xeber24.net و10,000 (2.5%)');
    expect(list.map((t) => [t.kind, t.text])).toEqual([
      ['arabic', 'قتل'],
      ['number', '32'],
      ['arabic', 'شخصا'],
      ['punct', '،'],
      ['arabic', 'حسب'],
      ['latin', 'xeber24.net'],
      ['arabic', 'و'],
      ['number', '10,000'],
      ['punct', '('],
      ['number', '2.5'],
      ['punct', '%'],
      ['punct', ')'],
    ]);
  });

  it('gives offsets in the original text', () => {
    const original = 'وقالت مُوسْكُو';
    const [, word] = tokens(original);
    expect(word?.text).toBe('موسكو');
    expect(original.slice(word?.originStart, word?.originEnd)).toBe('مُوسْكُو');
  });

  it('keeps emoji and other scripts as their own tokens', () => {
    expect(tokens('باكو😀Москва').map((t) => t.kind)).toEqual(['arabic', 'other', 'other']);
  });
});

describe('tokenize: clitic analyses', () => {
  it('reads و + ب + ال + stem: «وبالأرمن»', () => {
    const [word] = tokens('وبالأرمن');
    expect(forms(word)).toEqual(['+وبالارمن', 'و+بالارمن', 'وب+الارمن']);
    const last = word?.analyses.at(-1);
    expect(last).toMatchObject({ conjunction: 'و', preposition: 'ب', article: true, stem: 'ارمن', offset: 2 });
  });

  it('reads لل as ل + the article: «للأمم» → «الامم», span from the second ل', () => {
    const [word] = tokens('للأمم');
    expect(forms(word)).toContain('ل+الامم');
    expect(word?.analyses.find((a) => a.form === 'الامم')?.offset).toBe(1);
  });

  it('reads «وللانفصاليين» and «لروسيا» and «بباكو»', () => {
    expect(forms(tokens('وللانفصاليين')[0])).toContain('ول+الانفصاليين');
    expect(forms(tokens('لروسيا')[0])).toContain('ل+روسيا');
    expect(forms(tokens('بباكو')[0])).toContain('ب+باكو');
  });

  it('never leaves a stem shorter than two letters', () => {
    expect(forms(tokens('وب')[0])).toEqual(['+وب']);
    expect(forms(tokens('فلا')[0])).toEqual(['+فلا', 'ف+لا']);
  });
});

describe('tokenize: properties', () => {
  it("each token's original slice re-normalizes to the token's text", () => {
    fc.assert(
      fc.property(arabicHeavyString(), (s) => {
        const n = normalize(s);
        for (const token of tokenize(n)) {
          expect(normalize(s.slice(token.originStart, token.originEnd)).text).toBe(token.text);
          expect(n.text.slice(token.start, token.end)).toBe(token.text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('tokens are in order and never overlap', () => {
    fc.assert(
      fc.property(arabicHeavyString(), (s) => {
        const list = tokenize(normalize(s));
        for (let i = 1; i < list.length; i += 1) {
          expect(list[i]?.start).toBeGreaterThanOrEqual(list[i - 1]?.end ?? 0);
          expect(list[i]?.originStart).toBeGreaterThanOrEqual(list[i - 1]?.originEnd ?? 0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('tokenize: the article', () => {
  it('is written with a bare alef: «ألتشين» and «إلهام» have none', () => {
    expect(tokens('ألتشين')[0]?.analyses[0]?.article).toBe(false);
    expect(tokens('الخاصة')[0]?.analyses[0]?.article).toBe(true);
    expect(tokens('وألكسندر')[0]?.analyses.some((a) => a.article)).toBe(false);
    expect(tokens('للأمم')[0]?.analyses.find((a) => a.form === 'الامم')?.article).toBe(true);
  });
});

describe('tokenize: a range of the text', () => {
  // Regression: digit and Latin runs were scanned to the end of the whole text, so reading
  // a text without spaces in chunks was quadratic («1,0.1,0.…» took 2.3 s for 1M characters).
  it('never runs a token past the end of the range, whatever the run', () => {
    for (const text of ['1,0.'.repeat(5000), 'abc-'.repeat(5000), 'قره'.repeat(5000), 'ﷺ'.repeat(3000)]) {
      const normalized = normalize(text);
      const to = 7001;
      const list = tokenize(normalized, { from: 3000, to });
      expect(list.length).toBeGreaterThan(0);
      expect(list[0]?.start).toBe(3000);
      for (const t of list) expect(t.end).toBeLessThanOrEqual(to);
    }
  });

  it('counts index from the range\'s first token and keeps whole-text offsets', () => {
    const normalized = normalize('قال الرئيس إن 5 جنود قتلوا');
    const list = tokenize(normalized, { from: 4, to: 14 });
    expect(list.map((t) => [t.index, t.text, t.start])).toEqual([
      [0, 'الرييس', 4],
      [1, 'ان', 11],
    ]);
  });
});

