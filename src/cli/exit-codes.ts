/** Exit status of every command: 0 ok, 1 findings or failed inputs, 2 usage. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** 0, 1 or 2. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A bad command line: unknown option, missing argument, malformed value. Exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The command whose `--help` the message should point to, e.g. `extract`. */
  readonly command: string | null;
  /** False when the problem is in the data an argument names (a corpus file), not in how the command was written. */
  readonly showHelpHint: boolean;
  constructor(message: string, command: string | null = null, showHelpHint = true) {
    super(message);
    this.command = command;
    this.showHelpHint = showHelpHint;
  }
}
