import { detectLanguage, foreignRuns, isArabic } from './language/index.js';
import { compileLexicons, type CompiledLexicon } from './lexicon/compile.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS, DEFAULT_LEXICONS } from './lexicon/defaults.js';
import { lexiconRecognizer } from './lexicon/match.js';
import { BUNDLED_PACKED } from './lexicon/bundled.prebuilt.js';
import { unpackLexicon } from './lexicon/pack.js';
import type { Lexicon } from './lexicon/types.js';
import { createNormalizeScratch, describe, normalizeReusing, type NormalizedText, type NormalizeOptions } from './normalize/index.js';
import { inferReferenceDate, recognizeDates } from './recognizers/dates/index.js';
import { recognizeNumbers } from './recognizers/numbers/index.js';
import type { Candidate, Recognizer, RecognizerInput } from './recognizers/types.js';
import { checkReferenceDate } from './reference-date.js';
import { isCommonWord, namesRecognizer } from './recognizers/names/index.js';
import { documentEntities, SegmentResolver, sortByStart, toMention } from './resolve/index.js';
import { IntList } from './resolve/int-list.js';
import { tokenize } from './tokenize/index.js';
import { MENTION_TYPES, type ExtractOptions, type ExtractResult, type Mention, type MentionType } from './types.js';

/** Options fixed when an extractor is built. */
export interface ExtractorOptions {
  /** Fold switches for normalize(); the defaults suit matching. */
  normalize?: NormalizeOptions;
  /** Only report these mention types (default: all four). */
  types?: readonly MentionType[];
  /**
   * Lexicons to load after the defaults (from defineLexicon or loadLexicon). A user
   * entry with the id of a default replaces it.
   */
  lexicons?: readonly Lexicon[];
  /** Load the bundled lexicons first (default true); false uses only `lexicons`. */
  defaultLexicons?: boolean;
  /** Ids of loaded entries to drop («remove a default by id»). */
  remove?: readonly string[];
  /** The similarity fallback for spellings no lexicon lists (default true). */
  fuzzy?: boolean;
  /**
   * Texts longer than this (UTF-16 units, default 1,000,000) are read in segments cut at
   * line breaks, to bound memory; document-level links (a bare ministry's country, a
   * surname's full name) then work within a segment.
   */
  segmentLength?: number;
  /**
   * Normalized units the recognizers read at a time (default 32,768), cut at line breaks.
   * Results do not depend on it (document-level links span the whole segment); smaller
   * chunks keep fewer tokens alive at once, larger ones cost fewer calls.
   */
  chunkLength?: number;
}

const DEFAULT_SEGMENT_LENGTH = 1_000_000;
const SEGMENT_LOOKBACK = 20_000;
/** Normalized units the recognizers read at a time (see extractSegment). */
const DEFAULT_CHUNK_LENGTH = 32_768;

/**
 * [from, to) segments of at most about `length` units, each ending after a line break
 * (or, failing that, a space) so no word, and no surrogate pair, is cut.
 */
