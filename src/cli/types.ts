import type { ExtractResult, MentionType } from '../types.js';

/** One document read from an input, ready for extraction. */
export interface DocumentInput {
  kind: 'document';
  /** The document's id: a text file's name without `.txt`, or the `id` of a JSONL line (null when absent). */
  id: string | number | null;
  /** The input it came from: a path, or `-` for stdin. */
  input: string;
  /** Where it is, for messages: `path` or `path:line`. */
  location: string;
  /** The text file it is, when it is one (not stdin, not a JSONL line). */
  file?: string;
  text: string;
  /** `YYYY-MM-DD`: the JSONL line's `date`, else `--reference-date`. */
  referenceDate?: string;
  /** Bytes read for it, for throughput. */
  bytes: number;
}

/** An input, or one line of it, that could not be read as a document. */
export interface InputFailure {
  kind: 'failure';
  input: string;
  location: string;
  message: string;
  bytes: number;
}

/** What reading inputs yields: a document, or a failure to report. */
export type InputItem = DocumentInput | InputFailure;

/** What the command line writes for one document: its id beside the extraction result. */
export interface DocumentRecord extends ExtractResult {
  id: string | number | null;
  /** The text file it was read from; absent for JSONL lines. */
  file?: string;
}

/** One document after extraction, with what the writers need. */
export interface Extracted {
  kind: 'extracted';
  input: string;
  location: string;
  text: string;
  record: DocumentRecord;
  bytes: number;
}

/** The outcome of one input item, in input order. */
export type Outcome = Extracted | InputFailure;

/** The extractor settings a run shares between the main thread and its workers. */
export interface ExtractorSettings {
  /** Only these types; null for all four. */
  types: readonly MentionType[] | null;
  /** `--lexicon` files, loaded after the bundled lexicons (by each worker thread too). */
  lexiconFiles: readonly string[];
}
