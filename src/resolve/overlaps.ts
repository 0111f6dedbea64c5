import type { Candidate } from '../recognizers/types.js';

/** Lexicon knowledge outranks rules, and rules outrank the similarity fallback. */
const SOURCE_RANK = { lexicon: 3, rule: 2, fuzzy: 1 } as const;

function sourceRank(candidate: Candidate): number {
  if (candidate.source === 'lexicon') return SOURCE_RANK.lexicon;
  if (candidate.source === 'fuzzy') return SOURCE_RANK.fuzzy;
  return SOURCE_RANK.rule;
}

/**
 * The one overlap policy: among overlapping candidates keep the longest; at equal
 * length, lexicon over rule over fuzzy; then the higher priority; then the earlier
 * start; then the source name, so the outcome never depends on recognizer order.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    sourceRank(b) - sourceRank(a) ||
    b.priority - a.priority ||
    a.start - b.start ||
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)
  );
}

/** Picks a set of non-overlapping candidates by {@link compareCandidates}, sorted by start. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates.filter((c) => c.end > c.start).sort(compareCandidates);
  const kept: Candidate[] = [];
  // Occupied spans, kept sorted by start, for a binary-search overlap test.
  const taken: { start: number; end: number }[] = [];
  for (const candidate of ranked) {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((taken[mid]?.start ?? 0) < candidate.start) lo = mid + 1;
      else hi = mid;
    }
    const before = taken[lo - 1];
    const after = taken[lo];
    if (before && before.end > candidate.start) continue;
    if (after && after.start < candidate.end) continue;
    taken.splice(lo, 0, { start: candidate.start, end: candidate.end });
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
