import type { Context } from './types.js';

/**
 * Caches a parser's answer per token for one recognizer run. Rules build on each other
 * («مساء أمس الثلاثاء» reads «أمس الثلاثاء», which a clock time reads again), so without
 * the cache one token is parsed by the same sub-rule many times over.
 */
export function memoized<T>(parse: (ctx: Context, i: number) => T): (ctx: Context, i: number) => T {
  const runs = new WeakMap<Context, Map<number, T>>();
  return (ctx, i) => {
    let cache = runs.get(ctx);
    if (!cache) {
      cache = new Map();
      runs.set(ctx, cache);
    }
    if (cache.has(i)) return cache.get(i) as T;
    const result = parse(ctx, i);
    cache.set(i, result);
    return result;
  };
}
