import { DROP, DROP_MARK, type Fold } from './folds.js';
import { FOLD_ORDER, type NormalizeOptions } from './options.js';

// What each BMP code unit becomes under one fold configuration, found on first sight.
// 0 = unknown, 1 = keep, 2 = drop and attach to the previous unit, 3 = drop,
// 4+k = replacements[k].
export const KEEP = 1;
export const ATTACH = 2;
export const REMOVE = 3;
export const REPLACED = 4;

export interface FoldTable {
  readonly folds: readonly Fold[];
  readonly actions: Uint16Array;
  readonly replacements: string[];
}

export function createFoldTable(options: Required<NormalizeOptions>): FoldTable {
  return { folds: FOLD_ORDER.filter(([name]) => options[name]).map(([, fold]) => fold), actions: new Uint16Array(0x10000), replacements: [] };
}

/** Runs the fold chain on one code point: its replacement, or a drop marker. */
function foldCodePoint(cp: number, folds: readonly Fold[]): string | typeof DROP_MARK | typeof DROP {
  let pieces: string[] = [String.fromCodePoint(cp)];
  let dropped: typeof DROP_MARK | typeof DROP = DROP;
  for (const fold of folds) {
    const next: string[] = [];
    for (const piece of pieces) {
      for (const ch of piece) {
        const result = fold(ch.codePointAt(0) ?? 0);
        if (result === undefined) next.push(ch);
        else if (result === DROP_MARK || result === DROP) {
          if (result === DROP_MARK) dropped = DROP_MARK;
        } else next.push(result);
      }
    }
    pieces = next;
  }
  if (pieces.length === 0) return dropped;
  return pieces.join('');
}

/** The action of code unit `code`, worked out and kept in `table` on first sight. */
export function actionOf(code: number, table: FoldTable): number {
  const known = table.actions[code] ?? 0;
  if (known !== 0) return known;
  const result = foldCodePoint(code, table.folds);
  let action: number;
  if (result === DROP_MARK) action = ATTACH;
  else if (result === DROP) action = REMOVE;
  else if (result === String.fromCharCode(code)) action = KEEP;
  else {
    table.replacements.push(result);
    action = REPLACED + table.replacements.length - 1;
  }
  table.actions[code] = action;
  return action;
}

/**
 * The code units whose actions ship prebuilt (fold-actions.prebuilt.ts): ASCII and
 * Latin-1, the Arabic blocks, and general punctuation (spaces, dashes, quotes, bidi
 * controls) — what Arabic news is written in. Working out an action runs the whole fold
 * chain, before V8 has optimized it: at a cold start, the few hundred code units of the
 * bundled word lists and a first text cost about 5 ms. Other code units (presentation
 * forms, other scripts) are worked out on first sight.
 */
export const PREFILLED_RANGES: readonly (readonly [from: number, to: number])[] = [
  [0x0000, 0x0100],
  [0x0600, 0x0700],
  [0x0750, 0x0780],
  [0x08a0, 0x0900],
  [0x2000, 0x2070],
];
