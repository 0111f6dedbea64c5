import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { Candidate } from '../../src/recognizers/types.js';
import { documentEntities, dominantCountry, fillFromDocument, linkPartialNames } from '../../src/resolve/document.js';
import { tokenize } from '../../src/tokenize/index.js';
import type { Mention } from '../../src/types.js';

const country = (start: number, id: string): Candidate => ({ type: 'place', subtype: 'country', start, end: start + 3, id, source: 'lexicon', priority: 100 });

describe('document-level links', () => {
  it('finds the country a document names most, the first on a tie', () => {
    expect(dominantCountry([country(0, 'armenia'), country(10, 'azerbaijan'), country(20, 'azerbaijan')])).toBe('azerbaijan');
    expect(dominantCountry([country(10, 'azerbaijan'), country(0, 'armenia')])).toBe('armenia');
    expect(dominantCountry([])).toBeUndefined();
  });

  it('completes a bare «وزارة الخارجية» with that country, or drops it', () => {
    const bare: Candidate = { type: 'actor', subtype: 'organization', start: 30, end: 44, idTemplate: '{country}-ministry-of-foreign-affairs', source: 'lexicon', priority: 70 };
    expect(fillFromDocument([country(0, 'azerbaijan'), bare])[1]).toMatchObject({ id: 'azerbaijan-ministry-of-foreign-affairs', country: 'azerbaijan' });
    expect(fillFromDocument([bare])).toEqual([]);
  });

  it('gives a surname alone the id of the full name, before or after it', () => {
    const text = normalize('قال علييف إن الرئيس إلهام علييف وعلييف');
    const full: Candidate = { type: 'actor', subtype: 'person', start: 20, end: 31, id: 'ilham-aliyev', source: 'lexicon', priority: 100 };
    expect(text.text.slice(20, 31)).toBe('الهام علييف');
    const added = linkPartialNames([full], text);
    expect(added.map((a) => [text.text.slice(a.start, a.end), a.id])).toEqual([
      ['علييف', 'ilham-aliyev'],
      ['علييف', 'ilham-aliyev'],
    ]);
    expect(added[1]?.start).toBe(33);
  });

  it('finds the surname as any reading of a word, «لل» included, and never inside a longer word', () => {
    const text = normalize('قال الرئيس بشار الأسد، ثم قيل للأسد إن الأسدي والأسدين غائبان، و«الأسد» حاضر');
    const start = text.text.indexOf('بشار');
    const full: Candidate = { type: 'actor', subtype: 'person', start, end: start + 'بشار الاسد'.length, id: 'bashar-al-assad', source: 'lexicon', priority: 100 };
    const added = linkPartialNames([full], text);
    expect(added.map((a) => text.text.slice(a.start, a.end))).toEqual(['لاسد', 'الاسد']);
    // «للأسد» reads ل + «الاسد»: the span leaves the first ل out (GUIDELINES.md).
    expect(added[0]?.start).toBe(text.text.indexOf('للاسد') + 1);
    expect(added.every((a) => a.id === 'bashar-al-assad')).toBe(true);
  });

  it('lists the cast by salience', () => {
    const m = (id: string, start: number): Mention => ({ type: 'place', subtype: 'country', start, end: start + 1, text: 'x', id });
    const entities = documentEntities([m('armenia', 50), m('azerbaijan', 0), m('azerbaijan', 90), m('russia', 10)], 100);
    expect(entities.map((e) => [e.id, e.mentions])).toEqual([
      ['azerbaijan', 2],
      ['russia', 1],
      ['armenia', 1],
    ]);
  });
});
