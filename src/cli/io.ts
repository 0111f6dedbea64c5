import { realpathSync } from 'node:fs';

/** The process's streams, passed in so commands stay testable. */
export interface Io {
  stdin: AsyncIterable<Uint8Array | string> & { readonly isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** Path of the built CLI file, which also serves as the worker threads' script. */
  workerScript: () => string;
}

/** The real process: stdin, stdout, stderr, and the running script as worker script. */
export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    workerScript: () => {
      const script = process.argv[1];
      if (script === undefined) throw new Error('arabic-entities: cannot find the running script to start worker threads');
      return realpathSync(script);
    },
  };
}

/** Writes one line to a stream. */
export function println(stream: NodeJS.WritableStream, line: string): void {
  stream.write(`${line}\n`);
}
