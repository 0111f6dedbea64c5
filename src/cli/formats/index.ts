import type { Extracted } from '../types.js';
import { conllDocument } from './conll.js';
import { htmlBegin, htmlDocument, htmlEnd } from './html.js';
import { tableDocument } from './table.js';

/** The output formats of `extract`. */
export const FORMATS = ['json', 'jsonl', 'conll', 'html', 'table'] as const;
/** One of {@link FORMATS}. */
export type FormatName = (typeof FORMATS)[number];

/** Turns documents into output text: what comes before the first, each document, what comes after the last. */
export interface FormatWriter {
  /** File extension used with `--out`. */
  readonly extension: string;
  begin(first: Extracted | null): string;
  document(doc: Extracted, index: number): string;
  end(): string;
}

const indent = (text: string): string => text.replace(/^/gmu, '  ');

/**
 * The writer for a format. `single` is true when the run has exactly one document
 * to write: `json` then writes that object instead of an array.
 */
export function createWriter(format: FormatName, single: boolean): FormatWriter {
  switch (format) {
    case 'json':
      return single
        ? { extension: 'json', begin: () => '', document: (doc) => `${JSON.stringify(doc.record, null, 2)}\n`, end: () => '' }
        : {
            extension: 'json',
            begin: () => '[',
            document: (doc, index) => `${index === 0 ? '' : ','}\n${indent(JSON.stringify(doc.record, null, 2))}`,
            end: () => '\n]\n',
          };
    case 'jsonl':
      return { extension: 'jsonl', begin: () => '', document: (doc) => `${JSON.stringify(doc.record)}\n`, end: () => '' };
    case 'conll':
      return { extension: 'conll', begin: () => '', document: conllDocument, end: () => '' };
    case 'table':
      return { extension: 'txt', begin: () => '', document: tableDocument, end: () => '' };
    case 'html':
      return {
        extension: 'html',
        begin: (first) => htmlBegin(single && first !== null ? `${String(first.record.id ?? first.location)} · arabic-entities` : 'arabic-entities'),
        document: htmlDocument,
        end: htmlEnd,
      };
  }
}
