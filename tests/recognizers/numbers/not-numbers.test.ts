import { describe, expect, it } from 'vitest';
import { numbers } from './extract-helpers.js';

describe('not numbers (GUIDELINES.md, DECISIONS.md 13)', () => {
  it.each([
    ['duals imply two but are not numerals', 'قتل في انفجار لغمين أرضيين بحادثين منفصلين'],
    ['duals in a list', 'بينهم نساء وطفلان ورجلان'],
    ['construct duals', 'خلال قمتي القادة ودعت طرفي النزاع'],
    ['partitive «إحدى»', 'الانتخابات الرئاسية هي إحدى تلك الخطوات الاستفزازية'],
    ['partitive «أحد»', 'قال أحد المسؤولين'],
    ['weekday «الأحد»', 'يوم الأحد'],
    ['weekday «الاثنين»', 'طالبت، الإثنين، أرمينيا بسحب قواتها'],
    ['«عددا من», «العديد»', 'دمرت عددا من نقاط إطلاق النار وأظهر العديد من المنصات'],
    ['trilateral', 'لضمان أحكام البيان الثلاثي والاتفاقيات الثلاثية'],
    ['«واحد» in idioms', 'تحدثوا في آن واحد وبصوت واحد، وكل واحد منهم'],
    ['«لست» (I am not)', 'لست أدري'],
    ['«ألف» the verb', 'ألف الكاتب رواية جديدة'],
    ['«ثمن» price', 'دفع ثمن الخبز'],
    ['quarter- and semi-finals', 'تأهل إلى ربع النهائي ثم نصف النهائي'],
    ['vague nouns that are not numerals', 'بعد ساعات من القصف وأيام من المعارك'],
    ['a greeting (NeMo whitelist)', 'السلام عليكم'],
  ])('%s', (_why, sentence) => {
    expect(numbers(sentence)).toEqual([]);
  });
});

describe('identifiers are not quantities (policy)', () => {
  it.each([
    ['phone numbers with a country prefix', 'للتواصل: +963 11 2345678'],
    ['phone numbers with a leading zero', 'اتصل على 0933123456 أو 0933 123 456'],
    ['a long digit run after a phone word', 'رقم الهاتف 123456789101'],
    ['labels after «رقم»', 'القرار رقم 2254 والبند رقم 5'],
    ['resolutions, articles and units', 'القرار 2254 والمادة 50 واللواء 93'],
    ['model names', 'طائرات إف-16 وصواريخ S-300'],
    ['digits glued to letters', 'عام 2023م و20دولار و١مليون'],
    ['a disease name', 'مصاب بكوفيد-19'],
    ['URLs and e-mail', 'موقع www.site24.com والبريد info2023@example.com'],
    ['an IP address', 'العنوان 192.168.1.2'],
    ['clock times', 'في الساعة 10:30'],
    ['all-digit dates', 'في 19/9/2023 و19-9-2023'],
  ])('%s', (_why, sentence) => {
    expect(numbers(sentence)).toEqual([]);
  });

  it('still reads a quantity after a phone word when it is short («الجوال ١٠٠٪»)', () => {
    expect(numbers('شحن الجوال ١٠٠٪')).toMatchObject([{ text: '١٠٠٪', subtype: 'percent', value: 100 }]);
  });
});
