import { packNumbers } from '../lexicon/packed-numbers.js';
import { actionOf, createFoldTable, PREFILLED_RANGES } from './fold-table.js';
import { optionsKey, PREBUILT_FOLD_OPTIONS, resolveNormalizeOptions } from './options.js';

// The actions of the code units in PREFILLED_RANGES under each option set the library
// itself folds with. The build ships them as data (build/prebuilt.ts), so a process does
// not run the fold chain for them at start; run from source, they are computed here.

/** For each prebuilt option set: its key (optionsKey), the actions of PREFILLED_RANGES in order (packed numbers), and the replacements they refer to. */
export const PREBUILT_FOLD_ACTIONS: readonly { readonly key: string; readonly actions: string; readonly replacements: readonly string[] }[] = PREBUILT_FOLD_OPTIONS.map((options) => {
  const resolved = resolveNormalizeOptions(options);
  const table = createFoldTable(resolved);
  const actions: number[] = [];
  for (const [from, to] of PREFILLED_RANGES) for (let code = from; code < to; code += 1) actions.push(actionOf(code, table));
  return { key: optionsKey(resolved), actions: packNumbers(actions), replacements: table.replacements };
});
