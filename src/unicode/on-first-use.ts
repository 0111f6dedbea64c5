/**
 * A regular expression built on its first use. V8 parses a `\p{…}` literal when it
 * compiles the module, even one that never runs (about 0.2 ms each); a pattern given as a
 * string is parsed only when built.
 *
 * @example
 * const letter = onFirstUse('\\p{L}', 'u');
 * letter().test('ب'); // true
 */
export function onFirstUse(source: string, flags: string): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source, flags));
}
