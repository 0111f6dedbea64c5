import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { decodeUtf8 } from './decode.js';
import { parseJsonlLine } from './jsonl.js';
import { byteLines } from './lines.js';
import type { InputFailure, InputItem } from './types.js';

/** How inputs are read. */
export interface ReadOptions {
  /** Read every input as JSONL (files ending in `.jsonl` or `.ndjson` always are). */
  jsonl: boolean;
  /** Reference date for documents that carry none of their own. */
  referenceDate: string | null;
  /** Standard input, as a byte stream. */
  stdin: AsyncIterable<Uint8Array | string>;
}

/** The name `-` stands for standard input. */
export const STDIN = '-';

/** True when the input is read line by line as JSONL. */
export function isJsonlInput(input: string, options: Pick<ReadOptions, 'jsonl'>): boolean {
  if (options.jsonl) return true;
  const ext = extname(input).toLowerCase();
  return ext === '.jsonl' || ext === '.ndjson';
}

/**
 * Reads every input in order and yields its documents, and a failure for each file
 * or line that cannot be read. Only one line of a JSONL input is held at a time.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === STDIN) {
      yield* isJsonlInput(input, options) ? readJsonl(input, options.stdin, options) : readText(input, () => collect(options.stdin), options);
      continue;
    }
    const problem = await unreadable(input);
    if (problem !== null) {
      yield failure(input, input, problem, 0);
      continue;
    }
    yield* isJsonlInput(input, options)
      ? readJsonl(input, createReadStream(input), options)
      : readText(input, () => readFile(input), options);
  }
}

/** Why a path cannot be read as a file, or null when it can. */
async function unreadable(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'is a directory (give the files inside it, for example DIR/*.txt)';
    return null;
  } catch (error) {
    return describeFsError(error);
  }
}

/** A short reason for a file-system error: «no such file», «permission denied», or the system's message. */
export function describeFsError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

async function* readText(input: string, read: () => Promise<Uint8Array>, options: ReadOptions): AsyncGenerator<InputItem> {
  let bytes: Uint8Array;
  try {
    bytes = await read();
  } catch (error) {
    yield failure(input, input, describeFsError(error), 0);
    return;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    yield failure(input, nameOf(input), `invalid UTF-8 at byte ${decoded.byteOffset}`, bytes.length);
    return;
  }
  const id = input === STDIN ? 'stdin' : basename(input, extname(input));
  const document: InputItem = { kind: 'document', id, input, location: nameOf(input), text: decoded.text, bytes: bytes.length };
  if (input !== STDIN) document.file = input;
  if (options.referenceDate !== null) document.referenceDate = options.referenceDate;
  yield document;
}

async function* readJsonl(input: string, stream: AsyncIterable<Uint8Array | string>, options: ReadOptions): AsyncGenerator<InputItem> {
  const name = nameOf(input);
  try {
    for await (const line of byteLines(stream)) {
      const location = `${name}:${line.number}`;
      const decoded = decodeUtf8(line.bytes);
      if (!decoded.ok) {
        yield failure(input, location, `invalid UTF-8 at byte ${decoded.byteOffset} of the line`, line.size);
        continue;
      }
      if (decoded.text.trim() === '') continue;
      const parsed = parseJsonlLine(decoded.text);
      if (!parsed.ok) {
        yield failure(input, location, parsed.message, line.size);
        continue;
      }
      const date = parsed.date ?? options.referenceDate;
      const document: InputItem = { kind: 'document', id: parsed.id, input, location, text: parsed.text, bytes: line.size };
      if (date !== null) document.referenceDate = date;
      yield document;
    }
  } catch (error) {
    yield failure(input, name, describeFsError(error), 0);
  }
}

async function collect(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(parts);
}

const nameOf = (input: string): string => (input === STDIN ? 'stdin' : input);

function failure(input: string, location: string, message: string, bytes: number): InputFailure {
  return { kind: 'failure', input, location: location === STDIN ? 'stdin' : location, message, bytes };
}
