import type { NormalizedText } from '../normalize/index.js';
import type { Token } from '../tokenize/index.js';
import type { Mention, MentionSource, MentionType, SubtypeOf } from '../types.js';

/** What every recognizer reads: the folded text, its tokens, and the reference date if known. */
export interface RecognizerInput {
  readonly normalized: NormalizedText;
  readonly tokens: readonly Token[];
  /** `YYYY-MM-DD`, or null when neither the caller nor the text gave one. */
  readonly referenceDate: string | null;
}

/**
 * A possible mention, before overlaps are resolved. `start`/`end` are offsets in the
 * NORMALIZED text (token.start/token.end, or an analysis' start); resolve() maps them back.
 * String attributes that quote the text (`unit`, `role`) are already original text.
 */
export type Candidate = {
  [T in MentionType]: {
    type: T;
    subtype: SubtypeOf[T];
    start: number;
    end: number;
    source: MentionSource;
    /**
     * An id that needs the document: «{country}-ministry-of-foreign-affairs» for a bare
     * «وزارة الخارجية». Filled (or the candidate dropped) by resolve/document.ts.
     */
    idTemplate?: string;
    /**
     * An ambiguous lexicon name («تونس» the city or the country): kept only when the
     * document names the same entry unambiguously somewhere (resolve/document.ts).
     */
    needsSupport?: true;
    /** Breaks ties between overlapping candidates of equal length: higher wins. */
    priority: number;
  } & MentionAttributes;
}[MentionType];

/** The optional fields a candidate carries into its mention, as Mention declares them. */
export type MentionAttributes = Pick<Mention, 'id' | 'value' | 'qualifier' | 'unit' | 'mod' | 'role' | 'country' | 'canonical' | 'hijri' | 'confidence'>;

/** A recognizer: tokens in, candidates out. Pure; knows nothing of other recognizers. */
export type Recognizer = (input: RecognizerInput) => Candidate[];
