import type { CompiledLexicon } from '../../lexicon/compile.js';
import { ruleSource } from '../source.js';
import { foldText } from '../../normalize/index.js';
import type { Token } from '../../tokenize/index.js';
import type { Candidate } from '../types.js';
import { entityAt, hasArticle, isFunctionWord, isNeverName } from './context.js';
import designators from './data/designators.json';
import { romanizeId } from './romanize.js';
import { titleLength } from './words.js';

const fold = (word: string): string => foldText(word);
export const PLACE_DESIGNATORS = new Map<string, 'city' | 'region'>([
  ...designators.place.city.map((w) => [fold(w), 'city'] as const),
  ...designators.place.region.map((w) => [fold(w), 'region'] as const),
]);
export const NAME_DESIGNATORS = new Set(designators.organization.name.map(fold));
export const LATIN_DESIGNATORS = new Set(designators.organization.latin.map(fold));
export const DEFINITE_DESIGNATORS = new Set(designators.organization.definite.map(fold));
const MAX_WORDS = 3;

/** A word that can be part of an unknown place or body name. */
function nameWord(lexicon: CompiledLexicon, tokens: readonly Token[], at: number, original: string): boolean {
  const token = tokens[at];
  if (!token || token.kind !== 'arabic' || token.text.length < 2 || isNeverName(token, original)) return false;
  if (lexicon.nisba.has(token.text) || titleLength(token.text, tokens, at) > 0) return false;
  return !(token.text.startsWith('و') && token.analyses.length > 1 && !token.analyses.some((a) => a.article && a.conjunction === 'و'));
}

function ruleCandidate(type: 'place' | 'actor', subtype: 'city' | 'region' | 'organization', words: readonly Token[], start: number, rule: string): Candidate | null {
  const last = words.at(-1);
  if (!last || words.length === 0) return null;
  const canonical = words.map((w) => w.text).join(' ');
  const base = { start, end: last.end, id: romanizeId(canonical), canonical, source: ruleSource(null, rule), priority: 40, confidence: 0.7 };
  return type === 'place' ? { type, subtype: subtype as 'city' | 'region', ...base } : { type, subtype: 'organization', ...base };
}

/** Designator + a name no lexicon holds: «بلدة مارتوني» → place «مارتوني» (city). */
export function designatedPlace(lexicon: CompiledLexicon, tokens: readonly Token[], at: number, original: string): Candidate | null {
  const token = tokens[at];
  if (!token) return null;
  let subtype: 'city' | 'region' | undefined;
  for (let r = 0; r < token.analyses.length && subtype === undefined; r += 1) subtype = PLACE_DESIGNATORS.get(token.analyses[r]?.form ?? '');
  if (!subtype) return null;
  if (entityAt(lexicon, tokens, at + 1)) return null;
  const words: Token[] = [];
  for (let k = at + 1; k < tokens.length && words.length < MAX_WORDS && nameWord(lexicon, tokens, k, original); k += 1) {
    const next = tokens[k];
    if (!next || (words.length > 0 && hasArticle(next) && !hasArticle(words[0]))) break;
    words.push(next);
  }
  const first = words[0];
  return first ? ruleCandidate('place', subtype, words, first.start, 'place.designator') : null;
}

/**
 * Designator + a body's name: «وكالة تسنيم» → «تسنيم»; «حزب العدالة والتنمية» whole.
 */
export function designatedOrganization(lexicon: CompiledLexicon, tokens: readonly Token[], at: number, original: string): Candidate | null {
  const token = tokens[at];
  if (!token || token.kind !== 'arabic') return null;
  const next = tokens[at + 1];
  // «موقع xeber24.net»: a Latin name after a designator of websites and accounts.
  const latin = token.analyses.find((a) => LATIN_DESIGNATORS.has(a.form));
  if (latin && next?.kind === 'latin' && !entityAt(lexicon, tokens, at + 1)) return ruleCandidate('actor', 'organization', [next], next.start, 'organization.designator');
  const reading = token.analyses.find((a) => NAME_DESIGNATORS.has(a.form) || DEFINITE_DESIGNATORS.has(a.form));
  if (!reading || entityAt(lexicon, tokens, at + 1)) return null;
  if (!next) return null;
  // A Latin or proper name: the span is the name alone.
  if (NAME_DESIGNATORS.has(reading.form) && (next.kind === 'latin' || (next.kind === 'arabic' && !hasArticle(next) && nameWord(lexicon, tokens, at + 1, original)))) {
    const words: Token[] = [];
    for (let k = at + 1; k < tokens.length && words.length < MAX_WORDS; k += 1) {
      const t = tokens[k];
      if (!t || (t.kind !== 'latin' && !(t.kind === 'arabic' && !hasArticle(t) && nameWord(lexicon, tokens, k, original)))) break;
      words.push(t);
    }
    return ruleCandidate('actor', 'organization', words, next.start, 'organization.designator');
  }
  // A definite phrase: «حزب العدالة والتنمية», «مجلس الأمن القومي».
  // Its words may be common nouns and adjectives («العدالة»); verbs and particles end it.
  const bodyWord = (t: Token | undefined): t is Token =>
    t !== undefined && t.kind === 'arabic' && !isFunctionWord(t) && t.analyses.some((a) => a.article && (a.proclitics === '' || a.proclitics === 'و'));
  if (DEFINITE_DESIGNATORS.has(reading.form) && hasArticle(next) && bodyWord(next) && !lexicon.nisba.has(next.text)) {
    const words: Token[] = [token];
    for (let k = at + 1; k < tokens.length && words.length < MAX_WORDS; k += 1) {
      const t = tokens[k];
      if (!bodyWord(t) || entityAt(lexicon, tokens, k)) break;
      words.push(t);
    }
    return words.length >= 2 ? ruleCandidate('actor', 'organization', words, token.start + reading.offset, 'organization.definite') : null;
  }
  return null;
}
