import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { coveredTokens } from '../../src/lexicon/match.js';
import { defineLexicon } from '../../src/lexicon/validate.js';
import { normalize } from '../../src/normalize/index.js';
import type { Candidate } from '../../src/recognizers/types.js';
import { tokenize, type Token } from '../../src/tokenize/index.js';
import type { Mention } from '../../src/types.js';

const extractor = createExtractor({ types: ['actor', 'place'] });
const found = (text: string, ex = extractor): string[] =>
  ex.extract(text).mentions.map((m: Mention) => `${m.text}=${m.id ?? ''}`);

describe('lexicon matching: clitics', () => {
  it.each([
    ['وأذربيجان تقول', 'أذربيجان=azerbaijan'],
    ['قال لروسيا إن', 'روسيا=russia'],
    ['وبالأرمن', 'الأرمن=armenians'],
    ['دعا للأمم المتحدة', 'لأمم المتحدة=united-nations'],
    ['وللانفصاليين', 'لانفصاليين=karabakh-separatists'],
    ['فتركيا', 'تركيا=turkey'],
    ['كأوكرانيا', 'أوكرانيا=ukraine'],
  ])('«%s» → %s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('keeps diacritics and hamza variants of the text in the span', () => {
    const text = 'زار إِيرانَ واذربيجان';
    expect(found(text)).toEqual(['إِيرانَ=iran', 'اذربيجان=azerbaijan']);
  });
});

describe('lexicon matching: multi-word names and nationality-named bodies', () => {
  it('matches multi-word names as one', () => {
    expect(found('ناشدت قوات حفظ السلام الروسية')).toEqual(['قوات حفظ السلام الروسية=russian-peacekeepers']);
    expect(found('الولايات المتحدة الأمريكية')).toEqual(['الولايات المتحدة الأمريكية=united-states']);
  });

  it.each([
    ['أعلنت وزارة الدفاع الأذربيجانية', 'وزارة الدفاع الأذربيجانية=azerbaijan-ministry-of-defence'],
    ['قالت وزارة الخارجية الروسية', 'وزارة الخارجية الروسية=russia-ministry-of-foreign-affairs'],
    ['أعربت الخارجية التركية', 'الخارجية التركية=turkey-ministry-of-foreign-affairs'],
    ['الجيش الأذربيجاني', 'الجيش الأذربيجاني=azerbaijani-armed-forces'],
    ['القوات المسلحة الأرمينية', 'القوات المسلحة الأرمينية=armenian-armed-forces'],
    ['هاجمتها قوات أذربيجانية', 'قوات أذربيجانية=azerbaijani-armed-forces'],
    ['للقوات الأرمينية', 'لقوات الأرمينية=armenian-armed-forces'],
    ['الجيش الإيراني', 'الجيش الإيراني=iranian-armed-forces'],
    ['أكدت السلطات الجورجية', 'السلطات الجورجية=georgia-government'],
    ['جيش أذربيجان', 'جيش أذربيجان=azerbaijani-armed-forces'],
    ['وزارة الدفاع الأذربيجان', 'وزارة الدفاع الأذربيجان=azerbaijan-ministry-of-defence'],
    ['المقاتلون الأرمن', 'المقاتلون الأرمن=armenian-fighters'],
    ['نقلت المسلحين السوريين', 'المسلحين السوريين=syrian-militants'],
    ['المسلحين الليبيين', 'المسلحين الليبيين=libyan-militants'],
  ])('«%s» → %s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('gives a head followed by «في <country>» the country and leaves the place separate', () => {
    expect(found('أعلنت وزارة الدفاع في أذربيجان')).toEqual(['وزارة الدفاع=azerbaijan-ministry-of-defence', 'أذربيجان=azerbaijan']);
  });

  it('needs the adjective to agree: a masculine nisba after الخارجية belongs to a minister', () => {
    expect(found('وزير الخارجية الأميركي')).toEqual([]);
    expect(found('وزيرة الخارجية الألمانية')).toEqual([]);
  });

  it('skips non-referential heads: «لا توجد أي قوات عسكرية أرمنية»', () => {
    expect(found('لا توجد أي قوات عسكرية أرمنية')).toEqual([]);
  });

  it('reads a name that is also an adjective as the place only where an adjective cannot stand', () => {
    expect(found('جماعات مسلحة أرمينية')).toEqual([]);
    expect(found('زار أرمينيا ثم عاد إلى أرمينية')).toEqual(['أرمينيا=armenia', 'أرمينية=armenia']);
  });

  it('drops a designator in front of a name: «جمهورية أذربيجان» → «أذربيجان»', () => {
    expect(found('النظام الدستوري لجمهورية أذربيجان')).toEqual(['أذربيجان=azerbaijan']);
  });
});

