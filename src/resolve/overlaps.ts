import { Coverage } from '../recognizers/coverage.js';
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
 *
 * Candidates are swept by start into clusters of mutually reachable overlaps; only
 * inside a cluster does the ranking matter, so each cluster is ranked on its own (most
 * are a single candidate). Choosing greedily by rank inside each cluster gives the same
 * set as ranking them all at once, since candidates of different clusters never meet.
 * Occupied positions live in a bit mask, so the cost is the total length of the
 * candidates, never their number squared.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  return resolveSortedOverlaps(sortByStart(candidates.filter((c) => c.end > c.start)));
}

/** Sorts candidates in place by start, then end. */
export function sortByStart(candidates: Candidate[]): Candidate[] {
  return candidates.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * {@link resolveOverlaps} for candidates already sorted by {@link sortByStart}, with no
 * empty span: the pipeline sorts each chunk's candidates as they come, and chunks follow
 * each other, so the whole list needs no sorting again.
 */
export function resolveSortedOverlaps(byStart: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let from = 0;
  while (from < byStart.length) {
    const first = byStart[from] as Candidate;
    let reach = first.end;
    let to = from + 1;
    for (; to < byStart.length; to += 1) {
      const next = byStart[to] as Candidate;
      if (next.start >= reach) break;
      if (next.end > reach) reach = next.end;
    }
    pickCluster(byStart, from, to, reach, kept);
    from = to;
  }
  return kept;
}

/**
 * Pushes onto `kept` the picks of the cluster `byStart[from, to)` (sorted by start, each
 * starting before `reach`, the furthest end of those before it), sorted by start.
 */
export function pickCluster(byStart: readonly Candidate[], from: number, to: number, reach: number, kept: Candidate[]): void {
  const first = byStart[from] as Candidate;
  if (to === from + 1) kept.push(first);
  else if (to === from + 2) kept.push(better(first, byStart[from + 1] as Candidate));
  else for (const picked of pickInCluster(byStart.slice(from, to), first.start, reach)) kept.push(picked);
}

/**
 * The pick of a cluster of two, without sorting: they overlap (the second starts inside
 * the first), so the higher ranked is kept; at a tie the first, as a stable sort keeps it.
 */
function better(a: Candidate, b: Candidate): Candidate {
  return compareCandidates(a, b) <= 0 ? a : b;
}

/** Greedy by rank over one cluster spanning [start, end); the picks sorted by start. */
function pickInCluster(cluster: Candidate[], start: number, end: number): Candidate[] {
  sortSmall(cluster, compareCandidates);
  const taken = new Coverage(start, end);
  const picked: Candidate[] = [];
  for (const candidate of cluster) {
    if (taken.covers(candidate.start, candidate.end)) continue;
    taken.mark(candidate.start, candidate.end);
    picked.push(candidate);
  }
  return sortSmall(picked, byStartOnly);
}

const byStartOnly = (a: Candidate, b: Candidate): number => a.start - b.start;

/** Lists up to this long are sorted by insertion: most clusters hold three to six candidates. */
const SMALL_SORT = 16;

/**
 * Sorts `list` in place, stably, as `Array.prototype.sort` does (so in the same order),
 * by insertion when it is short: the builtin copies every list it sorts into a new array
 * first, and clusters are sorted by the thousand.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SMALL_SORT) return list.sort(compare);
  for (let i = 1; i < list.length; i += 1) {
    const item = list[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(list[j] as T, item) > 0; j -= 1) list[j + 1] = list[j] as T;
    list[j + 1] = item;
  }
  return list;
}

/**
 * Two lists of candidates sorted by start, none overlapping another, as one sorted list
 * (partial names are linked only on words nothing claimed, so they never overlap).
 */
export function mergeByStart(a: readonly Candidate[], b: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.start <= y.start)) {
      out.push(x as Candidate);
      i += 1;
    } else {
      out.push(y);
      j += 1;
    }
  }
  return out;
}
