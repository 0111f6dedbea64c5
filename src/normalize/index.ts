import { packedNumber } from '../lexicon/packed-numbers.js';
import { PREBUILT_FOLD_ACTIONS } from './fold-actions.prebuilt.js';
import { actionOf, ATTACH, createFoldTable, KEEP, PREFILLED_RANGES, REMOVE, REPLACED, type FoldTable } from './fold-table.js';
import { optionsKey, resolveNormalizeOptions, type NormalizeOptions } from './options.js';

export type { NormalizeOptions, FoldName } from './options.js';
export { DEFAULT_NORMALIZE_OPTIONS } from './options.js';

/** A half-open span `[start, end)` of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Text after folding, with the way back to the caller's characters.
 *
 * Every code unit `i` of `text` came from `original.slice(originStart[i], originEnd[i])`.
 * Deleted diacritics and tatweel are absorbed by the letter before them, so a span that
 * ends on «ر» of «مصرَ» maps back to the whole «مصرَ».
 */
export interface NormalizedText {
  readonly text: string;
  readonly original: string;
  readonly originStart: Int32Array;
  readonly originEnd: Int32Array;
  /** The original span that produced `text.slice(start, end)`. */
  toOriginal(start: number, end: number): Span;
  /** The original offset where normalized offset `index` begins. */
  toOriginalOffset(index: number): number;
}

const tables = new Map<string, FoldTable>();
// The table of the default options, kept at hand: most calls pass no options.
let defaultTable: FoldTable | undefined;

function tableFor(options: Required<NormalizeOptions>): FoldTable {
  const key = optionsKey(options);
  let table = tables.get(key);
  if (!table) {
    table = createFoldTable(options);
    const prebuilt = PREBUILT_FOLD_ACTIONS.find((set) => set.key === key);
    if (prebuilt) prefill(table, prebuilt.actions, prebuilt.replacements);
    tables.set(key, table);
  }
  return table;
}

/** Writes the prebuilt actions of PREFILLED_RANGES into a new table. */
function prefill(table: FoldTable, actions: string, replacements: readonly string[]): void {
  table.replacements.push(...replacements);
  let at = 0;
  for (const [from, to] of PREFILLED_RANGES) for (let code = from; code < to; code += 1) table.actions[code] = packedNumber(actions, at++);
}

// ignoreBOM: a leading U+FEFF the folds keep is text, not a byte-order mark to drop.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const DECODE_SLICE = 8192;

/**
 * UTF-16 code units as a string. TextDecoder is the fast way, but it would replace a
 * lone surrogate with U+FFFD, and normalize keeps every unit it does not fold: such
 * text (and any text on a big-endian machine) is decoded slice by slice with
 * String.fromCharCode instead.
 */
