import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createWriter, type FormatName, type FormatWriter } from './formats/index.js';
import { STDIN } from './readers.js';
import type { Extracted } from './types.js';
import { onFirstUse } from '../unicode/on-first-use.js';

const notNameCharacters = onFirstUse('[^\\p{L}\\p{N}._-]+', 'gu');

/** Where formatted documents go. */
export interface Sink {
  write(doc: Extracted): Promise<void>;
  close(): Promise<void>;
  /** True once the reader of the output has gone away (a closed pipe): stop producing. */
  readonly closed: boolean;
}

/** A writable byte stream such as process.stdout. */
export type OutputStream = NodeJS.WritableStream;

/**
 * Writes text and, when the stream's buffer is full, waits until it drains (or fails:
 * the caller's `error` listener decides what a failure means), so memory stays bounded.
 */
export async function writeWithBackpressure(stream: OutputStream, text: string): Promise<void> {
  if (text === '' || stream.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

/** All documents into one stream, wrapped by the format's begin and end. */
export function streamSink(stream: OutputStream, writer: FormatWriter): Sink {
  let begun = false;
  let index = 0;
  let closed = false;
  // A closed pipe (`… | head`) or any other write error ends the output; the run stops quietly.
  stream.on('error', () => {
    closed = true;
  });
  return {
    get closed() {
      return closed;
    },
    async write(doc) {
      if (closed) return;
      const head = begun ? '' : writer.begin(doc);
      begun = true;
      await writeWithBackpressure(stream, head + writer.document(doc, index));
      index += 1;
    },
    async close() {
      if (closed) return;
      await writeWithBackpressure(stream, (begun ? '' : writer.begin(null)) + writer.end());
    },
  };
}

/**
 * A file name from a document id: letters, digits, `.`, `_` and `-` kept, other runs
 * turned into `_`, at most 100 characters; `fallback` when nothing is left.
 */
export function safeFileName(id: string | number | null, fallback: string): string {
  const cleaned = String(id ?? '')
    .replace(notNameCharacters(), '_')
    .replace(/^[._]+/u, '')
    .slice(0, 100);
  return cleaned === '' ? fallback : cleaned;
}

/**
 * One file per document in `dir` (`<id>.<ext>`, made unique with `-2`, `-3`…), except
 * `jsonl`, which writes one file per input (`<input name>.jsonl`, `stdin.jsonl`).
 */
export function directorySink(dir: string, format: FormatName): Sink {
  const used = new Set<string>();
  const unique = (stem: string, extension: string): string => {
    let name = `${stem}.${extension}`;
    for (let n = 2; used.has(name); n += 1) name = `${stem}-${n}.${extension}`;
    used.add(name);
    return join(dir, name);
  };
  let count = 0;
  if (format !== 'jsonl') {
    const writer = createWriter(format, true);
    return {
      closed: false,
      async write(doc) {
        count += 1;
        const path = unique(safeFileName(doc.record.id, `document-${count}`), writer.extension);
        await writeFile(path, writer.begin(doc) + writer.document(doc, 0) + writer.end());
      },
      close: () => Promise.resolve(),
    };
  }
  const writer = createWriter('jsonl', false);
  let current: { input: string; path: string; stream: WriteStream; error: Error | null } | null = null;
  const check = (file: NonNullable<typeof current>): void => {
    if (file.error !== null) throw new Error(`cannot write ${file.path}: ${file.error.message}`);
  };
  const finish = async (): Promise<void> => {
    if (current === null) return;
    const file = current;
    current = null;
    file.stream.end();
    if (!file.stream.closed) await once(file.stream, 'close').catch(() => undefined);
    check(file);
  };
  return {
    closed: false,
    async write(doc) {
      if (current?.input !== doc.input) {
        await finish();
        const stem = doc.input === STDIN ? 'stdin' : basename(doc.input, extname(doc.input));
        const path = unique(safeFileName(stem, 'input'), 'jsonl');
        const file: NonNullable<typeof current> = { input: doc.input, path, stream: createWriteStream(path), error: null };
        file.stream.on('error', (error) => {
          file.error = error;
        });
        current = file;
      }
      const file = current;
      await writeWithBackpressure(file.stream, writer.document(doc, count));
      check(file);
      count += 1;
    },
    close: finish,
  };
}
