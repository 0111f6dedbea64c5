import { mkdir, stat } from 'node:fs/promises';
import type { ExtractArgs } from '../args.js';
import { inlineEngine, workerEngine, extractInOrder, type Engine } from '../engine.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { createWriter } from '../formats/index.js';
import { println, type Io } from '../io.js';
import { lexiconOptionProblems } from '../lexicons.js';
import { directorySink, streamSink, type Sink } from '../output.js';
import { createProgress } from '../progress.js';
import { STDIN, isJsonlInput, readInputs } from '../readers.js';
import { formatSummary } from '../summary.js';
import type { ExtractorSettings } from '../types.js';

/** Documents in flight per worker thread: enough to keep each busy, few enough to bound memory. */
const WINDOW_PER_WORKER = 4;

/** Sum of the sizes of the input files (missing ones and directories count 0), or null when stdin is one of them. */
async function totalSize(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === STDIN) return null;
    const info = await stat(input).catch(() => null);
    // A missing input or a directory is reported when it is read; it adds nothing here.
    if (info?.isFile() === true) total += info.size;
  }
  return total;
}

async function openSink(args: ExtractArgs, format: NonNullable<ExtractArgs['format']>, single: boolean, io: Io): Promise<Sink> {
  if (args.out === null) return streamSink(io.stdout, createWriter(format, single));
  const existing = await stat(args.out).catch(() => null);
  if (existing !== null && !existing.isDirectory()) throw new UsageError(`--out: "${args.out}" exists and is not a directory`, 'extract');
  await mkdir(args.out, { recursive: true });
  return directorySink(args.out, format);
}

/** `arabic-entities extract`: reads the inputs, extracts, writes the chosen format, reports failures and a summary. */
export async function runExtract(args: ExtractArgs, io: Io): Promise<ExitCode> {
  const inputs = args.inputs.length > 0 ? args.inputs : [STDIN];
  if (args.inputs.length === 0 && io.stdin.isTTY === true) {
    throw new UsageError('no input: give .txt files, or pipe text or JSONL (--jsonl) into stdin', 'extract');
  }
  if (inputs.filter((input) => input === STDIN).length > 1) throw new UsageError('stdin (-) can be read only once', 'extract');

  const problems = lexiconOptionProblems(args.lexicons);
  if (problems.length > 0) {
    for (const line of problems) println(io.stderr, line);
    return EXIT.findings;
  }

  const anyJsonl = inputs.some((input) => isJsonlInput(input, args));
  const single = inputs.length === 1 && !anyJsonl;
  const format = args.format ?? (single ? 'json' : 'jsonl');
  const sink = await openSink(args, format, single, io);
  const settings: ExtractorSettings = { types: args.types, lexiconFiles: args.lexicons };
  const engine: Engine = args.workers > 1 ? workerEngine(settings, args.workers, io.workerScript()) : inlineEngine(settings);
  const progress = createProgress(io.stderr, !args.quiet && io.stderr.isTTY === true && (inputs.length > 1 || anyJsonl));
  const totalBytes = await totalSize(inputs);

  const started = performance.now();
  const totals = { documents: 0, mentions: 0, failures: 0, bytes: 0 };
  const items = readInputs(inputs, { jsonl: args.jsonl, referenceDate: args.referenceDate, stdin: io.stdin });
  try {
    for await (const outcome of extractInOrder(items, engine, args.workers > 1 ? args.workers * WINDOW_PER_WORKER : 1)) {
      totals.bytes += outcome.bytes;
      if (outcome.kind === 'failure') {
        totals.failures += 1;
        progress.log(`arabic-entities: ${outcome.location}: ${outcome.message}`);
        if (args.strict) {
          progress.log('arabic-entities: stopped at the first failure (--strict)');
          break;
        }
      } else {
        await sink.write(outcome);
        totals.documents += 1;
        totals.mentions += outcome.record.mentions.length;
        if (sink.closed) break;
      }
      progress.update({ ...totals, totalBytes, seconds: (performance.now() - started) / 1000 });
    }
  } finally {
    await engine.close();
  }
  await sink.close();
  progress.clear();
  if (!args.quiet) println(io.stderr, formatSummary({ ...totals, seconds: (performance.now() - started) / 1000 }));
  return totals.failures > 0 ? EXIT.findings : EXIT.ok;
}
