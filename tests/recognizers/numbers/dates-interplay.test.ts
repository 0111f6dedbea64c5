import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/normalize/index.js';
import { recognizeNumbers } from '../../../src/recognizers/numbers/index.js';
import type { Candidate } from '../../../src/recognizers/types.js';
import { resolveOverlaps } from '../../../src/resolve/overlaps.js';
import { tokenize } from '../../../src/tokenize/index.js';

/** Number candidates of `text` plus a date candidate over `dateText`, resolved by the one overlap policy. */
function resolveWithDate(text: string, dateText: string): Candidate[] {
  const normalized = normalize(text);
  const numbers = recognizeNumbers({ normalized, tokens: tokenize(normalized), referenceDate: null });
  const start = normalized.text.indexOf(normalize(dateText).text);
  const date: Candidate = {
    type: 'date',
    subtype: 'date',
    start,
    end: start + normalize(dateText).text.length,
    value: 'X',
    source: 'rule:date.test',
    priority: 20,
  };
  return resolveOverlaps([...numbers, date]);
}

describe('numbers and dates never fight: the overlap policy decides', () => {
  it('emits number candidates with priority 10 and a rule source', () => {
    const normalized = normalize('قتل 7 مدنيين');
    const [candidate] = recognizeNumbers({ normalized, tokens: tokenize(normalized), referenceDate: null });
    expect(candidate).toMatchObject({ type: 'number', subtype: 'cardinal', priority: 10, source: 'rule:number.digits' });
  });

  it('a longer date swallows the digits and words inside it', () => {
    const kept = resolveWithDate('الثلاثاء 19 سبتمبر/أيلول 2023 قتل 7 مدنيين', '19 سبتمبر/أيلول 2023');
    expect(kept.map((c) => c.type)).toEqual(['date', 'number']);
    expect(resolveWithDate('في صراع استمر ستة أسابيع', 'ستة أسابيع').map((c) => c.type)).toEqual(['date']);
    expect(resolveWithDate('في أقل من 24 ساعة', 'أقل من 24 ساعة').map((c) => c.type)).toEqual(['date']);
  });

  it('at equal length the date wins by priority («3/4» as a day and month)', () => {
    expect(resolveWithDate('في 3/4', '3/4').map((c) => c.type)).toEqual(['date']);
  });
});
