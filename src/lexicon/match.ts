import type { Candidate, Recognizer } from '../recognizers/types.js';
import type { CliticAnalysis, Token } from '../tokenize/index.js';
import { stateIn, type CompiledEntry, type CompiledLexicon, type HeadRule, type HeadValue } from './compile.js';
import { fuzzyEligible, fuzzyLookup, fuzzyMayHold, fuzzyMayOpen, MAX_FUZZY_WORDS } from './fuzzy.js';
import { perWordOf, sharedWordSlots } from '../tokenize/per-word.js';
import { trieLongest, trieWalk } from './trie.js';

/** Explicit lexicon names outrank names composed from heads at equal length. */
const PRIORITY_NAME = 100;
const PRIORITY_COMPOSED = 90;
const PRIORITY_AMBIGUOUS = 80;
const PRIORITY_BARE = 70;

/** Where a first token can start a match: each clitic reading, or the token itself. */
interface Start {
  readonly form: string;
  /** From the token's start (CliticAnalysis.offset). */
  readonly offset: number;
  readonly proclitics: string;
}

function startsOf(token: Token): readonly Start[] {
  return token.kind === 'arabic' ? token.analyses : [{ form: token.text, offset: 0, proclitics: '' }];
}

function entryCandidate(entry: CompiledEntry, start: number, end: number, source: Candidate['source'], priority: number): Candidate {
  const candidate = {
    type: entry.type,
    subtype: entry.subtype,
    start,
    end,
    id: entry.id,
    canonical: entry.canonical,
    source,
    priority,
  } as Candidate;
  if (entry.country !== undefined) candidate.country = entry.country;
  return candidate;
}

/** A lexicon name found at a token: its entry and how many tokens it covers. */
export interface NameAt {
  readonly entry: CompiledEntry;
  readonly length: number;
}

/**
 * The longest unambiguous lexicon name from token `at` whose entry `accept`s, the first
 * token read as `form` (one of its clitic readings; the token itself by default).
 */
export function longestName(
  lexicon: CompiledLexicon,
  tokens: readonly Token[],
  at: number,
  form: string | undefined,
  accept: (entry: CompiledEntry) => boolean,
): NameAt | null {
  const first = tokens[at];
  if (!first) return null;
  const start = form ?? first.text;
  if (!lexicon.names.next.has(start)) return null;
  const hits = trieWalk(lexicon.names, start, tokens, at);
  for (let h = hits.length - 1; h >= 0; h -= 1) {
    const hit = hits[h];
    const value = hit?.values.find((v) => !v.ambiguous && accept(v.entry));
    if (hit && value) return { entry: value.entry, length: hit.length };
  }
  return null;
}

const isPlace = (entry: CompiledEntry): boolean => entry.type === 'place';

/** Longest place named from token `at` (whole tokens, or `form` for the first). */
function longestPlace(lexicon: CompiledLexicon, tokens: readonly Token[], at: number, form?: string): { entry: CompiledEntry; end: number } | null {
  const name = longestName(lexicon, tokens, at, form, isPlace);
  const last = name ? tokens[at + name.length - 1] : undefined;
  return name && last ? { entry: name.entry, end: last.end } : null;
}

function stateOf(lexicon: CompiledLexicon, entry: CompiledEntry): CompiledEntry | undefined {
  return stateIn(lexicon.entries, entry);
}

/** Fills an id template: {country} → state id, {demonym} → its demonym, {place} → the named place. */
function fillId(rule: HeadRule, place: CompiledEntry, state: CompiledEntry | undefined): string | null {
  const template = rule.id[place.subtype as 'country' | 'region' | 'city'] ?? (state ? rule.id.country : undefined);
  if (template === undefined) return null;
  if (template.includes('{country}') || template.includes('{demonym}')) {
    if (!state) return null;
    return template.replaceAll('{country}', state.id).replaceAll('{demonym}', state.demonym ?? state.id).replaceAll('{place}', place.id);
  }
  return template.replaceAll('{place}', place.id);
}

