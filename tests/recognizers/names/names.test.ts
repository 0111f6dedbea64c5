import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract.js';
import { DEFAULT_LEXICONS } from '../../../src/lexicon/defaults.js';
import type { Mention } from '../../../src/types.js';

// Only the countries: people and bodies must come from the rules, not from the lexicons.
const countriesOnly = createExtractor({ defaultLexicons: false, lexicons: DEFAULT_LEXICONS.filter((l) => l.name.endsWith('countries.json')), types: ['actor', 'place'] });
const full = createExtractor({ types: ['actor', 'place'] });
const people = (text: string, ex = countriesOnly): Mention[] => ex.extract(text).mentions.filter((m) => m.subtype === 'person');

describe('person triggers', () => {
  it.each([
    ['أجرى وزير الخارجية الأميركي أنتوني بلينكن اتصالات', 'أنتوني بلينكن', 'united-states', 'وزير الخارجية الأميركي'],
    ['وقالت المتحدثة باسم وزارة الخارجية الروسية، ماريا زاخاروفا، أن موسكو', 'ماريا زاخاروفا', 'russia', 'المتحدثة باسم وزارة الخارجية الروسية'],
    ['ورئيس وزراء أرمينيا نيكول باشينيان، وحث', 'نيكول باشينيان', 'armenia', 'رئيس وزراء أرمينيا'],
    ['أن وزير دفاع تركيا، يشار غولمر، أبلغ', 'يشار غولمر', 'turkey', 'وزير دفاع تركيا'],
    ['أبلغ نظيره الأذري، ذاكر حسنوف بدعم أنقرة', 'ذاكر حسنوف', 'azerbaijan', 'نظيره الأذري'],
    ['وأكد الرئيس الأذربيجاني “إلهام علييف” في اتصال', 'إلهام علييف', 'azerbaijan', 'الرئيس الأذربيجاني'],
    ['بمشاركة مستشار الرئيس الأذربيجاني حكمت حاجييف، وممثل', 'حكمت حاجييف', 'azerbaijan', 'مستشار الرئيس الأذربيجاني'],
    ['وممثل الرئيس للمهام الخاصة ألتشين أميربايوف، ونائب', 'ألتشين أميربايوف', undefined, 'ممثل الرئيس للمهام الخاصة'],
    ['منذ أن بدأ الرئيس الروسي فلاديمير بوتين حربا في أوكرانيا', 'فلاديمير بوتين', 'russia', 'الرئيس الروسي'],
    ['قال الرئيس السابق لحكومة المنطقة الانفصالية روبن فاردانيان في إدارة', 'روبن فاردانيان', undefined, 'الرئيس السابق لحكومة المنطقة الانفصالية'],
  ])('«%s» → %s', (text, name, country, role) => {
    const [person] = people(text);
    expect(person?.text).toBe(name);
    expect(person?.country).toBe(country);
    expect(person?.role).toBe(role);
    expect(person?.source).toBe('rule:person.title');
  });

  it('finds a name after a reporting verb when it starts with a known first name', () => {
    expect(people('وقال فلاديمير بوتين إن بلاده').map((m) => m.text)).toEqual(['فلاديمير بوتين']);
  });

  it('reads a byline at the top: «كاجين أحمد ـ xeber24.net»', () => {
    const [person] = people('كاجين أحمد ـ xeber24.net\nأعلنت السلطات', full);
    expect(person).toMatchObject({ text: 'كاجين أحمد', id: 'kajin-ahmd', source: 'rule:person.byline' });
  });

  it('stops at words that are never names', () => {
    expect(people('قال الرئيس إن القوات').map((m) => m.text)).toEqual([]);
    expect(people('زعيم الانفصاليين بقره باغ قوله إنه', full).map((m) => m.text)).toEqual([]);
  });

  it('gives a surname alone the id of the full name in the same document', () => {
    const found = people('وقال وزير الخارجية الأميركي أنتوني بلينكن إن بلاده. وأضاف بلينكن أن');
    expect(found.map((m) => [m.text, m.id])).toEqual([
      ['أنتوني بلينكن', 'antuni-blinkn'],
      ['بلينكن', 'antuni-blinkn'],
    ]);
  });

  it('prefers the lexicon id when the lexicon knows the person', () => {
    expect(people('وزير الخارجية الأميركي أنتوني بلينكن', full).map((m) => [m.id, m.source])).toEqual([['antony-blinken', 'lexicon']]);
  });
});

describe('place and organisation designators', () => {
  it('takes the name after a place designator, leaving the designator out', () => {
    const [place] = countriesOnly.extract('قصفت القوات بلدة مارتوني ليلا').mentions;
    expect(place).toMatchObject({ type: 'place', subtype: 'city', text: 'مارتوني', source: 'rule:place.designator' });
  });

  it('drops the designator before a proper name of a body (DECISIONS.md 5)', () => {
    const [org] = countriesOnly.extract('نقلت وكالة تسنيم أن').mentions;
    expect(org).toMatchObject({ type: 'actor', subtype: 'organization', text: 'تسنيم' });
  });

  it('keeps a designator with a definite name: «حزب العدالة والتنمية»', () => {
    const [org] = countriesOnly.extract('قال حزب العدالة والتنمية الحاكم').mentions;
    expect(org).toMatchObject({ subtype: 'organization', text: 'حزب العدالة والتنمية' });
  });

  it('gives a bare ministry the country the document names most', () => {
    const mentions = full.extract('قدمت أذربيجان إحاطة في أذربيجان بمقر وزارة الخارجية في العاصمة باكو').mentions;
    expect(mentions.find((m) => m.text === 'وزارة الخارجية')?.id).toBe('azerbaijan-ministry-of-foreign-affairs');
  });
});

describe('document entities', () => {
  it('lists one entity per id with counts, most salient first', () => {
    const { entities } = full.extract('قالت أذربيجان إن باكو ستواصل. وردت أرمينيا على أذربيجان');
    expect(entities.map((e) => [e.id, e.mentions])).toEqual([
      ['azerbaijan', 2],
      ['baku', 1],
      ['armenia', 1],
    ]);
  });
});
