/** One line of a byte stream, without its line break, and the bytes it took including the break. */
export interface ByteLine {
  /** 1-based line number. */
  number: number;
  bytes: Buffer;
  /** Length on disk, with the `\n` (and a `\r` before it). */
  size: number;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines, keeping only the current line in memory.
 * Bytes are left undecoded so that invalid UTF-8 can be reported per line
 * (readline would quietly turn it into U+FFFD). A `\r` before `\n` is dropped.
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  let number = 0;
  const finish = (tail: Buffer): ByteLine => {
    const whole = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingSize = 0;
    number += 1;
    const size = whole.length + 1;
    const bytes = whole.length > 0 && whole[whole.length - 1] === CR ? whole.subarray(0, whole.length - 1) : whole;
    return { number, bytes, size };
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let from = 0;
    let at = chunk.indexOf(LF, from);
    while (at >= 0) {
      yield finish(chunk.subarray(from, at));
      from = at + 1;
      at = chunk.indexOf(LF, from);
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingSize += chunk.length - from;
    }
  }
  if (pendingSize > 0) {
    const last = finish(Buffer.alloc(0));
    yield { ...last, size: last.size - 1 };
  }
}