function composedCandidate(rule: HeadRule, id: string, start: number, end: number, state: CompiledEntry | undefined): Candidate {
  const candidate: Candidate = { type: 'actor', subtype: rule.subtype, start, end, id, source: 'lexicon', priority: PRIORITY_COMPOSED };
  if (state) candidate.country = state.id;
  return candidate;
}

/** «وزارة الدفاع الأذربيجانية», «جيش أذربيجان», «وزارة الدفاع في أذربيجان», «المقاتلون الأرمن». */
function composeFromHead(lexicon: CompiledLexicon, tokens: readonly Token[], value: HeadValue, start: number, headEnd: number, next: number): Candidate[] {
  const { rule, definite } = value;
  const out: Candidate[] = [];
  const after = tokens[next];
  if (value.bare && rule.id.country !== undefined) {
    // «وزارة الخارجية» alone: the document's country completes it (resolve/document.ts).
    out.push({ type: 'actor', subtype: rule.subtype, start, end: headEnd, idTemplate: rule.id.country, source: 'lexicon', priority: PRIORITY_BARE } as Candidate);
  }
  if (!after) return out;
  if (rule.complements.has('nisba')) {
    for (const nisba of lexicon.nisba.get(after.text) ?? []) {
      if (nisba.definite !== definite || nisba.plural || (rule.gender !== 'any' && nisba.gender !== rule.gender)) continue;
      const state = stateOf(lexicon, nisba.entry);
      const id = fillId(rule, nisba.entry, state);
      if (id) out.push(composedCandidate(rule, id, start, after.end, state));
    }
  }
  if (rule.complements.has('people')) {
    const hit = trieLongest(lexicon.people, after.text, tokens, next);
    const state = hit?.values[0];
    const last = hit ? tokens[next + hit.length - 1] : undefined;
    if (state && last && after.text.startsWith('ال') === definite) {
      const id = fillId(rule, state, state);
      if (id) out.push(composedCandidate(rule, id, start, last.end, state));
    }
  }
  if (rule.complements.has('name')) {
    // iḍāfa: an indefinite head + a bare name («جيش أذربيجان»); a definite head + ال + a
    // country's name is the nisba with its ending dropped («وزارة الدفاع الأذربيجان»).
    const reading = definite ? after.analyses.find((a) => a.article && a.proclitics === '') : undefined;
    const place = definite ? (reading ? longestPlace(lexicon, tokens, next, reading.stem) : null) : longestPlace(lexicon, tokens, next);
    if (place && (!definite || place.entry.subtype === 'country')) {
      const state = stateOf(lexicon, place.entry);
      const id = fillId(rule, place.entry, state);
      if (id) out.push(composedCandidate(rule, id, start, place.end, state));
    }
  }
  if (rule.complements.has('in') && definite && after.text === 'في') {
    // «في العاصمة باكو»: a designator between «في» and the place is skipped.
    const skip = designates(lexicon, tokens[next + 1], 'city') || designates(lexicon, tokens[next + 1], 'region') ? 1 : 0;
    const place = longestPlace(lexicon, tokens, next + 1 + skip);
    const state = place ? stateOf(lexicon, place.entry) : undefined;
    if (place && state) {
      const id = fillId(rule, state, state);
      if (id) out.push(composedCandidate(rule, id, start, headEnd, state));
    }
  }
  return out;
}

/**
 * Tokens matched by the index (any of their units inside a candidate's span), as a mask by
 * token index, so the fuzzy fallback only looks elsewhere. Each candidate finds its first
 * token by binary search: marking every unit and then reading every token's units back
 * cost a pass over the whole chunk's text.
 */
export function coveredTokens(tokens: readonly Token[], candidates: readonly Candidate[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (const { start, end } of candidates) {
    if (end <= start) continue;
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((tokens[middle] as Token).end <= start) low = middle + 1;
      else high = middle;
    }
    for (let k = low; k < tokens.length; k += 1) {
      const token = tokens[k] as Token;
      if (token.start >= end) break;
      covered[token.index] = 1;
    }
  }
  return covered;
}

