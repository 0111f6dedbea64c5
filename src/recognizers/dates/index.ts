import type { Candidate, RecognizerInput } from '../types.js';

/** Dates: absolute, relative, durations, ranges → ISO/TIMEX3 values. */
export function recognizeDates(_input: RecognizerInput): Candidate[] {
  return [];
}

/** The reference date the text itself gives (a dateline or an early full date), or null. */
export function inferReferenceDate(_input: RecognizerInput): string | null {
  return null;
}
