import type { Token } from '../../tokenize/index.js';
import { perWord } from '../../tokenize/per-word.js';
import { DEFINITE_DESIGNATORS, LATIN_DESIGNATORS, NAME_DESIGNATORS, PLACE_DESIGNATORS } from './designated.js';
import { REPORTING_VERBS, startsTitle } from './words.js';

/** What a word can trigger, as bits: the name rules run only where their trigger is. */
export const TRIGGER = {
  title: 1,
  reportingVerb: 2,
  placeDesignator: 4,
  organizationDesignator: 8,
} as const;

/**
 * The triggers any clitic reading of `token` is: a title start («الرئيس»), a reporting
 * verb («وقال»), a place designator («بلدة»), an organization designator («وكالة»).
 * 0 for most words, and for every token that is not an Arabic word.
 */
export function triggersOf(token: Token): number {
  return token.kind === 'arabic' ? triggersOfWord(token) : 0;
}

const triggersOfWord = perWord((token) => {
  let bits = 0;
  for (const { form } of token.analyses) {
    if (startsTitle(form)) bits |= TRIGGER.title;
    if (REPORTING_VERBS.has(form)) bits |= TRIGGER.reportingVerb;
    if (PLACE_DESIGNATORS.has(form)) bits |= TRIGGER.placeDesignator;
    if (NAME_DESIGNATORS.has(form) || DEFINITE_DESIGNATORS.has(form) || LATIN_DESIGNATORS.has(form)) bits |= TRIGGER.organizationDesignator;
  }
  return bits;
});