/** The bit of an opening mask that says reading `r` may open a window of `length` words. */
const openingBit = (r: number, length: number): number => 1 << (r * MAX_FUZZY_WORDS + length - 1);
// Readings past the bits a number holds open nothing (no word has that many clitic splits).
const OPENING_READINGS = Math.floor(31 / MAX_FUZZY_WORDS);
/** WINDOW_BITS[length]: an opening mask's bits for windows of `length` words, whatever the reading. */
const WINDOW_BITS: readonly number[] = Array.from({ length: MAX_FUZZY_WORDS + 1 }, (_, length) => {
  let bits = 0;
  for (let r = 0; length > 0 && r < OPENING_READINGS; r += 1) bits |= openingBit(r, length);
  return bits;
});

/**
 * Which readings of a word can open a fuzzy guess of which window length, as bits
 * ({@link openingBit}): a reading long enough to be a name alone, or close to the first
 * word of a longer name. 0 for a common word. Computed once per word (perWordOf).
 */
function openingMask(lexicon: CompiledLexicon, token: Token, commonWord?: (token: Token) => boolean): number {
  let mask = 0;
  const readings = Math.min(token.analyses.length, OPENING_READINGS);
  for (let r = 0; r < readings; r += 1) {
    const form = (token.analyses[r] as CliticAnalysis).form;
    if (fuzzyEligible(form, 1)) mask |= openingBit(r, 1);
    for (let length = 2; length <= MAX_FUZZY_WORDS; length += 1) if (fuzzyMayOpen(lexicon.fuzzy, form, length)) mask |= openingBit(r, length);
  }
  return mask !== 0 && commonWord?.(token) ? 0 : mask;
}

function fuzzyCandidates(lexicon: CompiledLexicon, tokens: readonly Token[], covered: Uint8Array, openings: (token: Token) => number): Candidate[] {
  const out: Candidate[] = [];
  const free = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'arabic' && covered[t.index] === 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i];
    if (!free(first)) continue;
    // Most words open no guess at all: no window is built for them.
    const mask = openings(first);
    if (mask === 0) continue;
    let found: Candidate | null = null;
    for (let length = Math.min(MAX_FUZZY_WORDS, tokens.length - i); length >= 1 && !found; length -= 1) {
      if ((mask & (WINDOW_BITS[length] ?? 0)) === 0) continue;
      let rest = '';
      let last: Token = first;
      for (let k = 1; k < length; k += 1) {
        const t = tokens[i + k];
        // A word no name of this length has near its place ends the window before its text is built.
        if (!free(t) || !fuzzyMayHold(lexicon.fuzzy, t.text, length, k)) break;
        rest += ` ${t.text}`;
        last = t;
      }
      if (last.index !== i + length - 1) continue;
      // The reading closest to a name wins: «وستيبانكرت» is و + «ستيبانكرت».
      let best: { similarity: number; candidate: Candidate } | null = null;
      for (let r = 0; r < Math.min(first.analyses.length, OPENING_READINGS); r += 1) {
        if ((mask & openingBit(r, length)) === 0) continue;
        const reading = first.analyses[r] as CliticAnalysis;
        const match = fuzzyLookup(lexicon.fuzzy, reading.form + rest, length);
        if (match && (!best || match.similarity > best.similarity)) {
          const candidate = entryCandidate(match.entry, first.start + reading.offset, last.end, 'fuzzy', 0);
          candidate.confidence = Math.round(match.similarity * 1000) / 1000;
          best = { similarity: match.similarity, candidate };
        }
      }
      found = best?.candidate ?? null;
    }
    if (found) {
      out.push(found);
      while (i + 1 < tokens.length && (tokens[i + 1]?.end ?? 0) <= found.end) i += 1;
    }
  }
  return out;
}

/**
 * A name that is also a nationality adjective («أرمينية») is a place only where an
 * adjective cannot be: at the start, after punctuation, or after a preposition.
 */
