import packageJson from '../../package.json';
import { parseEvalArgs, parseExtractArgs, parseLexiconArgs, wantsHelp } from './args.js';
import { runEval } from './commands/eval.js';
import { runExtract } from './commands/extract.js';
import { runLexiconCheck } from './commands/lexicon.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { HELP, type HelpTopic } from './help.js';
import { println, type Io } from './io.js';

const COMMANDS: readonly HelpTopic[] = ['extract', 'eval', 'lexicon'];

async function dispatch(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    println(io.stderr, HELP.main);
    return EXIT.usage;
  }
  if (command === '--help' || command === '-h') {
    println(io.stdout, HELP.main);
    return EXIT.ok;
  }
  if (command === '--version' || command === '-V') {
    println(io.stdout, packageJson.version);
    return EXIT.ok;
  }
  if (command === 'help') {
    const topic = rest[0] ?? 'main';
    if (topic !== 'main' && !(COMMANDS as readonly string[]).includes(topic)) throw new UsageError(`no help for "${topic}" (commands: ${COMMANDS.join(', ')})`);
    println(io.stdout, HELP[topic as HelpTopic]);
    return EXIT.ok;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(command.startsWith('-') ? `unknown option "${command}" (give a command first)` : `unknown command "${command}" (commands: ${COMMANDS.join(', ')})`);
  }
  if (wantsHelp(rest)) {
    println(io.stdout, HELP[command as HelpTopic]);
    return EXIT.ok;
  }
  switch (command) {
    case 'extract':
      return runExtract(parseExtractArgs(rest), io);
    case 'eval':
      return runEval(parseEvalArgs(rest), io);
    default:
      return runLexiconCheck(parseLexiconArgs(rest), io);
  }
}

/**
 * Runs the command line and returns its exit status: 0 ok, 1 findings (failed
 * inputs, F1 below `--min-f1`, lexicon problems), 2 usage. Never throws.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      println(io.stderr, `arabic-entities: ${error.command === null ? '' : `${error.command}: `}${error.message}`);
      if (error.showHelpHint) println(io.stderr, `Run "arabic-entities ${error.command ?? ''}${error.command === null ? '' : ' '}--help" for usage.`);
      return EXIT.usage;
    }
    println(io.stderr, `arabic-entities: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT.findings;
  }
}
