import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkReferenceDate } from '../reference-date.js';
import { MENTION_TYPES, type MentionType } from '../types.js';
import { UsageError } from './exit-codes.js';
import { FORMATS, type FormatName } from './formats/index.js';

const MAX_WORKERS = 256;

/** Options of `extract`. */
export interface ExtractArgs {
  inputs: string[];
  format: FormatName | null;
  jsonl: boolean;
  referenceDate: string | null;
  lexicons: string[];
  types: MentionType[] | null;
  workers: number;
  out: string | null;
  strict: boolean;
  quiet: boolean;
}

/** Options of `eval`. */
export interface EvalArgs {
  dir: string;
  json: boolean;
  minF1: number | null;
  lexicons: string[];
}

/** Options of `lexicon check`. */
export interface LexiconCheckArgs {
  files: string[];
}

/** True when `--help` or `-h` appears before any `--`. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

type Options = NonNullable<ParseArgsConfig['options']>;

function parse(command: string, argv: readonly string[], options: Options): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/su, '') : String(error);
    throw new UsageError(message, command);
  }
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strs = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Parses `--types actor,place`: known types, no repeats. */
export function parseTypes(value: string, command: string): MentionType[] {
  const types: MentionType[] = [];
  for (const part of value.split(',').map((p) => p.trim())) {
    if (part === '') continue;
    if (!(MENTION_TYPES as readonly string[]).includes(part)) {
      throw new UsageError(`--types: unknown type "${part}" (expected a comma-separated list of ${MENTION_TYPES.join(', ')})`, command);
    }
    if (!types.includes(part as MentionType)) types.push(part as MentionType);
  }
  if (types.length === 0) throw new UsageError(`--types: give at least one of ${MENTION_TYPES.join(', ')}`, command);
  return types;
}

/** Parses the arguments after `extract`. */
export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const { values, positionals } = parse('extract', argv, {
    format: { type: 'string', short: 'f' },
    jsonl: { type: 'boolean' },
    'reference-date': { type: 'string', short: 'r' },
    lexicon: { type: 'string', short: 'l', multiple: true },
    types: { type: 'string', short: 't' },
    workers: { type: 'string', short: 'w' },
    out: { type: 'string', short: 'o' },
    strict: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  });
  const format = str(values.format);
  if (format !== null && !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: unknown format "${format}" (expected one of ${FORMATS.join(', ')})`, 'extract');
  }
  const date = str(values['reference-date']);
  if (date !== null) {
    try {
      checkReferenceDate(date);
    } catch (error) {
      throw new UsageError(`--reference-date: ${error instanceof Error ? error.message.replace(/^arabic-entities: /u, '') : String(error)}`, 'extract');
    }
  }
  const workersText = str(values.workers) ?? '1';
  const workers = /^[0-9]+$/u.test(workersText) ? Number(workersText) : Number.NaN;
  if (!(workers >= 1 && workers <= MAX_WORKERS)) throw new UsageError(`--workers: expected a whole number from 1 to ${MAX_WORKERS}, got "${workersText}"`, 'extract');
  const out = str(values.out);
  if (out === '') throw new UsageError('--out: give a directory', 'extract');
  const types = str(values.types);
  return {
    inputs: positionals,
    format: format as FormatName | null,
    jsonl: values.jsonl === true,
    referenceDate: date,
    lexicons: strs(values.lexicon),
    types: types === null ? null : parseTypes(types, 'extract'),
    workers,
    out,
    strict: values.strict === true,
    quiet: values.quiet === true,
  };
}

/** Parses the arguments after `eval`. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const { values, positionals } = parse('eval', argv, {
    json: { type: 'boolean' },
    'min-f1': { type: 'string' },
    lexicon: { type: 'string', short: 'l', multiple: true },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the corpus folder: eval DIR' : `give one folder, got ${positionals.length}`, 'eval');
  const minText = str(values['min-f1']);
  let minF1: number | null = null;
  if (minText !== null) {
    minF1 = /^(?:0|1|0?[.][0-9]+|1[.]0*)$/u.test(minText.trim()) ? Number(minText) : Number.NaN;
    if (Number.isNaN(minF1)) throw new UsageError(`--min-f1: expected a number from 0 to 1, got "${minText}"`, 'eval');
  }
  return { dir: positionals[0] ?? '', json: values.json === true, minF1, lexicons: strs(values.lexicon) };
}

/** Parses the arguments after `lexicon`: only `check FILE…` for now. */
export function parseLexiconArgs(argv: readonly string[]): LexiconCheckArgs {
  const { positionals } = parse('lexicon', argv, {});
  const [sub, ...files] = positionals;
  if (sub !== 'check') throw new UsageError(sub === undefined ? 'give a subcommand: lexicon check FILE…' : `unknown subcommand "lexicon ${sub}" (expected: lexicon check FILE…)`, 'lexicon');
  if (files.length === 0) throw new UsageError('give at least one lexicon file: lexicon check FILE…', 'lexicon');
  return { files };
}
