import { LexiconError, type LexiconProblem } from '../errors.js';
import { foldText } from '../normalize/index.js';
import { SUBTYPES } from '../types.js';
import type { Lexicon, LexiconEntry } from './types.js';
import { onFirstUse } from '../unicode/on-first-use.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DEMONYM = /^[a-z]+(?:-[a-z]+)*$/;
const WIKIDATA = /^Q[1-9][0-9]*$/;
const hasContent = onFirstUse('[\\p{L}\\p{N}]', 'u');
const ENTRY_FIELDS = new Set(['id', 'type', 'subtype', 'names', 'canonical', 'en', 'demonym', 'adjectives', 'country', 'ambiguous', 'wikidata', 'note']);
const TOP_FIELDS = new Set(['$schema', 'domain', 'description', 'entries', 'remove']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The folded form of a name, as the matcher sees it. */
export function foldName(name: string): string {
  return foldText(name).trim().replace(/ +/gu, ' ');
}

/**
 * Checks a lexicon's content and returns every problem found, each naming the
 * file, the entry index, its id and the field. Nothing is thrown here.
 */
export function lexiconProblems(source: unknown, file: string): LexiconProblem[] {
  const problems: LexiconProblem[] = [];
  const report = (entry: number, message: string, field?: string, id?: string): void => {
    const problem: LexiconProblem = { file, entry, message };
    if (field !== undefined) problem.field = field;
    if (id !== undefined) problem.id = id;
    problems.push(problem);
  };
  if (!isRecord(source)) {
    report(-1, `a lexicon must be an object with an "entries" array, got ${Array.isArray(source) ? 'an array' : typeof source}`);
    return problems;
  }
  for (const key of Object.keys(source)) if (!TOP_FIELDS.has(key)) report(-1, `unknown top-level field "${key}"`, key);
  const { entries, remove } = source;
  if (!Array.isArray(entries)) {
    report(-1, '"entries" must be an array', 'entries');
    return problems;
  }
  if (remove !== undefined) {
    if (!Array.isArray(remove)) report(-1, '"remove" must be an array of ids', 'remove');
    else remove.forEach((id, i) => {
      if (typeof id !== 'string' || !ID.test(id)) report(-1, `remove[${i}] is not a kebab-case id: ${JSON.stringify(id)}`, 'remove');
    });
  }

  const seenIds = new Map<string, number>();
  entries.forEach((raw: unknown, index) => {
    if (!isRecord(raw)) {
      report(index, `entry must be an object, got ${Array.isArray(raw) ? 'an array' : typeof raw}`);
      return;
    }
    const id = typeof raw.id === 'string' ? raw.id : undefined;
    const at = (message: string, field?: string): void => report(index, message, field, id);
    for (const key of Object.keys(raw)) if (!ENTRY_FIELDS.has(key)) at(`unknown field "${key}"`, key);

    if (raw.id === undefined) at('missing id', 'id');
    else if (id === undefined || !ID.test(id)) at(`id must be kebab-case (a-z, 0-9, single hyphens), got ${JSON.stringify(raw.id)}`, 'id');
    else if (seenIds.has(id)) at(`duplicate id (first at entry ${seenIds.get(id)})`, 'id');
    else seenIds.set(id, index);

    const type = raw.type;
    if (type !== 'actor' && type !== 'place') at(`type must be "actor" or "place", got ${JSON.stringify(type)}`, 'type');
    else if (!(SUBTYPES[type] as readonly unknown[]).includes(raw.subtype)) {
      at(`subtype ${JSON.stringify(raw.subtype)} is not allowed for type "${type}" (allowed: ${SUBTYPES[type].join(', ')})`, 'subtype');
    }

    if (!Array.isArray(raw.names) || raw.names.length === 0) at('names must be a non-empty array of strings', 'names');
    else raw.names.forEach((name: unknown, i) => {
      if (typeof name !== 'string') at(`names[${i}] must be a string, got ${typeof name}`, 'names');
      else if (!hasContent().test(foldName(name))) at(`names[${i}] ${JSON.stringify(name)} normalises to nothing`, 'names');
    });

    for (const field of ['adjectives', 'ambiguous'] as const) {
      const list = raw[field];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        at(`${field} must be an array of strings`, field);
        continue;
      }
      list.forEach((name: unknown, i) => {
        if (typeof name !== 'string') at(`${field}[${i}] must be a string, got ${typeof name}`, field);
        else if (!hasContent().test(foldName(name))) at(`${field}[${i}] ${JSON.stringify(name)} normalises to nothing`, field);
      });
    }
    for (const field of ['canonical', 'en', 'note'] as const) {
      if (raw[field] !== undefined && typeof raw[field] !== 'string') at(`${field} must be a string`, field);
    }
    if (raw.country !== undefined && (typeof raw.country !== 'string' || !ID.test(raw.country))) at(`country must be a kebab-case id, got ${JSON.stringify(raw.country)}`, 'country');
    if (raw.demonym !== undefined && (typeof raw.demonym !== 'string' || !DEMONYM.test(raw.demonym))) at(`demonym must be lower-case English words joined by hyphens, got ${JSON.stringify(raw.demonym)}`, 'demonym');
    if (raw.wikidata !== undefined && (typeof raw.wikidata !== 'string' || !WIKIDATA.test(raw.wikidata))) at(`wikidata must look like "Q42", got ${JSON.stringify(raw.wikidata)}`, 'wikidata');
  });
  return problems;
}

/**
 * Validates a lexicon object and returns it frozen, ready for createExtractor.
 * Works in any runtime. Throws a {@link LexiconError} listing every problem.
 *
 * @example
 * const sudan = defineLexicon({ entries: [
 *   { id: 'rapid-support-forces', type: 'actor', subtype: 'organization', names: ['قوات الدعم السريع', 'الدعم السريع'] },
 * ] }, 'sudan');
 */
export function defineLexicon(source: unknown, name = 'lexicon'): Lexicon {
  const problems = lexiconProblems(source, name);
  if (problems.length > 0) throw new LexiconError(problems);
  const valid = source as { entries: LexiconEntry[]; remove?: string[] };
  const entries = valid.entries.map((entry) => Object.freeze(structuredClone(entry)));
  return Object.freeze({ name, entries: Object.freeze(entries), remove: Object.freeze([...(valid.remove ?? [])]) });
}
