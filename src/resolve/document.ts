import { Coverage } from '../recognizers/coverage.js';
import type { Candidate } from '../recognizers/types.js';
import type { NormalizedText } from '../normalize/index.js';
import { tokenize } from '../tokenize/index.js';
import { CharClass, charClass } from '../tokenize/char-class.js';
import type { DocumentEntity, Mention } from '../types.js';
import { SuffixTrie } from './suffix-trie.js';

/** Whether a candidate names a country the lexicon knows (it counts towards {@link dominantCountry}). */
export function namesCountry(c: Candidate): boolean {
  return c.type === 'place' && c.subtype === 'country' && c.id !== undefined;
}

/**
 * The countries a document names, counted: the one named most wins, then the one first
 * named, then the one met first. Candidates may be counted out of order (`seen` is a
 * candidate's place in the document's list), so a pass chunk by chunk can count an
 * ambiguous name only once the document has shown it stands.
 */
export class CountryTally {
  private readonly counts = new Map<string, { count: number; first: number; seen: number }>();

  /** Counts `c` if it names a country; `seen` orders candidates at one start. */
  add(c: Candidate, seen: number): void {
    if (!namesCountry(c)) return;
    const id = c.id as string;
    const entry = this.counts.get(id);
    if (entry === undefined) this.counts.set(id, { count: 1, first: c.start, seen });
    else {
      entry.count += 1;
      if (seen < entry.seen) {
        entry.first = c.start;
        entry.seen = seen;
      }
    }
  }

  /** The dominant country, or undefined when none was named. */
  dominant(): string | undefined {
    let best: [string, { count: number; first: number; seen: number }] | undefined;
    for (const entry of this.counts) {
      const [, e] = entry;
      if (!best) best = entry;
      else if (e.count !== best[1].count ? e.count > best[1].count : e.first !== best[1].first ? e.first < best[1].first : e.seen < best[1].seen) best = entry;
    }
    return best?.[0];
  }
}

/** The country a document names most (ties: the one named first), or undefined. */
export function dominantCountry(candidates: readonly Candidate[]): string | undefined {
  const tally = new CountryTally();
  candidates.forEach((c, seen) => tally.add(c, seen));
  return tally.dominant();
}

/** Whether a candidate names its entry unambiguously, from a lexicon: it supports the entry's ambiguous names. */
export function supports(c: Candidate): boolean {
  return c.needsSupport !== true && c.source === 'lexicon' && c.id !== undefined;
}

/** The ids the candidates name unambiguously (see {@link supports}). */
export function supportedIds(candidates: readonly Candidate[]): Set<string> {
  const supported = new Set<string>();
  for (const c of candidates) if (supports(c)) supported.add(c.id as string);
  return supported;
}

/**
 * Keeps an ambiguous lexicon name only where the document also names its entry
 * unambiguously (a lexicon name or a composed body with the same id): «تونس» is the
 * city in an article that also says «مدينة تونس» or «العاصمة التونسية تونس».
 */
export function keepSupported(candidates: readonly Candidate[]): readonly Candidate[] {
  // Most texts name no ambiguous entry: nothing to settle, nothing to copy.
  if (!candidates.some((c) => c.needsSupport === true)) return candidates;
  return keepSupportedBy(candidates, supportedIds(candidates));
}

/** {@link keepSupported} with the ids the whole document supports. */
export function keepSupportedBy(candidates: readonly Candidate[], supported: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.needsSupport !== true) out.push(c);
    else if (c.id !== undefined && supported.has(c.id)) {
      const { needsSupport: _settled, ...rest } = c;
      out.push(rest as Candidate);
    }
  }
  return out;
}

/**
 * Gives bare bodies the document's country: «وزارة الخارجية» in an article that names
 * Azerbaijan most → azerbaijan-ministry-of-foreign-affairs. Without a country they are dropped.
 */
export function fillFromDocument(candidates: readonly Candidate[]): Candidate[] {
  return fillBodies(candidates, dominantCountry(candidates));
}

/** {@link fillFromDocument} with the document's country (undefined: bare bodies are dropped). */
export function fillBodies(candidates: readonly Candidate[], country: string | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.idTemplate === undefined) {
      out.push(candidate);
      continue;
    }
    if (country === undefined) continue;
    const { idTemplate, ...rest } = candidate;
    out.push({ ...rest, id: idTemplate.replaceAll('{country}', country), country, confidence: 0.6 } as Candidate);
  }
  return out;
}

/** Shorter last words («بن», «علي») are too common to stand for a person alone. */
const MIN_SURNAME = 4;

const ARTICLE = 'ال';

/** The start of the Arabic word whose letters run through normalized offset `at`, as the tokenizer cuts words. */
function wordStartAt(normalized: NormalizedText, at: number): number {
  const { text, originStart } = normalized;
  let start = at;
  while (start > 0 && (charClass(text.charCodeAt(start - 1)) === CharClass.ArabicLetter || originStart[start - 1] === originStart[start])) start -= 1;
  return start;
}

/** Up to this many needles, the text is searched once per needle (a native search is fast); beyond, one pass with a trie. */
const SEARCHED_NEEDLES = 32;

/** Whether a needle ending at `end` ends a word there. */
function endsWord(text: string, end: number): boolean {
  return end >= text.length || charClass(text.charCodeAt(end)) !== CharClass.ArabicLetter;
}

/** Every occurrence of each needle that ends a word, as [needle, start, end]: a search per needle. */
function occurrencesBySearch(needles: readonly string[], text: string): [number, number, number][] {
  const found: [number, number, number][] = [];
  needles.forEach((needle, k) => {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (endsWord(text, at + needle.length)) found.push([k, at, at + needle.length]);
    }
  });
  return found;
}

