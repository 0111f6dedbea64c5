import type { Candidate, RecognizerInput } from '../types.js';

/** Numbers: digits and number words → value, qualifier, unit. */
export function recognizeNumbers(_input: RecognizerInput): Candidate[] {
  return [];
}
