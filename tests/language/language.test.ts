import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { detectLanguage, foreignRuns } from '../../src/language/index.js';

describe('language guard', () => {
  it('tells Arabic from Persian, Urdu and English', () => {
    expect(detectLanguage('قال وزير الخارجية الأميركي أنتوني بلينكن إن بلاده تدعم الحل الدبلوماسي')).toBe('arb');
    expect(detectLanguage('وزیر امور خارجه ایران گفت که کشورش از راه حل دیپلماتیک حمایت می‌کند')).toBe('pes');
    expect(detectLanguage('وزیر خارجہ نے کہا کہ ان کا ملک سفارتی حل کی حمایت کرتا ہے')).toBe('urd');
    expect(detectLanguage('قال')).toBe('und');
  });

  it('reports the language of the text and warns when it is not Arabic', () => {
    const arabic = extract('قال وزير الخارجية الأميركي أنتوني بلينكن إن بلاده تدعم أرمينيا');
    expect(arabic.language).toBe('arb');
    expect(arabic.warnings).toEqual([]);
    const persian = extract('وزیر امور خارجه ایران گفت که کشورش از ارمنستان و روسیه حمایت می‌کند');
    expect(persian.language).toBe('pes');
    expect(persian.warnings[0]).toMatch(/looks like pes, not Arabic/);
  });

  it('takes nothing from a Persian paragraph inside an Arabic text', () => {
    const text = 'قالت روسيا إنها تدعم الحل في قره باغ.\nروسیه گفت که از راه حل دیپلماتیک در قره باغ حمایت می‌کند و ایران نیز';
    const result = extract(text);
    expect(foreignRuns(text)).toEqual([{ start: text.indexOf('\n') + 1, end: text.length, language: 'pes' }]);
    expect(result.mentions.every((m) => m.end <= text.indexOf('\n'))).toBe(true);
    expect(result.mentions.map((m) => m.text)).toEqual(['روسيا', 'قره باغ']);
  });

  it('keeps working on mixed Arabic and Latin text', () => {
    const result = extract('نقلت وكالة Reuters عن المتحدثة باسم الخارجية الروسية ماريا زاخاروفا أن Moscow قلقة');
    expect(result.mentions.map((m) => m.text)).toContain('ماريا زاخاروفا');
    expect(result.language).toBe('arb');
  });

  it('counts letters by code point: astral letters, emoji, marks and a lone surrogate', () => {
    // Latin text with astral letters (mathematical bold) is read code point by code point
    // (no split surrogate is counted twice) and stays English.
    expect(detectLanguage('𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆 the minister said that the talks would resume next week')).toBe('eng');
    // Emoji, tashkeel and a lone surrogate are no letters: the Arabic share stays whole.
    expect(detectLanguage('قالَ وزيرُ الخارجيةِ 😀😀😀 \ud800 إن بلادَه تدعمُ الحلَّ 🇦🇲')).toBe('arb');
    // A Persian letter decides at once, wherever it stands in the sample.
    expect(detectLanguage('وزیر امور خارجه ایران گفت که کشورش از راه حل دیپلماتیک حمایت می‌کند 😀')).toBe('pes');
  });
});
