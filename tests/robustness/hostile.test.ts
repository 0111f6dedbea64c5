import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract.js';
import { HOSTILE_INPUTS } from '../../bench/hostile.mjs';

const extractor = createExtractor();

// Each input is about 1 MB. Completing at all proves no regex or loop goes quadratic
// (the ratios of time to size are printed by `npm run bench`, not asserted here).
describe('hostile inputs', () => {
  it.each(Object.keys(HOSTILE_INPUTS))('%s: 1 MB completes with exact, flat mentions', (name) => {
    const make = HOSTILE_INPUTS[name as keyof typeof HOSTILE_INPUTS];
    const input = make(1_000_000);
    const { mentions } = extractor.extract(input, { referenceDate: '2023-09-20' });
    let previousEnd = 0;
    for (const m of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = m.end;
    }
    const sample = mentions.slice(0, 50);
    for (const m of sample) expect(input.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('large inputs', () => {
  // Regression: candidates were gathered with push(...list), which overflows the call stack
  // once a text yields more than about 100k candidates.
  it('extracts from 3 MB of real news text without a stack overflow', () => {
    const sentence = 'قتل 7 مدنيين في إقليم قره باغ بين أذربيجان وأرمينيا، الثلاثاء 19 سبتمبر/أيلول 2023. ';
    const text = sentence.repeat(Math.ceil(3_000_000 / sentence.length));
    const { mentions } = extractor.extract(text, { referenceDate: '2023-09-20' });
    expect(mentions.length).toBeGreaterThan(150_000);
    expect(text.slice(mentions.at(-1)?.start, mentions.at(-1)?.end)).toBe(mentions.at(-1)?.text);
  });
});
