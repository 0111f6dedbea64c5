import type { CompiledLexicon } from '../../lexicon/compile.js';
import type { Candidate, Recognizer } from '../types.js';
import { designatedOrganization, designatedPlace } from './designated.js';
import { bylinePerson, reportedPerson, titledPerson, type PersonContext } from './person.js';
import { TRIGGER, triggersOf } from './triggers.js';
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
    // This loop runs over every token of the text: a rule is tried only on its trigger word.
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      const triggers = token === undefined ? 0 : triggersOf(token);
      if (triggers === 0) continue;
      const titled = triggers & TRIGGER.title ? titledPerson(context, i) : null;
      if (titled) found.push(titled);
      const reported = triggers & TRIGGER.reportingVerb ? reportedPerson(context, i) : null;
      if (reported) found.push(reported);
      const place = triggers & TRIGGER.placeDesignator ? designatedPlace(lexicon, tokens, i, original) : null;
      if (place) found.push(place);
      const organization = triggers & TRIGGER.organizationDesignator ? designatedOrganization(lexicon, tokens, i, original) : null;
      if (organization) found.push(organization);
    }
    return found;
  };
}
