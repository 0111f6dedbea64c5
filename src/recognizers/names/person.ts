import type { CompiledLexicon } from '../../lexicon/compile.js';
import { ruleSource } from '../source.js';
import type { NormalizedText } from '../../normalize/index.js';
import type { Token } from '../../tokenize/index.js';
import type { Candidate } from '../types.js';
import { trieLongest } from '../../lexicon/trie.js';
import { canBeNameWord, entityAt, hasArticle, isFirstName, stateOf } from './context.js';
import { romanizeId } from './romanize.js';
import { BYLINE_SEPARATORS, looksLikeSurname, MINISTRIES, MODIFIERS, PARTICLES, REPORTING_VERBS, startsTitle, titleLength } from './words.js';

const MAX_NAME_WORDS = 4;
const MAX_DESCRIPTION = 8;
const OPENING_QUOTES = new Set(['"', '“', '«', "'"]);
const APPOSITION = new Set(['،', ',']);

export interface PersonContext {
  readonly lexicon: CompiledLexicon;
  readonly tokens: readonly Token[];
  readonly normalized: NormalizedText;
}

/** The name words from token `at`: up to four, stopping at the first that cannot be one. */
function nameWords(context: PersonContext, at: number, afterTrigger: boolean): Token[] {
  const words: Token[] = [];
  for (let k = at; k < context.tokens.length && words.length < MAX_NAME_WORDS; k += 1) {
    const token = context.tokens[k];
    if (!token || !canBeNameWord(context.lexicon, context.tokens, k, words, afterTrigger, context.normalized.original)) break;
    const previous = words.at(-1);
    // Words of one name are separated by a space, not by a line break or glued punctuation.
    if (previous && context.normalized.text.slice(previous.end, token.start).trim() !== '') break;
    words.push(token);
  }
  while (words.length > 0 && PARTICLES.has(words.at(-1)?.text ?? '')) words.pop();
  return words;
}

/** Whether words found after a trigger are a name: a known first name, a surname's shape, or two unknown words. */
function plausibleName(words: readonly Token[]): boolean {
  const [first] = words;
  if (!first) return false;
  if (isFirstName(first.text)) return true;
  if (words.some((w) => looksLikeSurname(w.text))) return true;
  return words.length >= 2;
}

function personCandidate(
  words: readonly Token[],
  rule: string,
  confidence: number,
  extra: { role?: string; country?: string },
): Candidate | null {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  const canonical = words.map((w) => w.text).join(' ');
  const candidate: Candidate = {
    type: 'actor',
    subtype: 'person',
    start: first.start,
    end: last.end,
    id: romanizeId(canonical),
    canonical,
    source: ruleSource(null, rule),
    priority: 50,
    confidence,
  };
  if (extra.role !== undefined) candidate.role = extra.role;
  if (extra.country !== undefined) candidate.country = extra.country;
  return candidate;
}

/**
 * Title + description + name: «وزير الخارجية الأميركي أنتوني بلينكن», «المتحدثة باسم وزارة
 * الخارجية الروسية، ماريا زاخاروفا», «رئيس وزراء أرمينيا نيكول باشينيان», «نظيره الأذري، ذاكر حسنوف».
 */
export function titledPerson(context: PersonContext, at: number): Candidate | null {
  const { lexicon, tokens, normalized } = context;
  const token = tokens[at];
  if (!token || token.kind !== 'arabic') return null;
  for (const reading of token.analyses) {
    if (!startsTitle(reading.form)) continue;
    const length = titleLength(reading.form, tokens, at);
    if (length === 0) continue;
    let j = at + length;
    let country: string | undefined;
    for (let steps = 0; steps < MAX_DESCRIPTION && j < tokens.length; steps += 1) {
      const t = tokens[j];
      if (!t || t.kind !== 'arabic') break;
      const nested = titleLength(t.text, tokens, j);
      if (nested > 0) {
        j += nested;
        continue;
      }
      if (MODIFIERS.has(t.text) || MINISTRIES.has(t.text)) {
        j += 1;
        continue;
      }
      const nisba = lexicon.nisba.get(t.text)?.[0];
      if (nisba) {
        country ??= stateOf(lexicon, nisba.entry)?.id;
        j += 1;
        continue;
      }
      // «وزارة الخارجية» in «المتحدثة باسم وزارة الخارجية الروسية»: a body's head.
      const head = trieLongest(lexicon.heads, t.text, tokens, j);
      if (head) {
        j += head.length;
        continue;
      }
      const entity = entityAt(lexicon, tokens, j);
      if (entity) {
        if (entity.entry.subtype === 'person') break;
        if (entity.entry.type === 'place') country ??= stateOf(lexicon, entity.entry)?.id;
        j = entity.next;
        continue;
      }
      // «لحكومة المنطقة الانفصالية», «للمهام الخاصة»: a prepositional phrase of the title.
      const lam = t.analyses.find((a) => a.preposition === 'ل' && a.conjunction === null);
      if (lam && !isFirstName(t.text)) {
        j += 1;
        while (j < tokens.length && hasArticle(tokens[j]) && steps < MAX_DESCRIPTION) j += 1;
        continue;
      }
      break;
    }
    const description = tokens[j - 1];
    let nameAt = j;
    const between = tokens[nameAt];
    if (between && between.kind === 'punct' && (APPOSITION.has(between.text) || OPENING_QUOTES.has(between.text))) nameAt += 1;
    const words = nameWords(context, nameAt, true);
    if (!plausibleName(words) || !description) return null;
    const extra: { role?: string; country?: string } = {
      role: normalized.original.slice(normalized.toOriginalOffset(token.start + reading.offset), description.originEnd),
    };
    if (country !== undefined) extra.country = country;
    return personCandidate(words, 'person.title', isFirstName(words[0]?.text ?? '') ? 0.9 : 0.75, extra);
  }
  return null;
}

/** Reporting verb + a name that starts with a known first name: «قال فلاديمير بوتين إن». */
export function reportedPerson(context: PersonContext, at: number): Candidate | null {
  const token = context.tokens[at];
  if (!token || token.kind !== 'arabic' || !token.analyses.some((a) => REPORTING_VERBS.has(a.form))) return null;
  const words = nameWords(context, at + 1, false);
  if (!words[0] || !isFirstName(words[0].text) || words.length < 2) return null;
  return personCandidate(words, 'person.reporting-verb', 0.75, {});
}

/** A byline: the first line is a name, a dash and a source: «كاجين أحمد ـ xeber24.net». */
export function bylinePerson(context: PersonContext): Candidate | null {
  const { tokens, normalized } = context;
  const words = nameWords(context, 0, false);
  const last = words.at(-1);
  if (words.length < 2 || !last) return null;
  // The dash may be a tatweel, which normalization removes: look at the original text.
  let next = words.length;
  const between = normalized.original.slice(last.originEnd, tokens[next]?.originStart ?? last.originEnd);
  const dashInOriginal = [...between].some((ch) => BYLINE_SEPARATORS.has(ch));
  if (!dashInOriginal && BYLINE_SEPARATORS.has(tokens[next]?.text ?? '')) next += 1;
  else if (!dashInOriginal) return null;
  const source = tokens[next];
  if (!source || normalized.text.slice(0, source.end).includes('\n')) return null;
  const isSource = source.kind === 'latin' || entityAt(context.lexicon, tokens, source.index)?.entry.subtype === 'organization';
  return isSource ? personCandidate(words, 'person.byline', 0.8, {}) : null;
}
