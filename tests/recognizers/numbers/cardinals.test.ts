import { describe, expect, it } from 'vitest';
import { numbers } from './extract-helpers.js';

describe('cardinals in news sentences: span, value, qualifier, unit', () => {
  it('reads digits with the counted noun after them', () => {
    expect(numbers('قتل 7 مدنيين في إقليم قره باغ')).toEqual([
      { text: '7', subtype: 'cardinal', value: 7, qualifier: 'exact', unit: 'مدنيين' },
    ]);
    expect(numbers('أعلنت أرمينيا أن 32 شخصا قتلوا')).toEqual([
      { text: '32', subtype: 'cardinal', value: 32, qualifier: 'exact', unit: 'شخصا' },
    ]);
  });

  it('gives no unit when a verb follows the number («25 قُتلوا», «أكثر من 200 جرحوا»)', () => {
    expect(numbers('إن 25 قُتلوا في الإقليم')).toEqual([{ text: '25', subtype: 'cardinal', value: 25, qualifier: 'exact', unit: undefined }]);
    expect(numbers('قتل 32 شخصا وأكثر من 200 جرحوا')[1]).toEqual({
      text: 'أكثر من 200',
      subtype: 'cardinal',
      value: 200,
      qualifier: 'more_than',
      unit: undefined,
    });
    expect(numbers('قالت الشرطة إن 40 يعيشون في المبنى')[0]?.unit).toBeUndefined();
  });

  it('takes X in «N من X» as the unit, and an indefinite noun with its definite noun (iḍāfa)', () => {
    expect(numbers('قالت أذربيجان إن 6 من مواطنيها لقوا حتفهم')[0]).toMatchObject({ text: '6', unit: 'مواطنيها' });
    expect(numbers('إن 4 من العاملين بوزارة الداخلية قتلوا')[0]).toMatchObject({ text: '4', unit: 'العاملين' });
    expect(numbers('مقتل ستة أشخاص، بينهم أربعة من رجال الشرطة')).toMatchObject([
      { text: 'ستة', value: 6, unit: 'أشخاص' },
      { text: 'أربعة', value: 4, unit: 'رجال الشرطة' },
    ]);
    expect(numbers('اعتقل خمسة عناصر الشرطة')[0]?.unit).toBe('عناصر الشرطة');
  });

  it('does not extend a unit with an adjective, an indefinite noun or a time word', () => {
    expect(numbers('أكثر من مائتي مدفعية ثقيلة')[0]).toMatchObject({ text: 'أكثر من مائتي', value: 200, unit: 'مدفعية' });
    expect(numbers('وأكثر من مائتي نظام هاون')[0]).toMatchObject({ value: 200, unit: 'نظام' });
    expect(numbers('قتل 3 جنود الأسبوع الماضي')[0]?.unit).toBe('جنود');
    expect(numbers('سيطرت على 60 موقعا للقوات الأرمينية')[0]?.unit).toBe('موقعا');
  });

  it('takes the noun before «اثنين» and «واحد», with its diacritics', () => {
    expect(numbers('وأضافت أن لغماً آخر قتل مدنيَّين اثنين كانا في شاحنة')).toEqual([
      { text: 'اثنين', subtype: 'cardinal', value: 2, qualifier: 'exact', unit: 'مدنيَّين' },
    ]);
    expect(numbers('لم يبق سوى بلد واحد')[0]).toMatchObject({ text: 'واحد', value: 1, unit: 'بلد' });
    expect(numbers('وأضاف أن اثنين من القتلى مدنيون')[0]).toMatchObject({ text: 'اثنين', value: 2, unit: 'القتلى' });
  });

  it('reads number words in their case and gender forms', () => {
    expect(numbers('قتلت إحدى عشرة امرأة واثنا عشر طفلا')).toMatchObject([
      { text: 'إحدى عشرة', value: 11, unit: 'امرأة' },
      { text: 'اثنا عشر', value: 12, unit: 'طفلا' },
    ]);
    expect(numbers('أصيب ثلاثة وعشرون مدنيا')[0]).toMatchObject({ text: 'ثلاثة وعشرون', value: 23, unit: 'مدنيا' });
    expect(numbers('تضم الكتيبة ثلاثمائة وخمسين عنصرا')[0]).toMatchObject({ text: 'ثلاثمائة وخمسين', value: 350 });
    expect(numbers('وصل عددهم إلى ألفين وخمسمائة')[0]).toMatchObject({ text: 'ألفين وخمسمائة', value: 2500 });
    expect(numbers('ثلاثة ملايين نازح')[0]).toMatchObject({ text: 'ثلاثة ملايين', value: 3e6, unit: 'نازح' });
  });

  it('keeps multiplier words in the span, never the counted noun', () => {
    expect(numbers('قوات مسلحة تعدادها أكثر من 10 آلاف شخص')[0]).toEqual({
      text: 'أكثر من 10 آلاف',
      subtype: 'cardinal',
      value: 10000,
      qualifier: 'more_than',
      unit: 'شخص',
    });
    expect(numbers('بلغت الخسائر ٢٫٥ مليار دولار')[0]).toMatchObject({ text: '٢٫٥ مليار', value: 2.5e9, unit: 'دولار' });
    expect(numbers('ارتفع عدد اللاجئين إلى 2,5 مليون لاجئ')[0]).toMatchObject({ text: '2,5 مليون', value: 2.5e6 });
    expect(numbers('نزوح نصف مليون شخص')[0]).toMatchObject({ text: 'نصف مليون', value: 5e5, unit: 'شخص' });
    expect(numbers('يعيش مليون ونصف المليون لاجئ في المخيمات')[0]).toMatchObject({ text: 'مليون ونصف المليون', value: 1.5e6 });
  });

  it('reads Arabic-Indic digits and thousands separators, and leaves a glued proclitic out', () => {
    expect(numbers('أعلنت الوزارة مقتل ١٠٬٠٠٠ شخص')[0]).toMatchObject({ text: '١٠٬٠٠٠', value: 10000, unit: 'شخص' });
    expect(numbers('قتل 10,000 شخص')[0]).toMatchObject({ text: '10,000', value: 10000 });
    expect(numbers('وقتل و25 جنديا')[0]).toMatchObject({ text: '25', value: 25, unit: 'جنديا' });
    expect(numbers('قصفت المدينة ب300 صاروخ')[0]).toMatchObject({ text: '300', value: 300, unit: 'صاروخ' });
    expect(numbers('وفاة وثلاثة أطفال')[0]).toMatchObject({ text: 'ثلاثة', value: 3, unit: 'أطفال' });
  });

  it('reads decimals written with «فاصلة» and fractions', () => {
    expect(numbers('بلغ النمو اثنين فاصلة خمسة')[0]).toMatchObject({ text: 'اثنين فاصلة خمسة', value: 2.5 });
    expect(numbers('يعيش ثلث السكان تحت خط الفقر')[0]).toMatchObject({ text: 'ثلث', value: 1 / 3, unit: 'السكان' });
    expect(numbers('دمر ثلاثة أرباع المباني')[0]).toMatchObject({ text: 'ثلاثة أرباع', value: 0.75, unit: 'المباني' });
    expect(numbers('انتظرنا ساعة ونصف')).toEqual([]);
  });

  it('reads «N على M» as a fraction only in words, with numerator one, or after a fraction cue', () => {
    expect(numbers('نسبة الفائدة واحد على عشرين')[0]).toMatchObject({ text: 'واحد على عشرين', value: 0.05 });
    expect(numbers('احتمال ١ على ٣')[0]).toMatchObject({ text: '١ على ٣', value: 1 / 3 });
    // A fraction cue up to two words before the numerator, with its article or a proclitic.
    expect(numbers('اكتب الكسر 3 على 4')[0]).toMatchObject({ text: '3 على 4', value: 0.75 });
    expect(numbers('الكسر العشري ٧ على ٨ أكبر')[0]).toMatchObject({ text: '٧ على ٨', value: 0.875 });
    expect(numbers('وكسر 9 على 10 يساوي')[0]).toMatchObject({ text: '9 على 10', value: 0.9 });
    // Without a cue, digits on both sides are a score or a distribution: two numbers.
    expect(numbers('فاز الفريق 3 على 1').map((n) => n.value)).toEqual([3, 1]);
    expect(numbers('وزعت 500 على 20 أسرة').map((n) => n.value)).toEqual([500, 20]);
    // Too far back, or with a number or sign between, the cue does not reach.
    expect(numbers('الكسر في المباراة 3 على 1').map((n) => n.value)).toEqual([3, 1]);
  });

  it('reads a minus glued to digits and «سالب», but not a hyphen between two numbers', () => {
    expect(numbers('انخفضت الحرارة إلى -5 درجات')[0]).toMatchObject({ text: '-5', value: -5, unit: 'درجات' });
    expect(numbers('درجة الحرارة سالب واحد')[0]).toMatchObject({ text: 'سالب واحد', value: -1 });
    expect(numbers('الأرقام 3-1 و(-4)').map((n) => n.value)).toEqual([3, 1, -4]);
  });
});

