import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../src/errors.js';
import { compileLexicons } from '../../src/lexicon/compile.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS } from '../../src/lexicon/defaults.js';
import type { Lexicon, LexiconEntry } from '../../src/lexicon/types.js';

const entry = (id: string, names: string[]): LexiconEntry => ({ id, type: 'place', subtype: 'city', names });
const lexicon = (name: string, entries: LexiconEntry[], remove: string[] = []): Lexicon => ({ name, entries, remove });
const compile = (lexicons: Lexicon[]) => compileLexicons(lexicons, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS);

describe('compileLexicons: merging', () => {
  it('reports an id listed twice in one lexicon, with the lexicon and the entry', () => {
    const twice = lexicon('beat.json', [entry('ganja', ['كنجة']), entry('shusha', ['شوشة']), entry('ganja', ['غانجا'])]);
    try {
      compile([twice]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LexiconError);
      expect((error as LexiconError).problems).toEqual([expect.objectContaining({ file: 'beat.json', entry: 2, id: 'ganja', field: 'id' })]);
    }
  });

  it('lets a later lexicon replace an id, even the same lexicon given twice', () => {
    const first = lexicon('a.json', [entry('ganja', ['كنجة'])]);
    const second = lexicon('b.json', [entry('ganja', ['غانجا'])]);
    const compiled = compile([first, second]);
    expect(compiled.entries.get('ganja')?.lexicon).toBe('b.json');
    expect(compiled.names.next.has('غانجا')).toBe(true);
    expect(() => compile([first, first])).not.toThrow();
  });

  it('drops the ids a lexicon removes, and reports one nothing before it loaded', () => {
    const base = lexicon('a.json', [entry('ganja', ['كنجة']), entry('shusha', ['شوشة'])]);
    const compiled = compile([base, lexicon('b.json', [], ['shusha'])]);
    expect([...compiled.entries.keys()]).toEqual(['ganja']);
    expect(() => compile([base, lexicon('b.json', [], ['lachin'])])).toThrow(/cannot remove "lachin"/u);
  });
});
