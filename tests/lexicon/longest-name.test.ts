import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../../src/lexicon/compile.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS } from '../../src/lexicon/defaults.js';
import { longestName } from '../../src/lexicon/match.js';
import { defineLexicon } from '../../src/lexicon/validate.js';
import { normalize } from '../../src/normalize/index.js';
import { entityAt } from '../../src/recognizers/names/context.js';
import { tokenize } from '../../src/tokenize/index.js';

const lexicon = compileLexicons(
  [
    defineLexicon({
      entries: [
        { id: 'karabakh', type: 'place', subtype: 'region', names: ['قره باغ'] },
        { id: 'nagorno-karabakh', type: 'place', subtype: 'region', names: ['ناغورنو قره باغ'] },
        { id: 'garabagh-fc', type: 'actor', subtype: 'organization', names: ['قره باغ أغدام'] },
        { id: 'qarabag-city', type: 'place', subtype: 'city', names: ['قره'], ambiguous: ['قره باغ الجديدة'] },
      ],
    }),
  ],
  DEFAULT_COMPOSITIONS,
  DEFAULT_DESIGNATORS,
);
const tokensOf = (text: string) => tokenize(normalize(text));

describe('longestName: the longest unambiguous name an entry filter accepts', () => {
  it('takes the longest name, or the longest one the filter accepts', () => {
    const tokens = tokensOf('قره باغ أغدام فاز');
    expect(longestName(lexicon, tokens, 0, undefined, () => true)).toMatchObject({ length: 3, entry: { id: 'garabagh-fc' } });
    expect(longestName(lexicon, tokens, 0, undefined, (e) => e.type === 'place')).toMatchObject({ length: 2, entry: { id: 'karabakh' } });
  });

  it('falls back to a shorter name when the longest is only ambiguous', () => {
    const tokens = tokensOf('قره باغ الجديدة');
    expect(longestName(lexicon, tokens, 0, undefined, () => true)).toMatchObject({ length: 2, entry: { id: 'karabakh' } });
  });

  it('reads the first token through a clitic reading («وناغورنو»), and finds nothing from a word no name starts', () => {
    const tokens = tokensOf('وناغورنو قره باغ');
    const reading = tokens[0]?.analyses.find((a) => a.form === 'ناغورنو');
    expect(longestName(lexicon, tokens, 0, reading?.form, () => true)).toMatchObject({ length: 3, entry: { id: 'nagorno-karabakh' } });
    expect(longestName(lexicon, tokens, 0, undefined, () => true)).toBeNull();
    expect(entityAt(lexicon, tokens, 0)).toMatchObject({ next: 3, entry: { id: 'nagorno-karabakh' } });
  });
});
