import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { Candidate } from '../../src/recognizers/types.js';
import { documentEntities, dominantCountry, fillFromDocument, linkPartialNames, surnameWords } from '../../src/resolve/document.js';
import { CharClass, charClass } from '../../src/tokenize/char-class.js';
import { HOSTILE_INPUTS } from '../../bench/hostile.mjs';
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

describe('surnameWords: where a surname ends a word', () => {
  /** The search it replaced, one pass over the text per surname: the reference. */
  function bySearch(surnames: readonly string[], text: string): [number, number][] {
    const normalized = normalize(text);
    const words = new Map<number, number>();
    const startOf = (at: number): number => {
      let start = at;
      while (start > 0 && (charClass(normalized.text.charCodeAt(start - 1)) === CharClass.ArabicLetter || normalized.originStart[start - 1] === normalized.originStart[start])) start -= 1;
      return start;
    };
    for (const surname of surnames) {
      for (const needle of surname.startsWith('ال') ? [surname, surname.slice(1)] : [surname]) {
        for (let at = normalized.text.indexOf(needle); at >= 0; at = normalized.text.indexOf(needle, at + 1)) {
          const end = at + needle.length;
          if (end < normalized.text.length && charClass(normalized.text.charCodeAt(end)) === CharClass.ArabicLetter) continue;
          words.set(startOf(at), end);
        }
      }
    }
    return [...words].sort((a, b) => a[0] - b[0]);
  }

  it('finds surnames after proclitics and «لل» («وعلييف», «للاسد»), not inside longer words', () => {
    const text = 'قال علييف ثم وعلييف، وذهب للأسد وليس إلى علييفات الأسدي';
    const found = surnameWords(['علييف', 'الاسد'], normalize(text));
    expect(found.map(([from, end]) => text.slice(from, end))).toEqual(['علييف', 'وعلييف', 'للأسد']);
    expect(found).toEqual(bySearch(['علييف', 'الاسد'], text));
  });

  // A few surnames are searched for one by one, many found in one pass with a trie: both
  // must find what the search finds (the fillers push the count past the threshold).
  const fillers = Array.from({ length: 40 }, (_, i) => `الفلان${'ابتثجحخد'[i % 8]}${'ذرزسشصضط'[Math.floor(i / 8)]}`);
  it.each([
    ['a few surnames', [] as string[]],
    ['many surnames', fillers],
  ])('agrees with a search surname by surname on arbitrary texts: %s (fast-check, 500 runs)', (_, extra) => {
    const words = ['علييف', 'الاسد', 'لاسد', 'باشينيان', 'و', 'ال', 'لل', 'قال', ' ', '، ', '-', 'x', 'ﻻ', 'ٌ', fillers[3] ?? '', 'فلانبث'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.subarray(['علييف', 'الاسد', 'باشينيان', 'لاسد']), (parts, chosen) => {
        const text = parts.join('');
        const surnames = [...chosen, ...extra];
        expect(surnameWords(surnames, normalize(text))).toEqual(bySearch(surnames, text));
      }),
      { numRuns: 500 },
    );
  });

  it('links each of thousands of surnames to its full name in one long text', () => {
    const generated = HOSTILE_INPUTS['distinct-surnames'](200_000);
    const text = generated.slice(0, generated.lastIndexOf('\n') + 1); // whole sentences only
    const normalized = normalize(text);
    const people: Candidate[] = [];
    // Folding keeps this text's length (ئ → ي, إ → ا), so offsets in it are offsets in the normalized text.
    expect(normalized.text.length).toBe(text.length);
    const line = /الرئيس ([^ ]+) ([^ ]+) إن/gu;
    for (let m = line.exec(text); m; m = line.exec(text)) {
      const start = m.index + 'الرئيس '.length;
      people.push({ type: 'actor', subtype: 'person', start, end: start + (m[1] ?? '').length + 1 + (m[2] ?? '').length, id: `p${people.length}`, source: 'rule:person.title', priority: 50 });
    }
    expect(people.length).toBeGreaterThan(2000);
    const added = linkPartialNames(people, normalized);
    expect(added).toHaveLength(people.length);
    expect(added.every((c, i) => c.id === people[i]?.id)).toBe(true);
  });
});
