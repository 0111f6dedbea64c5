import type { CompiledLexicon } from '../../lexicon/compile.js';
import type { Candidate, Recognizer } from '../types.js';
import { designatedOrganization, designatedPlace } from './designated.js';
import { bylinePerson, reportedPerson, titledPerson, type PersonContext } from './person.js';
import { NEVER_NAMES } from './words.js';
import type { Token } from '../../tokenize/index.js';

/** A word of the never-names list under any clitic reading: no name starts there. */
export function isCommonWord(token: Token): boolean {
  return token.analyses.some((a) => NEVER_NAMES.has(a.form) || (a.article && NEVER_NAMES.has(a.stem)));
}

/**
 * Actors and places no lexicon holds, found from context: titles and reporting verbs
 * before people, designators before places and bodies, a byline at the top.
 */
export function namesRecognizer(lexicon: CompiledLexicon): Recognizer {
  return ({ tokens, normalized }) => {
    const context: PersonContext = { lexicon, tokens, normalized };
    const found: Candidate[] = [];
    const byline = bylinePerson(context);
    if (byline) found.push(byline);
    for (let i = 0; i < tokens.length; i += 1) {
      for (const candidate of [titledPerson(context, i), reportedPerson(context, i), designatedPlace(lexicon, tokens, i, normalized.original), designatedOrganization(lexicon, tokens, i, normalized.original)]) {
        if (candidate) found.push(candidate);
      }
    }
    return found;
  };
}
