import type { NormalizedText } from '../../normalize/index.js';
import type { Token } from '../../tokenize/index.js';
import { COUNTED_NOUNS } from './data.js';
import { forms } from './tokens.js';
import { isNotNumberWord, lookupNumberWord } from './words.js';

/** How a number stands towards its noun, which decides where the unit is looked for. */
export interface UnitQuery {
  readonly startToken: number;
  readonly endToken: number;
  /** A vague plural or a fraction takes a definite noun in iḍāfa («عشرات القتلى», «نصف السكان»). */
  readonly construct: boolean;
  /**
   * An adjective-like number that follows its noun: «اثنين»/«واحد» alone («مدنيَّين اثنين»),
   * or a definite number («الأشهر التسعة»); null otherwise.
   */
  readonly postposed: { readonly value: number; readonly definite: boolean } | null;
  /** Percentages take only a partitive unit («15% من السكان»). */
  readonly partitiveOnly: boolean;
}

const endsWithAny = (word: string, endings: readonly string[]): boolean => endings.some((e) => word.endsWith(e));

/** «قتلوا», «جرحوا», «يعيشون», «وأصيب»: a verb after the number means there is no counted noun. */
function isVerb(word: string): boolean {
  const v = COUNTED_NOUNS;
  if (v.verbs.has(word)) return true;
  if (word.length >= v.pastPluralMinimumLength && word.endsWith(v.pastPluralSuffix)) return true;
  return word.length >= v.presentPluralMinimumLength && word.startsWith(v.presentPrefix) && word.endsWith(v.presentPluralSuffix);
}

function isNumberWord(token: Token): boolean {
  return token.analyses.some((a) => lookupNumberWord(a.form) !== undefined || (a.article && lookupNumberWord(a.stem) !== undefined));
}

/** The whole word carries the article («القتلى»), not a proclitic («بالقتلى»). */
function isDefinite(token: Token): boolean {
  return token.analyses[0]?.article === true;
}

/**
 * Could `token` be a counted noun? An Arabic word that is no particle, pronoun, verb
 * or number word, and no prepositional phrase («للقوات», «بالقرب»). A leading «و»
 * is only refused when what follows it is a verb or particle («وجرح», not «وزراء»).
 */
export function isNoun(token: Token | undefined, definite: boolean): token is Token {
  if (token?.kind !== 'arabic' || token.text.length < COUNTED_NOUNS.minimumLength || isNotNumberWord(token.text)) return false;
  const { notCounted } = COUNTED_NOUNS;
  if (notCounted.has(token.text) || isVerb(token.text) || isNumberWord(token)) return false;
  for (const analysis of token.analyses) {
    if (analysis.proclitics === '') continue;
    if (analysis.preposition !== null && analysis.article) return false;
    if (analysis.conjunction !== null && (notCounted.has(analysis.form) || isVerb(analysis.form))) return false;
  }
  return definite || !isDefinite(token);
}

/** A counted noun as written, and the token after it. */
export interface Unit {
  readonly text: string;
  readonly endToken: number;
}

function unitOf(normalized: NormalizedText, from: Token, to: Token): Unit {
  return { text: normalized.original.slice(from.originStart, to.originEnd), endToken: to.index + 1 };
}

/** An indefinite noun takes the definite noun after it: «رجال الشرطة», not «شخصا الأسبوع» or «المسلحين السوريين». */
function withConstruct(tokens: readonly Token[], noun: Token): Token {
  if (isDefinite(noun) || endsWithAny(noun.text, COUNTED_NOUNS.notInConstruct)) return noun;
  const next = tokens[noun.index + 1];
  if (!next || !isDefinite(next) || COUNTED_NOUNS.constructStops.has(next.text) || !isNoun(next, true)) return noun;
  return next;
}

/**
 * The counted noun of a number as written in the original text (diacritics kept)
 * and the token after it, or undefined. Follows DECISIONS.md 12: «7 مدنيين» → «مدنيين», «6 من مواطنيها» →
 * «مواطنيها», «أربعة من رجال الشرطة» → «رجال الشرطة», «مدنيَّين اثنين» → «مدنيَّين»,
 * «25 قُتلوا» / «مئات آخرون» → none.
 */
export function findUnit(tokens: readonly Token[], normalized: NormalizedText, query: UnitQuery): Unit | undefined {
  // «مدنيَّين اثنين كانا»: an adjective-like number describes the noun before it.
  const before = query.postposed ? nounBefore(tokens, normalized, query.startToken, query.postposed) : undefined;
  if (before) return before;
  const next = tokens[query.endToken];
  if (next?.text === COUNTED_NOUNS.partitive) {
    const noun = tokens[query.endToken + 1];
    if (isNoun(noun, true) && !COUNTED_NOUNS.partitiveNotCounted.has(noun.text)) {
      return unitOf(normalized, noun, withConstruct(tokens, noun));
    }
    return undefined;
  }
  if (query.partitiveOnly) return undefined;
  return isNoun(next, query.construct) ? unitOf(normalized, next, withConstruct(tokens, next)) : undefined;
}

/** «مدنيَّين اثنين»: a dual noun before «اثنين»; «بلد واحد»; «الأشهر التسعة»: a definite noun before a definite number. */
function nounBefore(
  tokens: readonly Token[],
  normalized: NormalizedText,
  at: number,
  postposed: NonNullable<UnitQuery['postposed']>,
): Unit | undefined {
  const noun = tokens[at - 1];
  if (!isNoun(noun, postposed.definite) || isDefinite(noun) !== postposed.definite) return undefined;
  if (postposed.value === 2 && !postposed.definite && !endsWithAny(noun.text, COUNTED_NOUNS.dualEndings)) return undefined;
  // The noun stands before the number: nothing after the number is consumed.
  return { text: normalized.original.slice(noun.originStart, noun.originEnd), endToken: at + 1 };
}

/** «في آن واحد», «وبصوت واحد», «أي واحد»: «واحد» after these is not a count. */
export function isOneIdiom(tokens: readonly Token[], at: number): boolean {
  return forms(tokens[at - 1]).some((f) => COUNTED_NOUNS.oneIdioms.has(f));
}