function decodeUnits(units: Uint16Array, loneSurrogate: boolean): string {
  if (!loneSurrogate && LITTLE_ENDIAN) return UTF16.decode(units);
  let out = '';
  for (let i = 0; i < units.length; i += DECODE_SLICE) out += String.fromCharCode(...units.subarray(i, i + DECODE_SLICE));
  return out;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Folds Arabic spelling variants and keeps an exact map back to the original.
 *
 * Idempotent: `normalize(normalize(s).text).text === normalize(s).text`.
 *
 * @example
 * const n = normalize('وأذربيجانَ ﻻ');
 * n.text;                 // 'واذربيجان لا'
 * n.toOriginal(1, 9);     // { start: 1, end: 10 }  → 'أذربيجانَ'
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizedText {
  return normalizeReusing(text, options, null);
}

/**
 * Buffers {@link normalizeReusing} writes into and keeps for the next call. @internal
 */
export interface NormalizeScratch {
  starts: Int32Array;
  ends: Int32Array;
  units: Uint16Array;
}

export function createNormalizeScratch(): NormalizeScratch {
  return { starts: new Int32Array(0), ends: new Int32Array(0), units: new Uint16Array(0) };
}

/**
 * {@link normalize}, writing the offset map into `scratch`'s buffers when they are large
 * enough (and leaving the grown ones there). The result's `originStart`/`originEnd` are
 * views of those buffers: valid only until the next call with the same scratch. The
 * pipeline normalizes a long text segment after segment, each done with before the next;
 * fresh buffers each time meant zeroing 10 bytes per character, a tenth of its time.
 * @internal
 */
export function normalizeReusing(text: string, options: NormalizeOptions | undefined, scratch: NormalizeScratch | null): NormalizedText {
  if (typeof text !== 'string') {
    throw new TypeError(`arabic-entities: normalize(text) expects a string, got ${describe(text)}`);
  }
  const table = options === undefined ? (defaultTable ??= tableFor(resolveNormalizeOptions(undefined))) : tableFor(resolveNormalizeOptions(options));
  const length = text.length;
  const room = length + 16;
  let starts = scratch !== null && scratch.starts.length >= room ? scratch.starts : new Int32Array(room);
  let ends = scratch !== null && scratch.ends.length >= room ? scratch.ends : new Int32Array(room);
  // The folded text is written as UTF-16 code units and decoded once at the end: building
  // it by concatenation left a rope of a million pieces for the collector to copy.
  let units = scratch !== null && scratch.units.length >= room ? scratch.units : new Uint16Array(room);
  let loneSurrogate = false;
  let n = 0; // normalized length so far

  const ensure = (extra: number): void => {
    if (n + extra <= starts.length) return;
    const size = Math.max(starts.length * 2, n + extra + 16);
    const grownStarts = new Int32Array(size);
    grownStarts.set(starts);
    const grownEnds = new Int32Array(size);
    grownEnds.set(ends);
    const grownUnits = new Uint16Array(size);
    grownUnits.set(units);
    starts = grownStarts;
    ends = grownEnds;
    units = grownUnits;
  };

  const { actions } = table;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    let action: number;
    if (code < 0xd800 || code > 0xdfff) {
      action = actions[code] ?? 0;
      if (action === 0) action = actionOf(code, table);
    } else if (isHighSurrogate(code) && i + 1 < length && isLowSurrogate(text.charCodeAt(i + 1))) {
      // An astral character (emoji): both units kept, each mapping to the pair.
      ensure(2);
      units[n] = code;
      units[n + 1] = text.charCodeAt(i + 1);
      starts[n] = i;
      ends[n] = i + 2;
      starts[n + 1] = i;
      ends[n + 1] = i + 2;
      n += 2;
      i += 2;
      continue;
    } else {
      loneSurrogate = true;
      action = KEEP;
    }
    if (action === KEEP) {
      // The common case. Every unit is one output unit until something folds, so the
      // arrays sized to the input have room unless an expansion came before.
      if (n === units.length) ensure(1);
      units[n] = code;
      starts[n] = i;
      ends[n] = i + 1;
      n += 1;
      i += 1;
      continue;
    }
    if (action === ATTACH) {
      if (n > 0 && ends[n - 1] === i) ends[n - 1] = i + 1;
    } else if (action !== REMOVE) {
      const replacement = table.replacements[action - REPLACED] ?? '';
      ensure(replacement.length);
      for (let k = 0; k < replacement.length; k += 1) {
        units[n] = replacement.charCodeAt(k);
        starts[n] = i;
        ends[n] = i + 1;
        n += 1;
      }
    }
    i += 1;
  }
  const out = decodeUnits(units.subarray(0, n), loneSurrogate);
  if (scratch !== null) {
    scratch.starts = starts;
    scratch.ends = ends;
    scratch.units = units;
  }

  const originStart = starts.subarray(0, n);
  const originEnd = ends.subarray(0, n);
  return {
    text: out,
    original: text,
    originStart,
    originEnd,
    toOriginalOffset(index) {
      if (index <= 0) return n === 0 ? 0 : (originStart[0] ?? 0);
      if (index >= n) return n === 0 ? length : (originEnd[n - 1] ?? length);
      return originStart[index] ?? length;
    },
    toOriginal(start, end) {
      if (!(start >= 0 && end <= n && start <= end)) {
        throw new RangeError(`arabic-entities: span [${start}, ${end}) is outside the normalized text (length ${n})`);
      }
      if (start === end) {
        const at = start < n ? (originStart[start] ?? 0) : n === 0 ? 0 : (originEnd[n - 1] ?? 0);
        return { start: at, end: at };
      }
      return { start: originStart[start] ?? 0, end: originEnd[end - 1] ?? 0 };
    },
  };
}

/**
 * The folded text alone, without the offset map: for lexicon names and word lists,
 * folded once at load. Same result as `normalize(text, options).text`.
 */
export function foldText(text: string, options?: NormalizeOptions): string {
  return foldWith(text, options === undefined ? (defaultTable ??= tableFor(resolveNormalizeOptions(undefined))) : tableFor(resolveNormalizeOptions(options)));
}

/**
 * {@link foldText} with `options` resolved once, for a caller that folds many texts the
 * same way: foldText resolves its options and finds their table at every call.
 */
export function textFolder(options: NormalizeOptions): (text: string) => string {
  const table = tableFor(resolveNormalizeOptions(options));
  return (text) => foldWith(text, table);
}

function foldWith(text: string, table: FoldTable): string {
  const actions = table.actions;
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) continue;
    // The table lookup inline, the call only for a code unit not seen yet: lexicon names
    // and word lists are folded while V8 has not optimized anything yet, and a call per
    // character showed.
    let action = actions[code] ?? 0;
    if (action === 0) action = actionOf(code, table);
    if (action === KEEP) continue;
    out += text.slice(runStart, i);
    if (action >= REPLACED) out += table.replacements[action - REPLACED] ?? '';
    runStart = i + 1;
  }
  return out + text.slice(runStart);
}

/**
 * foldText of each word of a list, in one pass over the list joined by line breaks: at
 * start, before V8 has optimized foldText, a call per word cost more than the folding.
 * Folds act on single code points and keep line breaks, so the join changes nothing; a
 * list with a line break inside a word is folded word by word.
 */
export function foldEach(words: readonly string[], options?: NormalizeOptions): string[] {
  if (!words.some((word) => word.includes('\n'))) {
    const folded = foldText(words.join('\n'), options).split('\n');
    if (folded.length === words.length) return folded;
  }
  return words.map((word) => foldText(word, options));
}

/** Short description of a bad argument for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
