import { describe, expect, it } from 'vitest';
import { numbers } from './extract-helpers.js';

describe('qualifiers before the number are in the span', () => {
  it.each([
    ['أجلت القوات أكثر من 2000 مدني', 'أكثر من 2000', 2000, 'more_than', 'مدني'],
    ['قتل ما يزيد على 50 شخصا', 'ما يزيد على 50', 50, 'more_than', 'شخصا'],
    ['فقد ما لا يقل عن 30 شخصا', 'ما لا يقل عن 30', 30, 'more_than', 'شخصا'],
    ['أصيب أقل من عشرة جنود', 'أقل من عشرة', 10, 'less_than', 'جنود'],
    ['إن نحو 100 قتلوا', 'نحو 100', 100, 'approx', undefined],
    ['قتل حوالي 40 مسلحا', 'حوالي 40', 40, 'approx', 'مسلحا'],
    ['قتل حوالى 40 مسلحا', 'حوالى 40', 40, 'approx', 'مسلحا'],
    ['نزح قرابة 3 آلاف شخص', 'قرابة 3 آلاف', 3000, 'approx', 'شخص'],
    ['نقلوا ما يقرب من 500 شخص من المناطق', 'ما يقرب من 500', 500, 'approx', 'شخص'],
    ['شارك زهاء 40 ألف متظاهر', 'زهاء 40 ألف', 40000, 'approx', 'متظاهر'],
    ['تضم الدبابات أكثر من مائة دبابة', 'أكثر من مائة', 100, 'more_than', 'دبابة'],
  ])('%s', (sentence, text, value, qualifier, unit) => {
    expect(numbers(sentence)).toEqual([{ text, subtype: 'cardinal', value, qualifier, unit }]);
  });

  it('leaves «ما يقدر ب» out: only «نحو» is a qualifier (DECISIONS.md 14)', () => {
    expect(numbers('ويعيش ما يقدر بنحو 120 ألف أرمني في الجيب الجبلي')).toEqual([
      { text: 'نحو 120 ألف', subtype: 'cardinal', value: 120000, qualifier: 'approx', unit: 'أرمني' },
    ]);
  });

  it('leaves a proclitic on the qualifier out of the span', () => {
    expect(numbers('ارتفع عددهم لأكثر من 300 شخص')[0]).toMatchObject({ text: 'أكثر من 300', qualifier: 'more_than' });
    expect(numbers('قدرت الخسائر بحوالي 5 ملايين دولار')[0]).toMatchObject({ text: 'حوالي 5 ملايين', value: 5e6, qualifier: 'approx' });
  });

  it('does not read a qualifier word that no number follows', () => {
    expect(numbers('عبر طريقين على نحو متزامن نحو أرمينيا')).toEqual([]);
    expect(numbers('هذا أكثر من ذلك')).toEqual([]);
  });
});

describe('qualifiers after the number set the qualifier, outside the span', () => {
  it('reads «على الأقل» and «تقريبا» after the number or its noun', () => {
    expect(numbers('قتل 50 شخصا على الأقل')[0]).toEqual({ text: '50', subtype: 'cardinal', value: 50, qualifier: 'more_than', unit: 'شخصا' });
    expect(numbers('أصيب 200 تقريبا')[0]).toMatchObject({ text: '200', qualifier: 'approx' });
  });
});