export function segments(text: string, length: number): [number, number][] {
  if (text.length <= length) return [[0, text.length]];
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + length);
    if (to < text.length) {
      // Look back a bounded stretch only: an unbounded lastIndexOf over a text with no
      // line break would make segmenting quadratic.
      const floor = Math.max(from + 1, to - SEGMENT_LOOKBACK);
      let newline = -1;
      let space = -1;
      for (let i = to - 1; i >= floor && newline < 0; i -= 1) {
        const code = text.charCodeAt(i);
        if (code === 0x0a) newline = i;
        else if (code === 0x20 && space < 0) space = i;
      }
      to = newline >= 0 ? newline + 1 : space >= 0 ? space + 1 : to;
      const code = text.charCodeAt(to - 1);
      if (to < text.length && code >= 0xd800 && code <= 0xdbff) to += 1;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/**
 * Chunks of a normalized text for the recognizers: {@link segments} of its text, with
 * each cut moved past the rest of a character that NFKC expanded into several units
 * («ﷺ»), so that no token is split between two chunks.
 */
export function chunks(normalized: NormalizedText, length: number): [number, number][] {
  const out = segments(normalized.text, length);
  const { originStart } = normalized;
  for (let k = 0; k + 1 < out.length; k += 1) {
    const chunk = out[k] as [number, number];
    const next = out[k + 1] as [number, number];
    let to = chunk[1];
    while (to < next[1] && originStart[to] === originStart[to - 1]) to += 1;
    chunk[1] = to;
    next[0] = to;
  }
  return out.filter(([from, to]) => to > from);
}

/** A compiled extractor: build once with {@link createExtractor}, call `extract` many times. */
export interface Extractor {
  extract(text: string, options?: ExtractOptions): ExtractResult;
}


/**
 * Builds an extractor: the expensive work (compiling lexicons and rules) happens here once.
 *
 * @example
 * const extractor = createExtractor({ types: ['date'] });
 * extractor.extract('الثلاثاء 19 سبتمبر/أيلول 2023').mentions[0]?.value; // '2023-09-19'
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`arabic-entities: createExtractor(options) expects an object, got ${describe(options)}`);
  }
  const types = new Set(options.types ?? MENTION_TYPES);
  for (const type of types) {
    if (!MENTION_TYPES.includes(type)) {
      throw new RangeError(`arabic-entities: unknown mention type "${String(type)}" in options.types (expected ${MENTION_TYPES.join(', ')})`);
    }
  }
  const foldOptions = options.normalize;
  const lexicon = compileFor(options);
  const recognizers: Recognizer[] = [
    lexiconRecognizer(lexicon, { fuzzy: options.fuzzy ?? true, commonWord: isCommonWord }),
    namesRecognizer(lexicon),
    recognizeNumbers,
    recognizeDates,
  ];

  const segmentLength = options.segmentLength ?? DEFAULT_SEGMENT_LENGTH;
  if (!Number.isInteger(segmentLength) || segmentLength < 1000) {
    throw new RangeError(`arabic-entities: options.segmentLength must be an integer ≥ 1000, got ${String(segmentLength)}`);
  }

  const chunkLength = options.chunkLength ?? DEFAULT_CHUNK_LENGTH;
  if (!Number.isInteger(chunkLength) || chunkLength < 1000) {
    throw new RangeError(`arabic-entities: options.chunkLength must be an integer ≥ 1000, got ${String(chunkLength)}`);
  }

  // The offset map's buffers, reused segment after segment (each is done with before the next).
  const scratch = createNormalizeScratch();

  /** The pipeline on one text (or one segment of a very long one). */
  function extractSegment(text: string, referenceDate: string | null, warnings: string[]): { mentions: Mention[]; inferred: string | null } {
    const normalized = normalizeReusing(text, foldOptions, scratch);
    // Persian or Urdu paragraphs share the script but not the language: nothing is taken from them.
    const foreign = foreignRuns(text);
    for (const run of foreign) warnings.push(`characters ${run.start}–${run.end} look like ${run.language}, not Arabic: no mentions taken there`);
    const inForeignRun = (start: number, end: number): boolean => foreign.some((run) => start < run.end && run.start < end);
    const settled = new MentionList();
    const late = new MentionList();
    const take = (into: MentionList) => (c: Candidate): void => {
      if (!types.has(c.type)) return;
      const mention = toMention(c, normalized);
      if (foreign.length === 0 || !inForeignRun(mention.start, mention.end)) into.push(mention, c.start);
    };
    // One policy for overlaps, then the document-level links: ambiguous names need support
    // elsewhere in the document, bare bodies take the document's country, surnames alone
    // take the id of the full name. What needs nothing from the rest of the document is
    // settled chunk by chunk (see SegmentResolver).
    const resolver = new SegmentResolver(normalized, take(settled));
    let inferred: string | null = null;
    // The recognizers read the text a chunk at a time (chunks end at line breaks), so
    // that only one chunk's tokens and candidates are alive at once: they die young, which
    // spares the garbage collector most of its work and bounds memory.
    for (const [from, to] of chunks(normalized, chunkLength)) {
      const tokens = tokenize(normalized, { from, to });
      if (from === 0 && referenceDate === null) inferred = inferReferenceDate({ normalized, tokens, referenceDate: null });
      const input: RecognizerInput = { normalized, tokens, referenceDate: referenceDate ?? inferred };
      const found: Candidate[] = [];
      for (const recognize of recognizers) for (const candidate of recognize(input)) if (candidate.end > candidate.start) found.push(candidate);
      resolver.add(sortByStart(found));
    }
    resolver.finish().forEach(take(late));
    return { mentions: settled.mergedWith(late), inferred };
  }

  return {
    extract(text, extractOptions = {}) {
      if (typeof text !== 'string') {
        throw new TypeError(`arabic-entities: extract(text) expects a string, got ${describe(text)}`);
      }
      const given = extractOptions.referenceDate;
      const referenceDate = given === undefined ? null : checkReferenceDate(given);
      const warnings: string[] = [];
      const language = detectLanguage(text);
      if (language !== 'und' && !isArabic(language)) warnings.push(`the text looks like ${language}, not Arabic: expect few or wrong mentions`);
      let reference: ExtractResult['reference'] = referenceDate === null ? null : { date: referenceDate, source: 'option' };
      const parts: Mention[][] = [];
      // A very long text is read in segments cut at line breaks, so that tokens and
      // candidates of one segment at a time live in memory; offsets are shifted back.
      for (const [from, to] of segments(text, segmentLength)) {
        const part = extractSegment(text.slice(from, to), reference?.date ?? null, warnings);
        if (from === 0 && reference === null && part.inferred !== null) reference = { date: part.inferred, source: 'text' };
        if (from > 0) {
          for (const m of part.mentions) {
            m.start += from;
            m.end += from;
          }
        }
        parts.push(part.mentions);
      }
      // One segment's list is the result as it is; several are joined in one native copy
      // (a push per mention into a growing list cost a percent of a long run).
      const mentions = parts.length === 1 ? (parts[0] as Mention[]) : ([] as Mention[]).concat(...parts);
      return { mentions, entities: documentEntities(mentions, text.length), reference, language, warnings };
    },
  };
}

