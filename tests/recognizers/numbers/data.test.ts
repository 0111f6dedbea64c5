import { describe, expect, it } from 'vitest';
import { COUNTED_NOUNS, MARKERS, QUALIFIER_PHRASES } from '../../../src/recognizers/numbers/data.js';
import { fold, lookupNumberWord, NUMBER_WORDS } from '../../../src/recognizers/numbers/words.js';

describe('number-words.json', () => {
  it('lists 0–10, 11–19, the tens and the hundreds completely, in order', () => {
    expect(NUMBER_WORDS.units.map((u) => u.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(NUMBER_WORDS.teens.map((t) => t.value)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(NUMBER_WORDS.tens.map((t) => t.value)).toEqual([20, 30, 40, 50, 60, 70, 80, 90]);
    expect(NUMBER_WORDS.hundreds.map((h) => h.value)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900]);
    expect(NUMBER_WORDS.ordinals.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives every unit a masculine and (from 1 on) a feminine form', () => {
    for (const unit of NUMBER_WORDS.units) {
      expect(unit.masculine.length, `unit ${unit.value}`).toBeGreaterThan(0);
      if (unit.value > 0) expect(unit.feminine.length, `unit ${unit.value}`).toBeGreaterThan(0);
    }
  });

  it('never gives one folded form two different values in the same role', () => {
    const seen = new Map<string, number>();
    const check = (role: string, words: readonly string[], value: number): void => {
      for (const w of words) {
        const key = `${role}:${fold(w)}`;
        const before = seen.get(key);
        if (before !== undefined) expect(before, `${w} as ${role}`).toBe(value);
        seen.set(key, value);
      }
    };
    for (const u of NUMBER_WORDS.units) check('unit', [...u.masculine, ...u.feminine, ...u.compound, ...u.egyptian], u.value);
    for (const t of NUMBER_WORDS.tens) check('ten', [...t.forms, ...t.egyptian], t.value);
    for (const h of NUMBER_WORDS.hundreds) check('hundred', [...h.forms, ...h.egyptian], h.value);
    for (const m of NUMBER_WORDS.multipliers) check('multiplier', [...m.singular, ...m.dual, ...m.plural], m.value);
    for (const f of NUMBER_WORDS.fractions) check('fraction', [...f.singular, ...f.dual, ...f.plural], f.denominator);
  });

  it('is looked up by folded forms, so hamza, ى and ة variants need not be listed', () => {
    expect(lookupNumberWord(fold('إثنتا'))?.unit?.value).toBe(2);
    expect(lookupNumberWord(fold('مائة'))?.hundred?.value).toBe(100);
    expect(lookupNumberWord(fold('اَلاف'))?.multiplier).toEqual({ value: 1000, number: 'plural' });
    expect(lookupNumberWord(fold('الأولى'))?.ordinal?.value).toBe(1);
    expect(lookupNumberWord(fold('عشر'))).toMatchObject({ unit: { value: 10 }, teenMarker: true, fraction: { denominator: 10 } });
  });
});

describe('qualifiers.json, markers.json, counted-nouns.json', () => {
  it('loads every phrase folded and non-empty', () => {
    for (const p of [...QUALIFIER_PHRASES.before, ...QUALIFIER_PHRASES.after]) {
      expect(p.words.length).toBeGreaterThan(0);
      for (const w of p.words) expect(w).toBe(fold(w));
    }
    for (const phrase of MARKERS.percentPhrases) expect(phrase.length).toBeGreaterThan(0);
    expect(QUALIFIER_PHRASES.before.map((p) => p.words.join(' '))).toContain('ما يقرب من');
  });

  it('keeps «ما يقدر ب» out of the qualifiers (DECISIONS.md 14)', () => {
    expect(QUALIFIER_PHRASES.before.some((p) => p.words.includes('يقدر'))).toBe(false);
  });

  it('holds the stop-words of DECISIONS.md 12 for units', () => {
    expect(COUNTED_NOUNS.notCounted.has(fold('آخرون'))).toBe(true);
    expect(COUNTED_NOUNS.notCounted.has(fold('آخرين'))).toBe(true);
  });
});
