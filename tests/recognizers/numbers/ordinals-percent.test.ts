import { describe, expect, it } from 'vitest';
import { numbers } from './extract-helpers.js';

describe('ordinals', () => {
  it.each([
    ['حل المنتخب في المركز الثاني', 'الثاني', 2],
    ['انتهت المرحلة الأولى من العملية', 'الأولى', 1],
    ['تقدم إلى الدور العاشر', 'العاشر', 10],
    ['في الصف الحادي عشر', 'الحادي عشر', 11],
    ['للمرة الثانية عشرة', 'الثانية عشرة', 12],
    ['يقع المكتب في الطابق الحادي والعشرين', 'الحادي والعشرين', 21],
    ['انعقدت الدورة الواحدة والعشرون', 'الواحدة والعشرون', 21],
    ['احتفلت بالذكرى الخامسة والعشرين', 'الخامسة والعشرين', 25],
    ['افتتح المؤتمر العشرين للحزب', 'العشرين', 20],
    ['الذكرى المئة لتأسيس الجمهورية', 'المئة', 100],
    ['العام المئة والخامسة والعشرون', 'المئة والخامسة والعشرون', 125],
    ['باكو ثاني أكبر مدينة', 'ثاني', 2],
    ['للمرة الأولى منذ سنوات', 'الأولى', 1],
    ['في أول زيارة له', 'أول', 1],
  ])('%s → «%s» = %d', (sentence, text, value) => {
    expect(numbers(sentence)).toEqual([{ text, subtype: 'ordinal', value, qualifier: 'exact', unit: undefined }]);
  });

  it('reads no ordinal in month names, clock times, «أول أمس» or relative ranks', () => {
    expect(numbers('قمتي تشرين الأول وكانون الثاني')).toEqual([]);
    expect(numbers('في ربيع الأول وجمادى الأولى')).toEqual([]);
    expect(numbers('وصل في الساعة الثانية')).toEqual([]);
    expect(numbers('وصل أول أمس')).toEqual([]);
    expect(numbers('أريني الثانية الى الاخير')).toEqual([]);
    expect(numbers('الصفحة الأخيرة والتالية والسابقة')).toEqual([]);
  });

  it('tells «الأولى» (first) from «الأوّلي» (primary) by its last letter', () => {
    expect(numbers('أظهرت النتائج الأولية والتحقيق الأولي')).toEqual([]);
    expect(numbers('المرحلة الاولي')).toMatchObject([{ text: 'الاولي', subtype: 'ordinal', value: 1 }]);
  });

  it('reads no ordinal in a trilateral adjective or a bare «الحادي»', () => {
    expect(numbers('البيانات الثلاثية والاتفاق الثلاثي')).toEqual([]);
    expect(numbers('الحادي من الشهر')).toEqual([]);
  });
});

describe('percentages', () => {
  it.each([
    ['ارتفعت البطالة إلى 15%', '15%', 15],
    ['ارتفعت البطالة إلى ١٥٪', '١٥٪', 15],
    ['ارتفعت البطالة إلى 15 %', '15 %', 15],
    ['انخفض بنسبة 20 في المائة', '20 في المائة', 20],
    ['انخفض بنسبة 20 في المئة', '20 في المئة', 20],
    ['ارتفع 10 بالمئة', '10 بالمئة', 10],
    ['صوت ثلاثون بالمائة', 'ثلاثون بالمائة', 30],
    ['بلغت النسبة 2.5%', '2.5%', 2.5],
    ['بنسبة ٪20', '٪20', 20],
  ])('%s → «%s»', (sentence, text, value) => {
    expect(numbers(sentence)).toEqual([{ text, subtype: 'percent', value, qualifier: 'exact', unit: undefined }]);
  });

  it('keeps a qualifier and a partitive unit', () => {
    expect(numbers('صوت أكثر من 60% من الناخبين')).toEqual([
      { text: 'أكثر من 60%', subtype: 'percent', value: 60, qualifier: 'more_than', unit: 'الناخبين' },
    ]);
    expect(numbers('فقد نحو 30 في المئة من قيمته')[0]).toMatchObject({ text: 'نحو 30 في المئة', qualifier: 'approx', unit: 'قيمته' });
  });
});
