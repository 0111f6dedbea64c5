import { readFileSync } from 'node:fs';
import { LexiconError } from '../errors.js';
import { defineLexicon } from './validate.js';
import type { Lexicon } from './types.js';

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Reads and validates a lexicon file (Node only). Every problem is reported at once
 * in a {@link LexiconError}, each naming the file, entry, id and field.
 *
 * @example
 * import { loadLexicon } from 'arabic-entities/node';
 * const extractor = createExtractor({ lexicons: [loadLexicon('my-beat.json')] });
 */
export function loadLexicon(path: string): Lexicon {
  if (typeof path !== 'string') throw new TypeError(`arabic-entities: loadLexicon(path) expects a string, got ${typeof path}`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    throw new LexiconError([{ file: path, entry: -1, message: `cannot read the file: ${reason}` }]);
  }
  let source: unknown;
  try {
    source = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position ([0-9]+)/u.exec(message);
    const where = position ? ` at ${lineColumn(text, Number(position[1]))}` : '';
    throw new LexiconError([{ file: path, entry: -1, message: `invalid JSON${where}: ${message}` }]);
  }
  return defineLexicon(source, path);
}
