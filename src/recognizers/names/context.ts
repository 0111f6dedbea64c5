import { stateIn, type CompiledEntry, type CompiledLexicon } from '../../lexicon/compile.js';
import { longestName } from '../../lexicon/match.js';
import type { Token } from '../../tokenize/index.js';
import { textFolder } from '../../normalize/index.js';
import { AS_WRITTEN_OPTIONS } from '../../normalize/options.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, FUNCTION_WORDS, NEVER_NAMES, NEVER_NAMES_AS_WRITTEN, PARTICLES, titleLength } from './words.js';

/** A lexicon entity starting at a token: which, and the token index after it. */
export interface EntityAt {
  readonly entry: CompiledEntry;
  readonly next: number;
}

const anyEntry = (): boolean => true;

/** The longest unambiguous lexicon name starting at token `at`, trying its clitic readings. */
export function entityAt(lexicon: CompiledLexicon, tokens: readonly Token[], at: number): EntityAt | null {
  const token = tokens[at];
  if (!token) return null;
  let best: EntityAt | null = null;
  const readings = token.kind === 'arabic' ? token.analyses.length : 1;
  for (let r = 0; r < readings; r += 1) {
    const form = token.kind === 'arabic' ? token.analyses[r]?.form : undefined;
    const name = longestName(lexicon, tokens, at, form, anyEntry);
    if (name && (!best || at + name.length > best.next)) best = { entry: name.entry, next: at + name.length };
  }
  return best;
}

/** The state a place or actor belongs to. */
export function stateOf(lexicon: CompiledLexicon, entry: CompiledEntry): CompiledEntry | undefined {
  return stateIn(lexicon.entries, entry);
}

export const isFirstName = (word: string): boolean => FIRST_NAMES.has(word) || AMBIGUOUS_FIRST_NAMES.has(word);

/** True when the token starts with the article (a bare-alef «ال», not «ألتشين»). */
export const hasArticle = (token: Token | undefined): boolean => token?.analyses[0]?.article === true;

/** True when any reading of the token is a verb, particle, adverb or pronoun: words that end any name. */
export function isFunctionWord(token: Token): boolean {
  return token.analyses.some((a) => FUNCTION_WORDS.has(a.form));
}

const foldAsWritten = textFolder(AS_WRITTEN_OPTIONS);

// The same words come back all through a text: each spelling is folded once.
const writtenForms = new Map<string, string>();
const WRITTEN_FORMS_LIMIT = 100_000;

/** The token as written, with only diacritics and tatweel removed («على» stays «على»). */
function asWritten(token: Token, original: string): string {
  const slice = original.slice(token.originStart, token.originEnd);
  let written = writtenForms.get(slice);
  if (written === undefined) {
    if (writtenForms.size >= WRITTEN_FORMS_LIMIT) writtenForms.clear();
    written = foldAsWritten(slice);
    writtenForms.set(slice, written);
  }
  return written;
}

/** True when any reading of the token is a word that is never part of a name. */
export function isNeverName(token: Token, original: string): boolean {
  if (NEVER_NAMES_AS_WRITTEN.has(asWritten(token, original))) return true;
  if (FIRST_NAMES.has(token.text)) return false;
  return token.analyses.some((a) => NEVER_NAMES.has(a.form) || (a.article && NEVER_NAMES.has(a.stem)));
}

/**
 * Whether the token can be the `position`-th word of a person's name that has
 * `previous` words so far: an Arabic word that is no common word, title, nationality
 * adjective or other entity, with no conjunction glued to it.
 */
export function canBeNameWord(
  lexicon: CompiledLexicon,
  tokens: readonly Token[],
  at: number,
  previous: readonly Token[],
  afterTrigger: boolean,
  original: string,
): boolean {
  const token = tokens[at];
  if (!token || token.kind !== 'arabic' || token.text.length < 2) return false;
  const word = token.text;
  if (isNeverName(token, original)) return false;
  // «أمل», «نور»: given names that are common words stand only right after a title.
  if (AMBIGUOUS_FIRST_NAMES.has(word) && previous.length === 0 && !afterTrigger) return false;
  if (titleLength(word, tokens, at) > 0) return false;
  if (lexicon.nisba.has(word)) return false;
  const entity = entityAt(lexicon, tokens, at);
  if (entity && entity.entry.subtype !== 'person') return false;
  // «ورئيس», «وأكد», «وأحمد»: a glued conjunction starts a new phrase. A word that is itself a
  // name keeps its first letter («وليد», «فاردانيان»); و rarely starts a name, ف often does.
  const coordinated = token.analyses.some(
    (a) => a.conjunction !== null && (NEVER_NAMES.has(a.form) || FIRST_NAMES.has(a.form) || titleLength(a.form, tokens, at) > 0),
  );
  if (!FIRST_NAMES.has(word) && (coordinated || (word.startsWith('و') && token.analyses.length > 1))) return false;
  if (token.analyses[0]?.article === true) {
    // «السيسي», «الأسد» after a first name or a particle; never the first word.
    const last = previous.at(-1);
    if (!last) return false;
    if (!PARTICLES.has(last.text) && !FIRST_NAMES.has(previous[0]?.text ?? '')) return false;
  }
  return true;
}