describe('vague plurals', () => {
  it('reads «عشرات/مئات/آلاف» without a count as vague 10 / 100 / 1000', () => {
    expect(numbers('سقوط عشرات القتلى')).toEqual([{ text: 'عشرات', subtype: 'cardinal', value: 10, qualifier: 'vague', unit: 'القتلى' }]);
    expect(numbers('قتل نحو 100 وأصيب مئات آخرون')[1]).toEqual({ text: 'مئات', subtype: 'cardinal', value: 100, qualifier: 'vague', unit: undefined });
    expect(numbers('إن خمسة أشخاص قتلوا وأصيب العشرات، بينهم نساء')[1]).toEqual({
      text: 'العشرات',
      subtype: 'cardinal',
      value: 10,
      qualifier: 'vague',
      unit: undefined,
    });
    expect(numbers('نقلت الآلاف من المسلحين السوريين')[0]).toMatchObject({ text: 'الآلاف', value: 1000, qualifier: 'vague', unit: 'المسلحين' });
    expect(numbers('تظاهر الملايين في الشوارع')[0]).toMatchObject({ text: 'الملايين', value: 1e6, qualifier: 'vague' });
  });

  it('multiplies a vague plural by the multiplier after it, and reads «بضعة آلاف»', () => {
    expect(numbers('نزح مئات الآلاف من اللاجئين')[0]).toMatchObject({ text: 'مئات الآلاف', value: 100000, qualifier: 'vague', unit: 'اللاجئين' });
    expect(numbers('شارك عشرات آلاف المتظاهرين')[0]).toMatchObject({ text: 'عشرات آلاف', value: 10000, unit: 'المتظاهرين' });
    expect(numbers('أرسلت بضعة آلاف جندي')[0]).toMatchObject({ text: 'بضعة آلاف', value: 1000, qualifier: 'vague', unit: 'جندي' });
  });
});
