import type { NormalizedText } from '../normalize/index.js';
import type { Candidate } from '../recognizers/types.js';
import type { Mention } from '../types.js';
import { resolveOverlaps } from './overlaps.js';

export { compareCandidates, mergeByStart, resolveOverlaps, resolveSortedOverlaps, sortByStart } from './overlaps.js';

export { dominantCountry, documentEntities, fillFromDocument, keepSupported, linkPartialNames } from './document.js';

export { SegmentResolver } from './segment.js';

/** Resolves overlaps, then maps each kept candidate back to the caller's original text. */
export function toMentions(candidates: readonly Candidate[], normalized: NormalizedText): Mention[] {
  return resolveOverlaps(candidates).map((candidate) => toMention(candidate, normalized));
}

/**
 * Builds a mention field by field, in the order the contract lists them. Built by a
 * constructor, V8 keeps every field inside the object; a literal extended field by field
 * moves the later ones to an array of their own, a third more memory for each mention a
 * long text holds until the call returns (and the young collections copy it all). Its
 * prototype is Object's: a mention stays a plain object, printed, compared and
 * serialized as one.
 */
const PlainMention = function (this: Mention, c: Candidate, start: number, end: number, text: string): void {
  this.type = c.type;
  this.subtype = c.subtype;
  this.start = start;
  this.end = end;
  this.text = text;
  if (c.id !== undefined) this.id = c.id;
  if (c.value !== undefined) this.value = c.value;
  if (c.qualifier !== undefined) this.qualifier = c.qualifier;
  if (c.unit !== undefined) this.unit = c.unit;
  if (c.mod !== undefined) this.mod = c.mod;
  if (c.role !== undefined) this.role = c.role;
  if (c.country !== undefined) this.country = c.country;
  if (c.canonical !== undefined) this.canonical = c.canonical;
  if (c.hijri !== undefined) this.hijri = c.hijri;
  this.source = c.source;
  if (c.confidence !== undefined) this.confidence = c.confidence;
} as unknown as new (c: Candidate, start: number, end: number, text: string) => Mention;
PlainMention.prototype = Object.prototype;

/** One candidate as a mention in the caller's original text. */
export function toMention(candidate: Candidate, normalized: NormalizedText): Mention {
  // The offsets straight from the map, as toOriginal gives them, without building a span
  // object per mention (an empty or out-of-range span goes through toOriginal's checks).
  const inside = candidate.start < candidate.end && candidate.start >= 0 && candidate.end <= normalized.originStart.length;
  const span = inside ? null : normalized.toOriginal(candidate.start, candidate.end);
  const start = span ? span.start : (normalized.originStart[candidate.start] ?? 0);
  const end = span ? span.end : (normalized.originEnd[candidate.end - 1] ?? start);
  return new PlainMention(candidate, start, end, normalized.original.slice(start, end));
}
