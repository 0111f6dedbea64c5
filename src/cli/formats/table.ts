import type { Mention } from '../../types.js';
import type { Extracted } from '../types.js';
import { onFirstUse } from '../../unicode/on-first-use.js';

/** Unicode directional isolates: right-to-left, first-strong, and their end. */
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';
const rtlChar = onFirstUse('[\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}]', 'u');
const zeroWidth = onFirstUse('[\\p{M}\\p{Cf}]', 'u');
const TEXT_WIDTH = 36;

/** Columns of the table, left to right. */
export const TABLE_COLUMNS = ['#', 'span', 'type', 'text', 'id / value', 'details'] as const;

/** Cells a string takes in a terminal: one per character, none for marks and format controls (isolates, tatweel aside). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) if (!zeroWidth().test(char)) width += 1;
  return width;
}

/** Wraps a right-to-left piece in first-strong isolates so the terminal's bidi keeps it inside its column. */
export function isolate(text: string): string {
  return rtlChar().test(text) ? `${FSI}${text}${PDI}` : text;
}

/** A mention's text on one line, cut to `max` cells with an ellipsis, in a right-to-left isolate. */
export function isolateText(text: string, max = TEXT_WIDTH): string {
  const flat = text.replace(/\s+/gu, ' ');
  if (displayWidth(flat) <= max) return `${RLI}${flat}${PDI}`;
  let cut = '';
  let width = 0;
  for (const char of flat) {
    const w = zeroWidth().test(char) ? 0 : 1;
    if (width + w > max - 1) break;
    cut += char;
    width += w;
  }
  return `${RLI}${cut}…${PDI}`;
}

function padEnd(cell: string, width: number): string {
  return cell + ' '.repeat(Math.max(0, width - displayWidth(cell)));
}

/** The «id / value» cell: the id for actors and places, the resolved value for numbers and dates. */
function idOrValue(m: Mention): string {
  if (m.id !== undefined) return m.id;
  if (m.value === undefined || m.value === null) return m.value === null ? 'null' : '';
  return String(m.value);
}

function details(m: Mention): string {
  const parts: string[] = [];
  if (m.qualifier !== undefined) parts.push(`qualifier=${m.qualifier}`);
  if (m.unit !== undefined) parts.push(`unit=${isolate(m.unit)}`);
  if (m.mod !== undefined) parts.push(`mod=${m.mod}`);
  if (m.role !== undefined) parts.push(`role=${isolate(m.role)}`);
  if (m.country !== undefined) parts.push(`country=${m.country}`);
  if (m.hijri !== undefined) parts.push(`hijri=${isolate(m.hijri)}`);
  return parts.join(' ');
}

/**
 * One document as a terminal table: a title line, then one row per mention with
 * the columns of {@link TABLE_COLUMNS}. Arabic cells sit in Unicode isolates
 * (U+2067/U+2068 … U+2069) so that a bidi-aware terminal shows them right to left
 * without moving the columns around them.
 */
export function tableDocument(doc: Extracted): string {
  const { record } = doc;
  const reference = record.reference === null ? 'no reference date' : `reference ${record.reference.date} (${record.reference.source})`;
  const count = `${record.mentions.length} mention${record.mentions.length === 1 ? '' : 's'}`;
  const title = `── ${isolate(String(record.id ?? doc.location))} · ${count} · ${reference} ──`;
  const rows = record.mentions.map((m, i) => [
    String(i + 1),
    `${m.start}–${m.end}`,
    `${m.type}/${m.subtype}`,
    isolateText(m.text),
    isolate(idOrValue(m)),
    details(m),
  ]);
  const lines = [title];
  for (const warning of record.warnings) lines.push(`! ${isolate(warning)}`);
  if (rows.length === 0) {
    lines.push('(no mentions)');
  } else {
    const all = [[...TABLE_COLUMNS], ...rows];
    const widths = TABLE_COLUMNS.map((_, c) => all.reduce((widest, row) => Math.max(widest, displayWidth(row[c] ?? '')), 0));
    const render = (row: readonly string[]): string =>
      row.map((cell, c) => (c === 0 ? cell.padStart(widths[c] ?? 0) : c === row.length - 1 ? cell : padEnd(cell, widths[c] ?? 0))).join('  ').trimEnd();
    lines.push(render(TABLE_COLUMNS), ...rows.map(render));
  }
  return `${lines.join('\n')}\n\n`;
}
