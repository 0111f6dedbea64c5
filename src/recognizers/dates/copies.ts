import type { DateMod } from '../../types.js';
import type { Found, Reading } from './types.js';

/*
 * Copies of finds with some fields changed, written out field by field. In V8 (Node 20)
 * an object spread followed by more fields («{ ...found, start }») takes a slow path that
 * costs microseconds per object, far more than parsing the words; these helpers keep
 * the same fields (an optional one only when the original has it) at the cost of a
 * plain object literal.
 */

export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** What a copy of a find changes: its rule, reading and span, and optionally its mod. */
export interface FoundChanges {
  readonly rule: string;
  readonly reading: Reading;
  readonly start: number;
  readonly end: number;
  readonly next: number;
  readonly mod?: DateMod;
}

/** `found` with `changes` applied; mod, qualifier and hijri carried over when set. */
export function foundWith(found: Found, changes: FoundChanges): Found {
  const copy: Writable<Found> = { rule: changes.rule, reading: changes.reading, start: changes.start, end: changes.end, next: changes.next };
  carryOver(found, copy);
  if (changes.mod !== undefined) copy.mod = changes.mod;
  return copy;
}

/** Sets on `copy` the mod, qualifier and Hijri reading `found` has. */
export function carryOver(found: Found, copy: Writable<Found>): void {
  if (found.mod !== undefined) copy.mod = found.mod;
  if (found.qualifier !== undefined) copy.qualifier = found.qualifier;
  if (found.hijri !== undefined) copy.hijri = found.hijri;
}

const NO_EXTRA = {};

/** A find with an optional qualifier and Hijri reading, set only when given. */
export function foundOf(
  rule: string,
  reading: Reading,
  span: { readonly start: number; readonly end: number; readonly next: number },
  extra: { readonly qualifier?: Found['qualifier'] | undefined; readonly hijri?: string | undefined } = NO_EXTRA,
): Found {
  const found: Writable<Found> = { rule, reading, start: span.start, end: span.end, next: span.next };
  if (extra.qualifier !== undefined) found.qualifier = extra.qualifier;
  if (extra.hijri !== undefined) found.hijri = extra.hijri;
  return found;
}
