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

/**
 * Picks a set of non-overlapping candidates by {@link compareCandidates}, sorted by start.
 * Occupied positions live in a bit mask, so the cost is the total length of the
 * candidates, never their number squared.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = candidates.filter((c) => c.end > c.start).sort(compareCandidates);
  const limit = ranked.reduce((max, c) => Math.max(max, c.end), 0);
  const taken = new Uint8Array(limit);
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i += 1) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