describe('lexicon matching: places of the beat', () => {
  it.each([
    ['في منطقة ناغورني قره باغ المتنازع عليها', 'ناغورني قره باغ=nagorno-karabakh'],
    ['ومنطقة قرة باغ الجبلية معترف بها', 'قرة باغ الجبلية=nagorno-karabakh'],
    ['إجلاء المدنيين من كاراباخ', 'كاراباخ=nagorno-karabakh'],
    ['في إقليم قره باغ', 'قره باغ=nagorno-karabakh'],
    ['والمعروف باسم ممر لاتشين', 'ممر لاتشين=lachin-corridor'],
    ['على طريق لاشين نحو', 'طريق لاشين=lachin-corridor'],
    ['باتجاه محافظة آغدام', 'آغدام=aghdam'],
    ['بين باكو وستيباناكرت', 'باكو=baku|ستيباناكرت=stepanakert'],
    ['في العاصمة باكو', 'باكو=baku'],
    ['اعتراف يريفان الرسمية', 'يريفان=yerevan'],
    ['مع انهيار الاتحاد السوفيتي', 'الاتحاد السوفيتي=soviet-union'],
    ['عبر ممر زنغزور', 'ممر زنغزور=zangezur-corridor'],
  ])('«%s» → %s', (text, expected) => {
    expect(found(text).join('|')).toBe(expected);
  });

  it('does not take a city name shared with a country without support: «الكويت» is the state', () => {
    expect(found('زار الكويت')).toEqual(['الكويت=kuwait']);
  });

  it('finds fuzzy variants of multi-word names', () => {
    const [mention] = extractor.extract('وصل إلى ناجورني كاراباك أمس').mentions;
    expect(mention).toMatchObject({ text: 'ناجورني كاراباك', id: 'nagorno-karabakh', source: 'fuzzy' });
  });
});

describe('lexicon extension', () => {
  it('adds a new beat on top of the defaults', () => {
    const sudan = loadLexicon(join(import.meta.dirname, '..', '..', 'fixtures', 'lexicons', 'sudan.json'));
    const withSudan = createExtractor({ lexicons: [sudan], types: ['actor', 'place'] });
    expect(found('اشتبكت قوات الدعم السريع مع الجيش السوداني في الفاشر', withSudan)).toEqual([
      'قوات الدعم السريع=rapid-support-forces',
      'الجيش السوداني=sudanese-armed-forces',
      'الفاشر=el-fasher',
    ]);
  });

  it('keeps two extractors apart when they read the same words in turn (per-word answers are per lexicon)', () => {
    const sudan = loadLexicon(join(import.meta.dirname, '..', '..', 'fixtures', 'lexicons', 'sudan.json'));
    const text = 'قال حميدتي إن قوات الدعم السريع اشتبكت مع الجيش السوداني في الفاشر';
    const withSudan = createExtractor({ lexicons: [sudan], types: ['actor', 'place'] });
    const withoutSudan = createExtractor({ types: ['actor', 'place'] });
    // The defaults read the text first: their answers about «حميدتي» (it starts no name) come first.
    const alone = [found(text, withoutSudan), found(text, withSudan)];
    expect(alone[0]).not.toContain('حميدتي=mohamed-hamdan-dagalo');
    expect(alone[1]).toContain('حميدتي=mohamed-hamdan-dagalo');
    for (let turn = 0; turn < 3; turn += 1) expect([found(text, withoutSudan), found(text, withSudan)]).toEqual(alone);
  });

  it('matches an ambiguous name only when the document supports it', () => {
    const sudan = loadLexicon(join(import.meta.dirname, '..', '..', 'fixtures', 'lexicons', 'sudan.json'));
    const withSudan = createExtractor({ lexicons: [sudan], types: ['actor'] });
    expect(found('هذا هو البرهان', withSudan)).toEqual([]);
    expect(found('التقى عبد الفتاح البرهان وفدا. وقال البرهان', withSudan)).toEqual([
      'عبد الفتاح البرهان=abdel-fattah-al-burhan',
      'البرهان=abdel-fattah-al-burhan',
    ]);
  });

  it('lets a user entry with an existing id override the default', () => {
    const override = defineLexicon({ entries: [{ id: 'turkey', type: 'place', subtype: 'country', names: ['تركيا', 'تورکیه'] }] });
    const ex = createExtractor({ lexicons: [override], types: ['place'] });
    expect(found('تورکیه', ex)).toEqual(['تورکیه=turkey']);
    expect(found('الجمهورية التركية', ex)).toEqual([]);
  });

  it('removes a default by id, and can run without the defaults', () => {
    expect(found('روسيا', createExtractor({ remove: ['russia'], types: ['place'] }))).toEqual([]);
    const only = defineLexicon({ entries: [{ id: 'el-fasher', type: 'place', subtype: 'city', names: ['الفاشر'] }] });
    expect(found('روسيا والفاشر', createExtractor({ lexicons: [only], defaultLexicons: false }))).toEqual(['الفاشر=el-fasher']);
  });
});

