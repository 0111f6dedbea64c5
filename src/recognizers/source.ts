import type { MentionSource } from '../types.js';

// A rule's source string is built once per rule: the recognizers name a source on every
// candidate, and a template string there would be a new string each time.
const sources = new Map<string, Map<string, MentionSource>>();

/** `rule:<family>.<name>` (or `rule:<name>` without a family): «rule:date.weekday». */
export function ruleSource(family: string | null, name: string): `rule:${string}` {
  const key = family ?? '';
  let named = sources.get(key);
  if (!named) sources.set(key, (named = new Map()));
  let source = named.get(name);
  if (source === undefined) {
    source = family === null ? `rule:${name}` : `rule:${family}.${name}`;
    named.set(name, source);
  }
  return source as `rule:${string}`;
}