/**
 * The same occurrences in one pass, however many needles: at each place a word can end,
 * a trie of the needles read backwards is walked back from there.
 */
function occurrencesByTrie(needles: readonly string[], text: string): [number, number, number][] {
  const trie = new SuffixTrie(needles);
  const found: [number, number, number][] = [];
  for (let end = 1; end <= text.length; end += 1) {
    if (!endsWord(text, end)) continue;
    let node = 0;
    for (let at = end - 1; at >= 0 && at >= end - trie.longest; at -= 1) {
      node = trie.child(node, text.charCodeAt(at));
      if (node === 0) break;
      const ends = trie.endsAt(node);
      if (ends) for (const k of ends) found.push([k, at, end]);
    }
  }
  return found;
}

/**
 * The starts of the words that may read as one of `surnames`: every reading of a word is
 * a suffix of it (after its proclitics), or, for «لل», «ال» + the word after «ل»
 * («للأسد» reads «الاسد»). So the text is searched for each surname, and for «ال»
 * surnames for the surname without its alef, ending a word.
 *
 * A few surnames are searched for one by one; many are found in one pass over the text
 * (searching once per surname made a long document with thousands of people quadratic).
 */
export function surnameWords(surnames: Iterable<string>, normalized: NormalizedText): [number, number][] {
  const { text } = normalized;
  const needles: string[] = [];
  for (const surname of surnames) {
    needles.push(surname);
    if (surname.startsWith(ARTICLE)) needles.push(surname.slice(1));
  }
  const found = needles.length <= SEARCHED_NEEDLES ? occurrencesBySearch(needles, text) : occurrencesByTrie(needles, text);
  // Recorded in the order a search surname by surname would find them, so that when two
  // occurrences fall in one word the same one stands.
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const words = new Map<number, number>();
  for (const [, at, end] of found) words.set(wordStartAt(normalized, at), end);
  return [...words].sort((a, b) => a[0] - b[0]);
}

/**
 * Records a kept person's surname: the person kept first in the text owns it, whatever
 * order the persons are noted in.
 */
export function noteSurname(surnames: Map<string, Candidate>, c: Candidate, text: string): void {
  if (c.type !== 'actor' || c.subtype !== 'person' || c.id === undefined) return;
  const parts = text.slice(c.start, c.end).split(' ');
  const surname = parts.at(-1);
  if (parts.length < 2 || surname === undefined || surname.length < MIN_SURNAME) return;
  const owner = surnames.get(surname);
  if (owner === undefined || c.start < owner.start) surnames.set(surname, c);
}

/**
 * A surname alone («علييف», «فاردانيان») gets the id of the full name the document gives
 * elsewhere («إلهام علييف»). Adds mentions only on words nothing else claimed. The words
 * are found by searching the text for the surnames, so no token is kept for this.
 */
export function linkPartialNames(kept: readonly Candidate[], normalized: NormalizedText): Candidate[] {
  const surnames = new Map<string, Candidate>();
  for (const c of kept) noteSurname(surnames, c, normalized.text);
  if (surnames.size === 0) return [];
  return linkSurnames(surnames, new Coverage(0, normalized.text.length).markAll(kept), normalized);
}

/**
 * {@link linkPartialNames} from what it needs of the kept candidates: the surnames of the
 * persons (in the order of their owners in the text) and the units the kept spans cover.
 */
export function linkSurnames(surnames: ReadonlyMap<string, Candidate>, taken: Coverage, normalized: NormalizedText): Candidate[] {
  const added: Candidate[] = [];
  for (const [from, end] of surnameWords(surnames.keys(), normalized)) {
    // The word ends where the surname does, or a few units on when a character there
    // grew into several under NFKC: the tokenizer reads it as it read it in the chunk.
    const [word] = tokenize(normalized, { from, to: Math.min(normalized.text.length, end + EXPANSION_SLACK) });
    if (!word || word.kind !== 'arabic' || word.start !== from) continue;
    for (const reading of word.analyses) {
      const full = surnames.get(reading.form);
      if (!full || taken.covers(word.start, word.end)) continue;
      const candidate: Candidate = { type: 'actor', subtype: 'person', start: word.start + reading.offset, end: word.end, source: 'rule:person.partial', priority: 45, confidence: 0.8 };
      if (full.id !== undefined) candidate.id = full.id;
      if (full.canonical !== undefined) candidate.canonical = full.canonical;
      if (full.country !== undefined) candidate.country = full.country;
      added.push(candidate);
      break;
    }
  }
  return added;
}

/** Room past a surname's end for a character that NFKC expanded into several units («ﷺ»). */
const EXPANSION_SLACK = 32;

/**
 * The document's cast: one entity per id, with its mention count and first offset,
 * ordered by salience (mentions, plus up to one for appearing early).
 */
export function documentEntities(mentions: readonly Mention[], textLength: number): DocumentEntity[] {
  const byId = new Map<string, DocumentEntity>();
  for (const m of mentions) {
    if ((m.type !== 'actor' && m.type !== 'place') || m.id === undefined) continue;
    const entity = byId.get(m.id);
    if (entity) entity.mentions += 1;
    else byId.set(m.id, { id: m.id, type: m.type, subtype: m.subtype, canonical: m.canonical ?? m.text, mentions: 1, firstOffset: m.start, salience: 0 });
  }
  const entities = [...byId.values()];
  for (const e of entities) e.salience = Math.round((e.mentions + 1 - e.firstOffset / Math.max(1, textLength)) * 1000) / 1000;
  return entities.sort((a, b) => b.salience - a.salience || a.firstOffset - b.firstOffset || (a.id < b.id ? -1 : 1));
}
