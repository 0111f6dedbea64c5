import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExtractor } from '../../../src/extract.js';
import { normalize } from '../../../src/normalize/index.js';
import { inferReferenceDate } from '../../../src/recognizers/dates/index.js';
import { tokenize } from '../../../src/tokenize/index.js';
import { loadCorpus } from '../../helpers/corpus.js';
import { briefs } from './helpers.js';

function inferred(text: string): string | null {
  const normalized = normalize(text);
  return inferReferenceDate({ normalized, tokens: tokenize(normalized), referenceDate: null });
}

describe('the reference date the text gives', () => {
  it('reads the lead date of 000 and 002, and nothing from 001, 003, 004 (DECISIONS.md)', () => {
    const byName = Object.fromEntries(loadCorpus().map((doc) => [doc.name.slice(0, 3), inferred(doc.text)]));
    expect(byName).toEqual({ '000': '2023-09-19', '001': null, '002': '2023-09-19', '003': null, '004': null });
  });

  it('reads a dateline: numeric, Hijri with its Gregorian day, or words', () => {
    expect(inferred('الرياض - ١٩/٩/٢٠٢٣ - أعلنت وزارة الداخلية')).toBe('2023-09-19');
    expect(inferred('جدة في 4 ربيع الأول 1445 هـ (واس) - أعلن')).toBe('2023-09-19');
    expect(inferred('بغداد 5 كانون الثاني 2020 (رويترز) - صوت البرلمان')).toBe('2020-01-05');
  });

  it('ignores a full date after the first sentence or far from the top, and dates without their year', () => {
    expect(inferred('تستأنف المحادثات الأسبوع المقبل. ووقع الاتفاق الأول في 9 تشرين الثاني 2020.')).toBeNull();
    expect(inferred(`قال المتحدث إن المحادثات ${'مستمرة و'.repeat(40)} ووقع الاتفاق في 9 تشرين الثاني 2020.`)).toBeNull();
    expect(inferred('أعلنت الحكومة الثلاثاء 19 سبتمبر أنها ستفتح المعبر.')).toBeNull();
  });

  it('is reported by extract, and resolves the relative dates of the text', () => {
    const extractor = createExtractor({ types: ['date'] });
    const result = extractor.extract('نقلت الوكالة، الثلاثاء 19 سبتمبر/أيلول 2023، عن الرئاسة قولها إن 25 قتلوا أمس.');
    expect(result.reference).toEqual({ date: '2023-09-19', source: 'text' });
    expect(result.mentions.map((m) => [m.text, m.value])).toEqual([
      ['الثلاثاء 19 سبتمبر/أيلول 2023', '2023-09-19'],
      ['أمس', '2023-09-18'],
    ]);
  });

  it('the caller’s reference wins over the text', () => {
    const extractor = createExtractor({ types: ['date'] });
    const result = extractor.extract('الثلاثاء 19 سبتمبر/أيلول 2023: قتل 25 أمس.', { referenceDate: '2023-09-20' });
    expect(result.reference).toEqual({ date: '2023-09-20', source: 'option' });
    expect(result.mentions.map((m) => m.value)).toEqual(['2023-09-19', '2023-09-19']);
  });
});

describe('without any reference', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('finds relative dates with value null, whatever the clock says', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-02-03T10:00:00Z'));
    expect(briefs('وقال المتحدث أمس إن القصف بدأ قبل ثلاث سنوات ويتوقع أن يتوقف الأسبوع المقبل، الخميس صباحا.')).toEqual([
      { text: 'أمس', subtype: 'date', value: null },
      { text: 'قبل ثلاث سنوات', subtype: 'date', value: null },
      { text: 'الأسبوع المقبل', subtype: 'date', value: null },
      { text: 'الخميس صباحا', subtype: 'date', value: null },
    ]);
  });

  it('keeps what the text itself says: a year-less day as XXXX, durations, absolute dates', () => {
    expect(briefs('تستأنف المحادثات في 2 أكتوبر لمدة ثلاثة أيام. وكانت قد بدأت في 9 تشرين الثاني/ نوفمبر 2020.')).toEqual([
      { text: '2 أكتوبر', subtype: 'date', value: 'XXXX-10-02' },
      { text: 'ثلاثة أيام', subtype: 'duration', value: 'P3D' },
      { text: '9 تشرين الثاني/ نوفمبر 2020', subtype: 'date', value: '2020-11-09' },
    ]);
  });
});
