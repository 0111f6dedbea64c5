import { describe, expect, it } from 'vitest';
import { PREBUILT_FOLD_ACTIONS } from '../../src/normalize/fold-actions.prebuilt.js';
import { actionOf, ATTACH, createFoldTable, KEEP, PREFILLED_RANGES, REMOVE, REPLACED, type FoldTable } from '../../src/normalize/fold-table.js';
import { foldText, normalize, textFolder } from '../../src/normalize/index.js';
import { AS_WRITTEN_OPTIONS, optionsKey, PREBUILT_FOLD_OPTIONS, resolveNormalizeOptions, type NormalizeOptions } from '../../src/normalize/options.js';

const prefilledCodes = (): number[] => PREFILLED_RANGES.flatMap(([from, to]) => Array.from({ length: to - from }, (_, k) => from + k));

/** What the fold chain makes of `code`, worked out afresh in `table` (one made without prebuilt actions). */
function freshFold(code: number, table: FoldTable): string {
  const action = actionOf(code, table);
  if (action === KEEP) return String.fromCharCode(code);
  if (action === ATTACH || action === REMOVE) return '';
  return table.replacements[action - REPLACED] ?? '';
}

describe('prebuilt fold actions', () => {
  it('cover every prefilled code unit of each option set the library folds with', () => {
    const codes = prefilledCodes().length;
    expect(PREBUILT_FOLD_ACTIONS.map((set) => set.key)).toEqual(PREBUILT_FOLD_OPTIONS.map((options) => optionsKey(resolveNormalizeOptions(options))));
    for (const set of PREBUILT_FOLD_ACTIONS) expect(set.actions.length).toBe(codes);
  });

  it('fold every prefilled code unit as the fold chain does (أ → ا, ى → ي, tashkeel dropped, ٣ → 3)', () => {
    for (const options of PREBUILT_FOLD_OPTIONS) {
      const fresh = createFoldTable(resolveNormalizeOptions(options));
      for (const code of prefilledCodes()) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        expect([code, foldText(String.fromCharCode(code), options)]).toEqual([code, freshFold(code, fresh)]);
      }
    }
    expect(foldText('أَحْمَد ٣ على')).toBe('احمد 3 علي');
    expect(foldText('أَحْمَد ٣ على', AS_WRITTEN_OPTIONS)).toBe('احمد 3 على');
  });

  it('keep the way back: a dropped mark attaches to its letter, an invisible is removed', () => {
    const text = 'مصرَ\u200fقطر';
    const n = normalize(text);
    expect(n.text).toBe('مصرقطر');
    expect(n.toOriginal(0, 3)).toEqual({ start: 0, end: 4 });
    expect(n.toOriginal(3, 6)).toEqual({ start: 5, end: 8 });
  });
});

describe('textFolder', () => {
  it('folds as foldText does with the same options', () => {
    const words = ['على', 'أذربيجانَ', 'مسؤول', 'رئيس', 'ﻻ', 'Baku', '٢٠٢٣', '😀', ''];
    const written = textFolder(AS_WRITTEN_OPTIONS);
    const digitsKept = textFolder({ foldDigits: false });
    for (const word of words) {
      expect(written(word)).toBe(foldText(word, AS_WRITTEN_OPTIONS));
      expect(digitsKept(word)).toBe(foldText(word, { foldDigits: false }));
    }
    expect(written('على')).toBe('على');
    expect(digitsKept('٢٠٢٣')).toBe('٢٠٢٣');
  });

  it('rejects unknown options when made, not at its first text', () => {
    expect(() => textFolder({ foldEverything: true } as NormalizeOptions)).toThrow(/unknown normalize option "foldEverything"/u);
  });
});
