/** Thrown when a lexicon has problems; lists every problem at once. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  readonly problems: readonly LexiconProblem[];
  constructor(problems: readonly LexiconProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem).join('\n  ');
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    super(`arabic-entities: ${problems.length} lexicon problem${problems.length === 1 ? '' : 's'}:\n  ${shown}${more}`);
    this.problems = problems;
  }
}

/** One problem in a lexicon: where it is and what is wrong. */
export interface LexiconProblem {
  /** File path, or the name given to defineLexicon. */
  file: string;
  /** Index of the entry in `entries`, or -1 for the file itself. */
  entry: number;
  id?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: LexiconProblem): string {
  const where = [p.file, p.entry >= 0 ? `entry ${p.entry}` : null, p.id ? `id "${p.id}"` : null, p.field ? `field "${p.field}"` : null]
    .filter((part): part is string => part !== null)
    .join(', ');
  return `${where}: ${p.message}`;
}
