import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/normalize/index.js';
import { recognizeDates } from '../../../src/recognizers/dates/index.js';
import { tokenize } from '../../../src/tokenize/index.js';

const SIZE = 100_000;

/** `unit` repeated to about 100k characters. */
const hostile = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));

// The date recognizer alone (not the whole extractor), so that only its own work is measured.
function run(text: string): number {
  const normalized = normalize(text);
  return recognizeDates({ normalized, tokens: tokenize(normalized), referenceDate: '2023-09-20' }).length;
}

describe('dates stay linear on hostile input', () => {
  const cases: Record<string, string> = {
    'repeated month names': hostile('سبتمبر '),
    'repeated paired months': hostile('أيلول/سبتمبر/'),
    'repeated «أمس »': hostile('أمس '),
    'repeated «أمس الثلاثاء مساء »': hostile('أمس الثلاثاء مساء '),
    'repeated full dates': hostile('الثلاثاء 19 سبتمبر/أيلول 2023، '),
    'repeated range openings': hostile('من 2020 إلى '),
    'repeated duration chains': hostile('ساعة و'),
    'repeated slashed digits': hostile('1/1/'),
    'repeated clock times': hostile('الساعة 14:30 '),
    'repeated decades and mods': hostile('أوائل التسعينيات القرن '),
    'repeated «قبل ثلاث سنوات من »': hostile('قبل ثلاث سنوات من '),
    'one long word': 'س'.repeat(SIZE),
    'digits only': '1'.repeat(SIZE),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`completes on ${name}`, () => {
      const found = run(text);
      expect(found).toBeGreaterThanOrEqual(0);
      expect(found).toBeLessThanOrEqual(text.length);
    });
  }
});
