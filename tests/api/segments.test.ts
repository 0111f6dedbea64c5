import { describe, expect, it } from 'vitest';
import { createExtractor, segments } from '../../src/extract.js';
import { loadCorpus } from '../helpers/corpus.js';

describe('very long texts are read in segments', () => {
  it('cuts after line breaks, else spaces, never inside a surrogate pair', () => {
    const text = `${'أ'.repeat(1500)}\n${'ب'.repeat(1500)} ${'ج'.repeat(1500)}`;
    const parts = segments(text, 2000);
    expect(parts[0]).toEqual([0, 1501]);
    expect(parts.map(([a, b]) => text.slice(a, b)).join('')).toBe(text);
    const emoji = '😀'.repeat(1500);
    for (const [a, b] of segments(emoji, 1001)) expect(b - a).toBeGreaterThan(0), expect(a % 2).toBe(0);
  });

  it('gives the same mentions, at the same offsets, as one pass', () => {
    const corpus = loadCorpus();
    const text = corpus.map((d) => d.text).join('\n');
    const whole = createExtractor().extract(text, { referenceDate: '2023-09-20' }).mentions;
    const segmented = createExtractor({ segmentLength: 5000 }).extract(text, { referenceDate: '2023-09-20' }).mentions;
    for (const m of segmented) expect(text.slice(m.start, m.end)).toBe(m.text);
    // The corpus's document-level links all fall within one segment here.
    expect(segmented).toEqual(whole);
  });

  it('rejects a tiny segment length', () => {
    expect(() => createExtractor({ segmentLength: 10 })).toThrow(/segmentLength must be an integer ≥ 1000/);
  });
});

describe('segmenting stays linear', () => {
  // Regression: the cut searched back for a line break over the whole text.
  it('cuts 20M characters with no line break or space in one pass', () => {
    const text = 'و'.repeat(20_000_000);
    const parts = segments(text, 1_000_000);
    expect(parts.length).toBe(20);
    expect(parts.at(-1)?.[1]).toBe(text.length);
  });
});
