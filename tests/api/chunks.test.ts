import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunks, createExtractor } from '../../src/extract.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { normalize } from '../../src/normalize/index.js';
import { tokenize } from '../../src/tokenize/index.js';
import { loadCorpus } from '../helpers/corpus.js';

/** A paragraph of news prose with no entity in it, to push mentions far apart. */
const FILLER = 'وتابع المتحدث في بيان صدر مساء يوم طويل أن الأوضاع تسير نحو الهدوء التام في المنطقة.\n';

describe('recognizers read a text in chunks, the document stays whole', () => {
  it('cuts chunks at line breaks that cover the text, and never inside an NFKC expansion («ﷺ»)', () => {
    const text = `${'كلمة '.repeat(3000)}\n${'ﷺ'.repeat(3000)}`;
    const normalized = normalize(text);
    const parts = chunks(normalized, 12_000);
    expect(parts[0]?.[0]).toBe(0);
    expect(parts.at(-1)?.[1]).toBe(normalized.text.length);
    for (let k = 1; k < parts.length; k += 1) {
      const at = parts[k]?.[0] ?? 0;
      expect(parts[k - 1]?.[1]).toBe(at);
      expect(normalized.originStart[at]).not.toBe(normalized.originStart[at - 1]);
    }
    // Tokens of the chunks, put together, are the tokens of the whole text.
    const whole = tokenize(normalized).map((t) => [t.start, t.end, t.text]);
    const pieced = parts.flatMap(([from, to]) => tokenize(normalized, { from, to }).map((t) => [t.start, t.end, t.text]));
    expect(pieced).toEqual(whole);
  });

  it('links a surname alone to the full name given more than a chunk earlier', () => {
    const text = `قال الرئيس الأذربيجاني إلهام علييف إن العملية انتهت.\n${FILLER.repeat(600)}وأكد علييف أن بلاده ملتزمة.`;
    expect(text.length).toBeGreaterThan(40_000);
    const people = createExtractor({ types: ['actor'] })
      .extract(text)
      .mentions.filter((m) => m.subtype === 'person');
    expect(people.map((m) => [m.text, m.id])).toEqual([
      ['إلهام علييف', 'ilham-aliyev'],
      ['علييف', 'ilham-aliyev'],
    ]);
    expect(people[1]?.start).toBeGreaterThan(40_000);
  });

  it('lets an ambiguous name find its support anywhere in the document', () => {
    const sudan = loadLexicon(join(import.meta.dirname, '..', '..', 'fixtures', 'lexicons', 'sudan.json'));
    const ex = createExtractor({ lexicons: [sudan], types: ['actor'] });
    const far = `التقى عبد الفتاح البرهان وفدا.\n${FILLER.repeat(600)}وقال البرهان إن الحوار مستمر.`;
    expect(far.length).toBeGreaterThan(40_000);
    expect(ex.extract(far).mentions.map((m) => [m.text, m.id])).toEqual([
      ['عبد الفتاح البرهان', 'abdel-fattah-al-burhan'],
      ['البرهان', 'abdel-fattah-al-burhan'],
    ]);
    // Without the full name anywhere, the ambiguous word stays unread.
    expect(ex.extract(`${FILLER.repeat(600)}وقال البرهان إن الحوار مستمر.`).mentions).toEqual([]);
  });

  it('completes a bare «وزارة الدفاع» with the country the document names only chunks later', () => {
    const text = `قالت وزارة الدفاع إن قواتها ردت على القصف.\n${FILLER.repeat(600)}وتتهم أذربيجان أرمينيا، وتقول أذربيجان إنها لن تتراجع.`;
    const found = createExtractor({ types: ['actor', 'place'] }).extract(text).mentions;
    expect(found.map((m) => [m.text, m.id])).toEqual([
      ['وزارة الدفاع', 'azerbaijan-ministry-of-defence'],
      ['أذربيجان', 'azerbaijan'],
      ['أرمينيا', 'armenia'],
      ['أذربيجان', 'azerbaijan'],
    ]);
    expect(found[0]).toMatchObject({ start: 5, country: 'azerbaijan', confidence: 0.6 });
  });

  it('keeps an ambiguous name whose support comes chunks after it, in text order', () => {
    const sudan = loadLexicon(join(import.meta.dirname, '..', '..', 'fixtures', 'lexicons', 'sudan.json'));
    const text = `وقال البرهان إن الحوار مستمر.\n${FILLER.repeat(600)}والتقى عبد الفتاح البرهان وفدا، ثم غادر البرهان.`;
    expect(createExtractor({ lexicons: [sudan], types: ['actor'] }).extract(text).mentions.map((m) => [m.text, m.id])).toEqual([
      ['البرهان', 'abdel-fattah-al-burhan'],
      ['عبد الفتاح البرهان', 'abdel-fattah-al-burhan'],
      ['البرهان', 'abdel-fattah-al-burhan'],
    ]);
  });

  it('gives the corpus the same mentions read in small chunks as in one', () => {
    const corpus = loadCorpus();
    const text = [...corpus, ...corpus, ...corpus].map((d) => d.text).join('\n');
    const options = { referenceDate: '2023-09-20' };
    const one = createExtractor({ chunkLength: 10_000_000 }).extract(text, options).mentions;
    const small = createExtractor({ chunkLength: 2000 }).extract(text, options).mentions;
    expect(one.length).toBeGreaterThan(1000);
    for (const m of small) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(small).toEqual(one);
  });

  it('rejects a tiny chunk length', () => {
    expect(() => createExtractor({ chunkLength: 10 })).toThrow(/chunkLength must be an integer ≥ 1000/);
  });
});
