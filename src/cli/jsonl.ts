import { checkReferenceDate } from '../reference-date.js';

/** A JSONL line's document, or why the line is not one. */
export type ParsedLine =
  | { ok: true; id: string | number | null; text: string; date: string | null }
  | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one JSONL line as `{"id", "text", "date"?}`. `id` may be a string or a number
 * (null when absent); `date` is the article's `YYYY-MM-DD` publication date.
 *
 * @example
 * parseJsonlLine('{"id":"a1","text":"قتل 7 مدنيين","date":"2023-09-20"}');
 * // { ok: true, id: 'a1', text: 'قتل 7 مدنيين', date: '2023-09-20' }
 */
export function parseJsonlLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, message: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(value)) return { ok: false, message: `not a JSON object (got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value})` };
  if (typeof value.text !== 'string') {
    return { ok: false, message: value.text === undefined ? 'no "text" field' : `"text" must be a string, got ${typeof value.text}` };
  }
  const id = value.id ?? null;
  if (id !== null && typeof id !== 'string' && typeof id !== 'number') return { ok: false, message: `"id" must be a string or a number, got ${typeof id}` };
  const date = value.date ?? null;
  if (date !== null) {
    try {
      checkReferenceDate(date);
    } catch (error) {
      return { ok: false, message: `bad "date": ${error instanceof Error ? error.message.replace(/^arabic-entities: /u, '') : String(error)}` };
    }
  }
  return { ok: true, id, text: value.text, date: date as string | null };
}
