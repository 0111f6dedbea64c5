/** Counts for the summary line at the end of a run. */
export interface RunTotals {
  documents: number;
  mentions: number;
  failures: number;
  bytes: number;
  seconds: number;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Input megabytes (10^6 bytes) per second, with two decimals. */
export function throughput(bytes: number, seconds: number): string {
  return (bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(2);
}

/**
 * The summary line written to stderr at the end of `extract`.
 *
 * @example
 * formatSummary({ documents: 5, mentions: 351, failures: 0, bytes: 28540, seconds: 0.068 });
 * // 'arabic-entities: 5 documents, 351 mentions, 0.42 MB/s, 0 failures'
 */
export function formatSummary(totals: RunTotals): string {
  return `arabic-entities: ${plural(totals.documents, 'document')}, ${plural(totals.mentions, 'mention')}, ${throughput(totals.bytes, totals.seconds)} MB/s, ${plural(totals.failures, 'failure')}`;
}
