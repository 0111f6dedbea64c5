import type { Piece } from './types.js';

/** The longest of some finds (the first on a tie), or null when there are none. */
export function longest<T extends Piece>(finds: readonly (T | null)[]): T | null {
  let best: T | null = null;
  for (const found of finds) {
    if (found && found.end > found.start && (!best || found.end - found.start > best.end - best.start)) best = found;
  }
  return best;
}
