import type { Context } from './types.js';

/**
 * How many recent tokens a memoized parser remembers. Parsers look only a few tokens
 * around the one they are asked about (the longest phrase has four words, a duration
 * chain four parts), and the scan moves forward, so every answer still asked for falls
 * within this window; an answer that fell out would only be parsed again.
 */
const WINDOW = 64;

/** One memoized parser's answers in one run: token index and answer, in slot `index % WINDOW`. */
export interface MemoWindow {
  readonly indices: Int32Array;
  readonly answers: unknown[];
}

/** Marks an empty slot: no parser is ever asked about this token index. */
const EMPTY = -0x80000000;

/** How many memoized parsers exist: each owns one slot of `Context.memos`. */
let slots = 0;

/**
 * Caches a parser's answer per token for one recognizer run. Rules build on each other
 * («مساء أمس الثلاثاء» reads «أمس الثلاثاء», which a clock time reads again; «24 ساعة» is
 * read by both the duration and the «ago» rule), so without the cache one token is
 * parsed by the same sub-rule many times over. The cache lives in the run's context (a
 * slot per parser, found without a lookup) and holds a fixed window of tokens, so it
 * neither grows with the text nor keeps garbage collection busy.
 */
export function memoized<T>(parse: (ctx: Context, i: number) => T): (ctx: Context, i: number) => T {
  const slot = slots;
  slots += 1;
  return (ctx, i) => {
    let memo = ctx.memos[slot];
    if (memo === undefined) {
      memo = { indices: new Int32Array(WINDOW).fill(EMPTY), answers: new Array<unknown>(WINDOW) };
      ctx.memos[slot] = memo;
    }
    const at = i & (WINDOW - 1);
    if (memo.indices[at] === i) return memo.answers[at] as T;
    const answer = parse(ctx, i);
    memo.indices[at] = i;
    memo.answers[at] = answer;
    return answer;
  };
}