/** Mentions in text order, each with the normalized start it was found at. */
class MentionList {
  readonly mentions: Mention[] = [];
  private readonly starts = new IntList();

  push(mention: Mention, normalizedStart: number): void {
    this.mentions.push(mention);
    this.starts.push(normalizedStart);
  }

  /** Both lists as one, in text order (their spans never overlap). */
  mergedWith(other: MentionList): Mention[] {
    if (other.mentions.length === 0) return this.mentions;
    const out: Mention[] = [];
    let i = 0;
    let j = 0;
    while (i < this.mentions.length || j < other.mentions.length) {
      if (j >= other.mentions.length || (i < this.mentions.length && this.starts.at(i) <= other.starts.at(j))) out.push(this.mentions[i++] as Mention);
      else out.push(other.mentions[j++] as Mention);
    }
    return out;
  }
}

let compiledDefaults: CompiledLexicon | undefined;

/** Compiles the lexicons an extractor asks for; the bundled set alone is compiled once per process. */
function compileFor(options: ExtractorOptions): CompiledLexicon {
  const user = options.lexicons ?? [];
  if (!Array.isArray(user)) throw new TypeError(`arabic-entities: options.lexicons must be an array of lexicons, got ${describe(user)}`);
  for (const [i, lexicon] of user.entries()) {
    if (lexicon === null || typeof lexicon !== 'object' || !Array.isArray((lexicon as Lexicon).entries)) {
      throw new TypeError(`arabic-entities: options.lexicons[${i}] is not a lexicon (build one with defineLexicon or loadLexicon)`);
    }
  }
  const useDefaults = options.defaultLexicons ?? true;
  const remove = options.remove ?? [];
  if (useDefaults && user.length === 0 && remove.length === 0) {
    compiledDefaults ??= unpackLexicon(BUNDLED_PACKED);
    return compiledDefaults;
  }
  const removal: Lexicon[] = remove.length > 0 ? [{ name: 'options.remove', entries: [], remove }] : [];
  return compileLexicons([...(useDefaults ? DEFAULT_LEXICONS : []), ...user, ...removal], DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS);
}

let defaultExtractor: Extractor | undefined;

/**
 * Finds actors, places, numbers and dates in Arabic text with the bundled lexicons.
 *
 * @example
 * const { mentions } = extract('قتل 7 مدنيين في قره باغ', { referenceDate: '2023-09-20' });
 */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}
