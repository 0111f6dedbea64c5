import { describe, expect, it } from 'vitest';
import { foldEach, foldText } from '../../src/normalize/index.js';

describe('foldEach', () => {
  const words = ['أذربيجانَ', 'قرة', 'مـــصر', 'على', 'ﻻ', '', 'Baku', '٢٠٢٣', 'إيران\u200c', '😀'];

  it('folds each word as foldText does, in one pass', () => {
    expect(foldEach(words)).toEqual(words.map((word) => foldText(word)));
    expect(foldEach(words, { foldAlefMaksura: false })).toEqual(words.map((word) => foldText(word, { foldAlefMaksura: false })));
    expect(foldEach([])).toEqual([]);
  });

  it('folds word by word when a word holds a line break', () => {
    const lined = ['قرة\nباغ', 'أرمينيا'];
    expect(foldEach(lined)).toEqual(lined.map((word) => foldText(word)));
  });
});
