import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNormalizeScratch, normalize, normalizeReusing } from '../../src/normalize/index.js';
import { arabicHeavyString } from '../helpers/arbitraries.js';

const snapshot = (n: ReturnType<typeof normalize>) => ({ text: n.text, originStart: [...n.originStart], originEnd: [...n.originEnd] });

describe('normalizeReusing: the offset map written into reused buffers', () => {
  it('gives what normalize gives, call after call, longer and shorter texts in turn', () => {
    const scratch = createNormalizeScratch();
    const texts = ['قالَ وزيرُ الخارجيةِ الأذربيجانيّ', 'ﷺ ﻻ وأذربيجانَ', 'أ', '', 'وزارة الدفاع الأرمينية قالت إن ٣ جنود قتلوا في قره باغ'];
    for (const text of [...texts, ...texts.reverse()]) {
      expect(snapshot(normalizeReusing(text, undefined, scratch))).toEqual(snapshot(normalize(text)));
    }
  });

  it('keeps the buffers it had to grow (an expansion past the input length)', () => {
    const scratch = createNormalizeScratch();
    // «ﷺ» is one unit that NFKC expands into many: the map outgrows length + 16.
    const text = 'ﷺ'.repeat(40);
    const result = normalizeReusing(text, undefined, scratch);
    expect(result.text).toBe(normalize(text).text);
    expect(scratch.starts.length).toBeGreaterThanOrEqual(result.text.length);
    expect(result.originStart.buffer).toBe(scratch.starts.buffer);
  });

  it('matches normalize on arbitrary strings with one scratch for all of them', () => {
    const scratch = createNormalizeScratch();
    fc.assert(
      fc.property(arabicHeavyString(), (text) => {
        expect(snapshot(normalizeReusing(text, undefined, scratch))).toEqual(snapshot(normalize(text)));
      }),
      { numRuns: 500 },
    );
  });
});
