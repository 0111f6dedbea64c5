import { LexiconError, formatProblem, type LexiconProblem } from '../errors.js';
import { loadLexicon } from '../lexicon/load.js';

/** The outcome of reading one lexicon file. */
export interface LexiconCheck {
  file: string;
  entries: number;
  problems: readonly LexiconProblem[];
}

/** Reads and validates a lexicon file; every problem is returned, nothing is thrown for bad content. */
export function checkLexiconFile(file: string): LexiconCheck {
  try {
    return { file, entries: loadLexicon(file).entries.length, problems: [] };
  } catch (error) {
    if (error instanceof LexiconError) return { file, entries: 0, problems: error.problems };
    throw error;
  }
}

/** Problems of the `--lexicon` files of a run, as lines ready to print (empty when all load). */
export function lexiconOptionProblems(files: readonly string[]): string[] {
  return files.flatMap((file) => checkLexiconFile(file).problems.map((p) => `arabic-entities: --lexicon ${formatProblem(p)}`));
}
