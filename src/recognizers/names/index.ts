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
    const { original } = normalized;
    // Four plain calls per token, no array of them: this loop runs over every token of the text.
    for (let i = 0; i < tokens.length; i += 1) {
      const titled = titledPerson(context, i);
      if (titled) found.push(titled);
      const reported = reportedPerson(context, i);
      if (reported) found.push(reported);
      const place = designatedPlace(lexicon, tokens, i, original);
      if (place) found.push(place);
      const organization = designatedOrganization(lexicon, tokens, i, original);
      if (organization) found.push(organization);
    }
    return found;
  };
}
