import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../../../src/lexicon/compile.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS, DEFAULT_LEXICONS } from '../../../src/lexicon/defaults.js';
import { normalize } from '../../../src/normalize/index.js';
import { designatedOrganization, designatedPlace } from '../../../src/recognizers/names/designated.js';
import { reportedPerson, titledPerson } from '../../../src/recognizers/names/person.js';
import { TRIGGER, triggersOf } from '../../../src/recognizers/names/triggers.js';
import { tokenize } from '../../../src/tokenize/index.js';
import { loadCorpus } from '../../helpers/corpus.js';

const lexicon = compileLexicons(DEFAULT_LEXICONS, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS);
const first = (text: string): number => {
  const [token] = tokenize(normalize(text));
  return token ? triggersOf(token) : -1;
};

describe('name rule triggers', () => {
  it('marks titles, reporting verbs and designators under any clitic reading', () => {
    expect(first('الرئيس') & TRIGGER.title).toBeTruthy();
    expect(first('وقال') & TRIGGER.reportingVerb).toBeTruthy();
    expect(first('بلدة') & TRIGGER.placeDesignator).toBeTruthy();
    expect(first('ووكالة') & TRIGGER.organizationDesignator).toBeTruthy();
    expect(first('الانتخابات')).toBe(0);
    expect(first('2023')).toBe(0);
  });

  it('is exact: no name rule finds anything at a word without its trigger (every corpus token)', () => {
    let checked = 0;
    for (const { text } of loadCorpus()) {
      const normalized = normalize(text);
      const tokens = tokenize(normalized);
      const context = { lexicon, tokens, normalized };
      for (let i = 0; i < tokens.length; i += 1) {
        const bits = triggersOf(tokens[i] as (typeof tokens)[number]);
        if (!(bits & TRIGGER.title)) expect(titledPerson(context, i)).toBeNull();
        if (!(bits & TRIGGER.reportingVerb)) expect(reportedPerson(context, i)).toBeNull();
        if (!(bits & TRIGGER.placeDesignator)) expect(designatedPlace(lexicon, tokens, i, text)).toBeNull();
        if (!(bits & TRIGGER.organizationDesignator)) expect(designatedOrganization(lexicon, tokens, i, text)).toBeNull();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});
