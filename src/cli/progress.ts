import { throughput } from './summary.js';

/** Where a run is, for the progress bar. */
export interface ProgressState {
  documents: number;
  failures: number;
  bytes: number;
  /** Size of all inputs when known (files only; not stdin). */
  totalBytes: number | null;
  seconds: number;
}

const BAR_WIDTH = 24;

/**
 * One line of progress: a bar when the total size is known, then documents, MB read,
 * MB/s and failures.
 *
 * @example
 * formatProgress({ documents: 120, failures: 1, bytes: 5e6, totalBytes: 1e7, seconds: 10 });
 * // '[############------------]  50%  120 docs  5.0 MB of 10.0 MB  0.50 MB/s  1 failure'
 */
export function formatProgress(state: ProgressState): string {
  const size = (bytes: number): string => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);
  const parts: string[] = [];
  if (state.totalBytes !== null && state.totalBytes > 0) {
    const fraction = Math.min(1, state.bytes / state.totalBytes);
    const filled = Math.round(fraction * BAR_WIDTH);
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%`);
    parts.push(`${state.documents} docs`, `${size(state.bytes)} of ${size(state.totalBytes)}`);
  } else {
    parts.push(`${state.documents} docs`, `${size(state.bytes)}`);
  }
  parts.push(`${throughput(state.bytes, state.seconds)} MB/s`, `${state.failures} failure${state.failures === 1 ? '' : 's'}`);
  return parts.join('  ');
}

/** A terminal stream the progress line is drawn on. */
export interface ProgressStream {
  write(text: string): unknown;
}

/** Draws the progress line in place, at most ten times a second, and lets messages print above it. */
export interface Progress {
  update(state: ProgressState): void;
  /** Prints a whole line (a failure message) without tearing the bar. */
  log(line: string): void;
  /** Erases the bar for good. */
  clear(): void;
}

/** A progress line on `stream`; when `enabled` is false, only `log` writes anything. */
export function createProgress(stream: ProgressStream, enabled: boolean, now: () => number = () => performance.now()): Progress {
  let shown = false;
  let last = -Infinity;
  let latest: ProgressState | null = null;
  const draw = (): void => {
    if (latest === null) return;
    stream.write(`\r${formatProgress(latest)}\u001b[K`);
    shown = true;
    last = now();
  };
  const erase = (): void => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
  };
  return {
    update(state) {
      latest = state;
      if (enabled && now() - last >= 100) draw();
    },
    log(line) {
      if (enabled) erase();
      stream.write(`${line}\n`);
      if (enabled) draw();
    },
    clear() {
      if (enabled) erase();
    },
  };
}
