import { Coverage } from '../recognizers/coverage.js';
import type { Candidate } from '../recognizers/types.js';
import type { PackedWords } from '../tokenize/words.js';
import type { DocumentEntity, Mention } from '../types.js';

/** The country a document names most (ties: the one named first), or undefined. */
export function dominantCountry(candidates: readonly Candidate[]): string | undefined {
  const counts = new Map<string, { count: number; first: number }>();
  for (const c of candidates) {
    if (c.type !== 'place' || c.subtype !== 'country' || c.id === undefined) continue;
    const seen = counts.get(c.id) ?? { count: 0, first: c.start };
    seen.count += 1;
    counts.set(c.id, seen);
  }
  let best: [string, { count: number; first: number }] | undefined;
  for (const entry of counts) {
    if (!best || entry[1].count > best[1].count || (entry[1].count === best[1].count && entry[1].first < best[1].first)) best = entry;
  }
  return best?.[0];
}

/**
 * Keeps an ambiguous lexicon name only where the document also names its entry
 * unambiguously (a lexicon name or a composed body with the same id): «تونس» is the
 * city in an article that also says «مدينة تونس» or «العاصمة التونسية تونس».
 */
export function keepSupported(candidates: readonly Candidate[]): readonly Candidate[] {
  const supported = new Set<string>();
  let waiting = 0;
  for (const c of candidates) {
    if (c.needsSupport === true) waiting += 1;
    else if (c.source === 'lexicon' && c.id !== undefined) supported.add(c.id);
  }
  // Most texts name no ambiguous entry: nothing to settle, nothing to copy.
  if (waiting === 0) return candidates;
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
  const country = dominantCountry(candidates);
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
export const MIN_SURNAME = 4;

/**
 * A surname alone («علييف», «فاردانيان») gets the id of the full name the document gives
 * elsewhere («إلهام علييف»). Adds mentions only on words nothing else claimed.
 */
export function linkPartialNames(kept: readonly Candidate[], words: PackedWords, text: string): Candidate[] {
  const surnames = new Map<string, Candidate>();
  for (const c of kept) {
    if (c.type !== 'actor' || c.subtype !== 'person' || c.id === undefined) continue;
    const parts = text.slice(c.start, c.end).split(' ');
    const surname = parts.at(-1);
    if (parts.length >= 2 && surname !== undefined && surname.length >= MIN_SURNAME && !surnames.has(surname)) surnames.set(surname, c);
  }
  if (surnames.size === 0 || words.length === 0) return [];
  const taken = new Coverage(0, words.end(words.length - 1)).markAll(kept);
  const added: Candidate[] = [];
  for (let w = 0; w < words.length; w += 1) {
    const start = words.start(w);
    const end = words.end(w);
    for (const reading of words.readings(w)) {
      const full = surnames.get(reading.form);
      if (!full || taken.covers(start, end)) continue;
      const candidate: Candidate = { type: 'actor', subtype: 'person', start: start + reading.offset, end, source: 'rule:person.partial', priority: 45, confidence: 0.8 };
      if (full.id !== undefined) candidate.id = full.id;
      if (full.canonical !== undefined) candidate.canonical = full.canonical;
      if (full.country !== undefined) candidate.country = full.country;
      added.push(candidate);
      break;
    }
  }
  return added;
}

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
