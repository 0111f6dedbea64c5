import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { evaluate, formatReport, type ScoredMention } from '../../evaluate/index.js';
import { checkReferenceDate } from '../../reference-date.js';
import type { EvalArgs } from '../args.js';
import { decodeUtf8 } from '../decode.js';
import { buildExtractor } from '../engine.js';
import { EXIT, UsageError, type ExitCode } from '../exit-codes.js';
import { println, type Io } from '../io.js';
import { lexiconOptionProblems } from '../lexicons.js';
import { describeFsError } from '../readers.js';

/** One corpus document: its text and its gold annotation. */
export interface CorpusPair {
  name: string;
  text: string;
  referenceDate: string | null;
  gold: ScoredMention[];
}

const GOLD_SUFFIX = '.gold.json';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one NAME.txt + NAME.gold.json pair, or says what is wrong with it (naming the file). */
async function readPair(dir: string, name: string): Promise<CorpusPair | string> {
  const textPath = join(dir, `${name}.txt`);
  const goldPath = join(dir, `${name}${GOLD_SUFFIX}`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(textPath);
  } catch (error) {
    return `${textPath}: ${describeFsError(error)} (every NAME${GOLD_SUFFIX} needs its NAME.txt)`;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return `${textPath}: invalid UTF-8 at byte ${decoded.byteOffset}`;
  let gold: unknown;
  try {
    gold = JSON.parse(await readFile(goldPath, 'utf8'));
  } catch (error) {
    return `${goldPath}: ${error instanceof SyntaxError ? `not JSON (${error.message})` : describeFsError(error)}`;
  }
  if (!isRecord(gold) || !Array.isArray(gold.mentions)) return `${goldPath}: expected an object with a "mentions" array`;
  let referenceDate: string | null = null;
  if (gold.referenceDate !== undefined && gold.referenceDate !== null) {
    try {
      referenceDate = checkReferenceDate(gold.referenceDate);
    } catch (error) {
      return `${goldPath}: ${error instanceof Error ? error.message.replace(/^arabic-entities: /u, '') : String(error)}`;
    }
  }
  return { name, text: decoded.text, referenceDate, gold: gold.mentions as ScoredMention[] };
}

/** Every pair in a corpus folder, in name order; throws a UsageError naming each unusable file. */
export async function readCorpus(dir: string): Promise<CorpusPair[]> {
  const info = await stat(dir).catch((error: unknown) => {
    throw new UsageError(`${dir}: ${describeFsError(error)}`, 'eval', false);
  });
  if (!info.isDirectory()) throw new UsageError(`${dir}: not a directory (eval takes a corpus folder of NAME.txt + NAME${GOLD_SUFFIX})`, 'eval', false);
  const names = (await readdir(dir))
    .filter((file) => file.endsWith(GOLD_SUFFIX))
    .map((file) => file.slice(0, -GOLD_SUFFIX.length))
    .sort();
  if (names.length === 0) throw new UsageError(`${dir}: no NAME${GOLD_SUFFIX} files here`, 'eval', false);
  const pairs = await Promise.all(names.map((name) => readPair(dir, name)));
  const problems = pairs.filter((pair): pair is string => typeof pair === 'string');
  if (problems.length > 0) throw new UsageError(problems.join('\narabic-entities: '), 'eval', false);
  return pairs as CorpusPair[];
}

/** `arabic-entities eval DIR`: extracts and scores a corpus folder; prints the table or JSON. */
export async function runEval(args: EvalArgs, io: Io): Promise<ExitCode> {
  const problems = lexiconOptionProblems(args.lexicons);
  if (problems.length > 0) {
    for (const line of problems) println(io.stderr, line);
    return EXIT.findings;
  }
  const pairs = await readCorpus(args.dir);
  const extractor = buildExtractor({ types: null, lexiconFiles: args.lexicons });
  const predicted = pairs.map((pair) => extractor.extract(pair.text, pair.referenceDate === null ? {} : { referenceDate: pair.referenceDate }).mentions);
  const report = evaluate(predicted, pairs.map((pair) => pair.gold));
  const f1 = report.overall.strict.f1;
  const passed = args.minF1 === null || f1 >= args.minF1;
  if (args.json) {
    println(io.stdout, JSON.stringify({ directory: args.dir, documents: pairs.map((pair) => pair.name), minF1: args.minF1, passed, report }, null, 2));
  } else {
    const gold = pairs.reduce((n, pair) => n + pair.gold.length, 0);
    println(io.stdout, `${args.dir}: ${pairs.length} documents, ${gold} gold mentions\n`);
    println(io.stdout, formatReport(report));
  }
  if (!passed) {
    println(io.stderr, `arabic-entities: overall strict F1 ${f1.toFixed(3)} is below --min-f1 ${args.minF1}`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
