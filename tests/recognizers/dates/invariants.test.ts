import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

// Words the date grammar is built from, shuffled into random «sentences».
const VOCABULARY = [
  'سبتمبر', 'أيلول', '/', '(', ')', 'تشرين', 'الأول', 'الثاني', 'كانون', 'آب', 'مارس', 'رمضان', 'ربيع', 'ذو', 'الحجة',
  '19', '9', '2023', '1445', '2020', '24', '3', '31', '١٩', 'هـ', 'م', 'عام', 'العام', 'الماضي', 'المقبل', 'الجاري',
  'الثلاثاء', 'الأحد', 'عشر', 'يوم', 'اليوم', 'أمس', 'غدا', 'بعد', 'غد', 'قبل', 'منذ', 'من', 'إلى', 'بين', 'و', '–', '-',
  'صباح', 'مساء', 'ليلة', 'صباحا', 'الساعة', 'الثالثة', 'عصرا', ':', '30', 'بتوقيت', 'غرينتش', 'ساعة', 'ساعات', 'أيام',
  'يومين', 'الأشهر', 'التسعة', 'ستة', 'أسابيع', 'سنوات', 'ثلاث', 'نحو', 'أقل', 'أوائل', 'التسعينيات', 'القرن', 'العشرين',
  'الأسبوع', 'هذا', 'الموافق', 'ونصف', 'كامل', 'الآن', 'طوال', '،', '.', 'قال', 'الجيش', 'الأمين',
];

const DATE = '(([0-9]{4}|XXXX)(-([0-9]{2}|XX)(-[0-9]{2}(T(MO|MI|AF|EV|NI|[0-9]{2}:[0-9]{2}Z?))?)?)?|[0-9]{4}-W[0-9]{2}|[0-9]{3}X|[0-9]{2}XX|PAST_REF|FUTURE_REF)';
const VALUES: Record<string, RegExp> = {
  date: new RegExp(`^${DATE}$`, 'u'),
  range: new RegExp(`^${DATE}/${DATE}$`, 'u'),
  duration: /^P([0-9.]+|X)?(CE|DE|Y|M|W|D)?([0-9.]+(CE|DE|Y|M|W|D))*(T([0-9.]+|X)(H|M|S)([0-9.]+(H|M|S))*)?$/u,
};

describe('date mentions on random word salad', () => {
  it('keep exact spans, never overlap, and carry well-formed TIMEX3 values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }),
        fc.constantFrom(null, '2023-09-20', '2016-02-29'),
        (words, reference) => {
          const text = words.join(' ');
          const mentions = dates(text, reference);
          let end = 0;
          for (const mention of mentions) {
            expect(text.slice(mention.start, mention.end)).toBe(mention.text);
            expect(mention.start).toBeGreaterThanOrEqual(end);
            end = mention.end;
            if (mention.value !== null) expect(String(mention.value)).toMatch(VALUES[mention.subtype] ?? /^$/u);
          }
        },
      ),
      { numRuns: 400, seed: 20230919 },
    );
  });
});
