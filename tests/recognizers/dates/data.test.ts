import { describe, expect, it } from 'vitest';
import { checkDateData, compileDateData } from '../../../src/recognizers/dates/data.js';
import { phraseTable } from '../../../src/recognizers/dates/phrase-table.js';
import months from '../../../src/recognizers/dates/data/months.json';
import parts from '../../../src/recognizers/dates/data/parts-of-day.json';
import units from '../../../src/recognizers/dates/data/units.json';
import weekdays from '../../../src/recognizers/dates/data/weekdays.json';
import { briefs } from './helpers.js';

const pad = (n: number): string => String(n).padStart(2, '0');

describe('date data', () => {
  it('compiles: 12 months per series, 7 weekdays, 12 hours, every unit once, no word with two meanings', () => {
    expect(() => checkDateData(compileDateData())).not.toThrow();
  });

  it('builds a table on first use, and a check builds every table: a phrase given two values is caught there', () => {
    const contradictory = phraseTable([['أمس', -1], ['امس', -2]], 'test.yesterday');
    expect(() => contradictory.get('امس')).toThrow(/"test.yesterday" gives «امس» two values: -1 and -2/u);
    const data = compileDateData();
    const broken = { ...data, markers: { ...data.markers, ago: phraseTable([['منذ', true], ['منذ', false]], 'test.ago') } };
    expect(() => checkDateData(broken as typeof data)).toThrow(/"test.ago" gives «منذ» two values/u);
  });

  // Every spelling of every month, in a sentence: «وقعت الحادثة في 15 <month> 2023».
  for (const [region, slots] of Object.entries(months.gregorian)) {
    it(`reads every ${region} month spelling`, () => {
      slots.forEach((spellings, index) => {
        for (const spelling of spellings) {
          expect(briefs(`وقعت الحادثة في 15 ${spelling} 2023 قرب الحدود.`, '2023-09-20'), spelling).toEqual([
            { text: `15 ${spelling} 2023`, subtype: 'date', value: `2023-${pad(index + 1)}-15` },
          ]);
        }
      });
    });
  }

  it('reads every Hijri month spelling, converting with the tabular calendar', () => {
    months.hijri.forEach((spellings, index) => {
      for (const spelling of spellings) {
        const [mention] = briefs(`صدر القرار في 15 ${spelling} 1445 هـ.`, '2023-09-20');
        expect(mention?.text, spelling).toBe(`15 ${spelling} 1445 هـ`);
        expect(mention?.hijri, spelling).toBe(`1445-${pad(index + 1)}-15`);
      }
    });
  });

  it('reads every weekday spelling (reference Wednesday 2023-09-20)', () => {
    weekdays.weekdays.forEach((spellings, index) => {
      const expected = `2023-09-${pad(17 + index - (index > 3 ? 7 : 0))}`;
      for (const spelling of spellings) {
        expect(briefs(`وقال المتحدث ${spelling} إن المحادثات مستمرة.`, '2023-09-20'), spelling).toEqual([
          { text: spelling, subtype: 'date', value: expected },
        ]);
      }
    });
  });

  it('reads every part of day, before and after the day', () => {
    for (const { timex, before, after } of parts.parts) {
      for (const word of before) {
        expect(briefs(`وقع الهجوم ${word} أمس قرب الحدود.`, '2023-09-20'), word).toEqual([
          { text: `${word} أمس`, subtype: 'date', value: `2023-09-19T${timex}` },
        ]);
      }
      for (const word of after) {
        expect(briefs(`وقع الهجوم أمس ${word} قرب الحدود.`, '2023-09-20'), word).toEqual([
          { text: `أمس ${word}`, subtype: 'date', value: `2023-09-19T${timex}` },
        ]);
      }
    }
  });

  it('reads every unit in its counted, dual and vague forms', () => {
    for (const unit of units.units) {
      const designator = unit.time ? `T` : '';
      const [plural] = unit.plural;
      const [dual] = unit.dual;
      expect(briefs(`استمرت العملية لمدة 3 ${plural} متواصلة.`, '2023-09-20'), plural).toEqual([
        { text: `3 ${plural}`, subtype: 'duration', value: `P${designator}3${unit.timex}` },
      ]);
      expect(briefs(`استمرت العملية لمدة ${dual} متواصلة.`, '2023-09-20'), dual).toEqual([
        { text: `${dual}`, subtype: 'duration', value: `P${designator}2${unit.timex}` },
      ]);
      // «خلال»: «عدة عقود» alone may be «several contracts» (units.json needsTrigger).
      expect(briefs(`تغير الوضع خلال عدة ${plural} متواصلة.`, '2023-09-20'), plural).toEqual([
        { text: `عدة ${plural}`, subtype: 'duration', value: `P${designator}X${unit.timex}` },
      ]);
    }
  });
});
