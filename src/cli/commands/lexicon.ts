import { formatProblem } from '../../errors.js';
import type { LexiconCheckArgs } from '../args.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { println, type Io } from '../io.js';
import { checkLexiconFile } from '../lexicons.js';

/** `arabic-entities lexicon check FILE…`: one line per problem (file, entry, id, field), then a total. */
export function runLexiconCheck(args: LexiconCheckArgs, io: Io): ExitCode {
  let problems = 0;
  let badFiles = 0;
  for (const file of args.files) {
    const check = checkLexiconFile(file);
    if (check.problems.length === 0) {
      println(io.stdout, `${file}: ok (${check.entries} entr${check.entries === 1 ? 'y' : 'ies'})`);
      continue;
    }
    badFiles += 1;
    problems += check.problems.length;
    for (const problem of check.problems) println(io.stdout, formatProblem(problem));
  }
  const files = `${args.files.length} file${args.files.length === 1 ? '' : 's'}`;
  if (problems === 0) {
    println(io.stderr, `arabic-entities: ${files} checked, no problems`);
    return EXIT.ok;
  }
  println(io.stderr, `arabic-entities: ${problems} problem${problems === 1 ? '' : 's'} in ${badFiles} of ${files}`);
  return EXIT.findings;
}