function afterBreak(lexicon: CompiledLexicon, previous: Token | undefined): boolean {
  return !previous || previous.kind === 'punct' || lexicon.prepositions.has(previous.text);
}

/** Whether a token names a designator for `subtype` («مدينة» before a city). */
function designates(lexicon: CompiledLexicon, token: Token | undefined, subtype: string): boolean {
  if (!token) return false;
  return token.analyses.some((a) => lexicon.designators.get(a.form)?.has(subtype) === true);
}

/**
 * The lexicon recognizer: longest match of lexicon names over tokens, trying each
 * clitic reading of the first token; heads × nationality; ambiguous names only with
 * support in the document; then the similarity fallback on what is left.
 */
export interface LexiconMatchOptions {
  /** Run the similarity fallback on what the index did not match. */
  fuzzy: boolean;
  /** Words the fallback never starts a guess on (common words: «الانتخابات» is no misspelt name). */
  commonWord?: (token: Token) => boolean;
}

/** Which readings of an Arabic word can start a name or a head, as bits (bit r: reading r). */
function startingReadings(lexicon: CompiledLexicon, token: Token): number {
  let mask = 0;
  token.analyses.forEach((reading, r) => {
    if (lexicon.starts.has(reading.form)) mask |= 1 << r;
  });
  return mask;
}

/** Where each recognizer keeps its per-word answers (each answers from its own lexicon). */
const OPENING_SLOTS = sharedWordSlots();
const STARTING_SLOTS = sharedWordSlots();

export function lexiconRecognizer(lexicon: CompiledLexicon, options: LexiconMatchOptions = { fuzzy: true }): Recognizer {
  const openings = perWordOf(OPENING_SLOTS, (token) => openingMask(lexicon, token, options.commonWord));
  const starting = perWordOf(STARTING_SLOTS, (token) => startingReadings(lexicon, token));
  return ({ tokens }) => {
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      // Most words start no name and no head: skip them before building anything.
      if (!token) continue;
      const starts = token.kind === 'arabic' ? starting(token) : lexicon.starts.has(token.text) ? 1 : 0;
      if (starts === 0) continue;
      let blocked: boolean | undefined;
      const readings = startsOf(token);
      for (let r = 0; r < readings.length; r += 1) {
        const reading = readings[r] as Start;
        if ((starts & (1 << r)) === 0) continue;
        const before = tokens[i - 1]?.text ?? '';
        blocked ??= lexicon.nonReferential.has(before) || lexicon.titleNouns.has(before);
        for (const hit of trieWalk(lexicon.names, reading.form, tokens, i)) {
          const last = tokens[i + hit.length - 1];
          if (!last) continue;
          for (const value of hit.values) {
            if (hit.length === 1 && reading.proclitics === '' && lexicon.adjectiveShaped.has(reading.form) && !afterBreak(lexicon, tokens[i - 1])) continue;
            const candidate = entryCandidate(value.entry, token.start + reading.offset, last.end, 'lexicon', value.ambiguous ? PRIORITY_AMBIGUOUS : PRIORITY_NAME);
            // A designator before an ambiguous name («مدينة تونس») settles it here; otherwise
            // the whole document decides (keepSupported), since the support may sit anywhere in it.
            if (value.ambiguous && !designates(lexicon, tokens[i - 1], candidate.subtype)) candidate.needsSupport = true;
            found.push(candidate);
          }
        }
        if (blocked) continue;
        for (const hit of trieWalk(lexicon.heads, reading.form, tokens, i)) {
          const last = tokens[i + hit.length - 1];
          if (!last) continue;
          for (const value of hit.values) found.push(...composeFromHead(lexicon, tokens, value, token.start + reading.offset, last.end, i + hit.length));
        }
      }
    }
    if (options.fuzzy) for (const candidate of fuzzyCandidates(lexicon, tokens, coveredTokens(tokens, found), openings)) found.push(candidate);
    return found;
  };
}