describe('similarity fallback', () => {
  const lexicon = defineLexicon({
    entries: [{ id: 'stepanakert', type: 'place', subtype: 'city', names: ['ستيباناكرت'] }],
  });
  const ex = createExtractor({ lexicons: [lexicon], defaultLexicons: false });

  it('finds close variants of long names, marked source "fuzzy"', () => {
    const [mention] = ex.extract('وصلوا إلى ستيبانكرت أمس').mentions;
    expect(mention).toMatchObject({ text: 'ستيبانكرت', id: 'stepanakert', source: 'fuzzy' });
    expect(mention?.confidence).toBeGreaterThan(0.9);
  });

  it('strips a proclitic before comparing', () => {
    expect(found('وستيبانكرت', ex)).toEqual(['ستيبانكرت=stepanakert']);
  });

  it('never matches short words or inflections of a name', () => {
    expect(found('ستيباناكرتية', ex)).toEqual([]);
    const short = createExtractor({ lexicons: [defineLexicon({ entries: [{ id: 'baku', type: 'place', subtype: 'city', names: ['باكو'] }] })], defaultLexicons: false });
    expect(found('باكي', short)).toEqual([]);
  });

  it('can be switched off', () => {
    expect(found('ستيبانكرت', createExtractor({ lexicons: [lexicon], defaultLexicons: false, fuzzy: false }))).toEqual([]);
  });
});

describe('lexicon matching: the tokens the index covers (fuzzy fallback gate)', () => {
  // The definition: a token is covered when any of its units lies inside some candidate's span.
  const byDefinition = (tokens: readonly Token[], spans: readonly { start: number; end: number }[]): number[] =>
    tokens.filter((t) => spans.some((s) => s.start < t.end && t.start < s.end && s.start < s.end)).map((t) => t.index);
  const covered = (tokens: readonly Token[], spans: readonly { start: number; end: number }[]): number[] => {
    const mask = coveredTokens(tokens, spans as unknown as Candidate[]);
    return tokens.filter((t) => mask[t.index] === 1).map((t) => t.index);
  };

  it('marks the tokens a span touches, not its neighbours', () => {
    const tokens = tokenize(normalize('قال وزير خارجية أذربيجان، إن باكو'));
    // «وزير خارجية» (4–15) and a span ending inside «أذربيجان» (16–20).
    expect(covered(tokens, [{ start: 4, end: 15 }, { start: 16, end: 20 }])).toEqual([1, 2, 3]);
    expect(covered(tokens, [{ start: 8, end: 8 }])).toEqual([]);
  });

  it('agrees with the definition on random spans over random text', () => {
    const word = fc.constantFrom('قره', 'باغ', 'في', '2023', '،', 'وبالأرمن', 'ﻻ', 'e-mail');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.nat(300), fc.nat(30)), { maxLength: 8 }), (words, raw) => {
        const tokens = tokenize(normalize(words.join(' ')));
        const spans = raw.map(([start, length]) => ({ start, end: start + length }));
        expect(covered(tokens, spans)).toEqual(byDefinition(tokens, spans));
      }),
      { numRuns: 2000 },
    );
  });
});
