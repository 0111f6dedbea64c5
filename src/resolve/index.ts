import type { NormalizedText } from '../normalize/index.js';
import type { Candidate } from '../recognizers/types.js';
import type { Mention } from '../types.js';
import { resolveOverlaps } from './overlaps.js';

export { compareCandidates, mergeByStart, resolveOverlaps, resolveSortedOverlaps, sortByStart } from './overlaps.js';

export { dominantCountry, documentEntities, fillFromDocument, keepSupported, linkPartialNames } from './document.js';

/** Resolves overlaps, then maps each kept candidate back to the caller's original text. */
export function toMentions(candidates: readonly Candidate[], normalized: NormalizedText): Mention[] {
  return resolveOverlaps(candidates).map((candidate) => toMention(candidate, normalized));
}

/** One candidate as a mention in the caller's original text. */
export function toMention(candidate: Candidate, normalized: NormalizedText): Mention {
  // The offsets straight from the map, as toOriginal gives them, without building a span
  // object per mention (an empty or out-of-range span goes through toOriginal's checks).
  const inside = candidate.start < candidate.end && candidate.start >= 0 && candidate.end <= normalized.originStart.length;
  const span = inside ? null : normalized.toOriginal(candidate.start, candidate.end);
  const start = span ? span.start : (normalized.originStart[candidate.start] ?? 0);
  const end = span ? span.end : (normalized.originEnd[candidate.end - 1] ?? start);
  const mention: Mention = {
    type: candidate.type,
    subtype: candidate.subtype,
    start,
    end,
    text: normalized.original.slice(start, end),
  };
  if (candidate.id !== undefined) mention.id = candidate.id;
  if (candidate.value !== undefined) mention.value = candidate.value;
  if (candidate.qualifier !== undefined) mention.qualifier = candidate.qualifier;
  if (candidate.unit !== undefined) mention.unit = candidate.unit;
  if (candidate.mod !== undefined) mention.mod = candidate.mod;
  if (candidate.role !== undefined) mention.role = candidate.role;
  if (candidate.country !== undefined) mention.country = candidate.country;
  if (candidate.canonical !== undefined) mention.canonical = candidate.canonical;
  if (candidate.hijri !== undefined) mention.hijri = candidate.hijri;
  mention.source = candidate.source;
  if (candidate.confidence !== undefined) mention.confidence = candidate.confidence;
  return mention;
}
