import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../src/errors.js';
import { createExtractor } from '../../src/extract.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { defineLexicon } from '../../src/lexicon/validate.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'lexicons');

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof LexiconError) return error.problems.map((p) => `${p.entry}|${p.id ?? ''}|${p.field ?? ''}|${p.message}`);
    throw error;
  }
  throw new Error('expected a LexiconError');
}

describe('loadLexicon / defineLexicon: every problem at once', () => {
  it('names file, entry, id and field for each problem', () => {
    const problems = problemsOf(() => loadLexicon(join(FIXTURES, 'bad.json')));
    expect(problems).toEqual([
      '0||id|missing id',
      '1|Bad Id|id|id must be kebab-case (a-z, 0-9, single hyphens), got "Bad Id"',
      '2|darfur|subtype|subtype "person" is not allowed for type "place" (allowed: country, city, region, route)',
      '3|empty|names|names must be a non-empty array of strings',
      '4|marks-only|names|names[0] "ـــَ" normalises to nothing',
      '5|darfur|id|duplicate id (first at entry 2)',
    ]);
    expect(() => loadLexicon(join(FIXTURES, 'bad.json'))).toThrow(/bad\.json, entry 1, id "Bad Id", field "id"/);
  });

  it('reports invalid JSON with its line and column', () => {
    expect(() => loadLexicon(join(FIXTURES, 'broken.json'))).toThrow(/broken\.json: invalid JSON at line 1, column \d+/);
  });

  it('reports a missing file', () => {
    expect(() => loadLexicon(join(FIXTURES, 'nope.json'))).toThrow(/nope\.json: cannot read the file: no such file/);
  });

  it('rejects unknown fields and wrong types', () => {
    const problems = problemsOf(() =>
      defineLexicon({ entries: [{ id: 'a', type: 'actor', subtype: 'group', names: ['الأكراد'], colour: 'red', adjectives: 'كردي' }], extra: 1 }, 'inline'),
    );
    expect(problems).toEqual(['-1||extra|unknown top-level field "extra"', '0|a|colour|unknown field "colour"', '0|a|adjectives|adjectives must be an array of strings']);
  });

  it('loads a valid file', () => {
    const lexicon = loadLexicon(join(FIXTURES, 'sudan.json'));
    expect(lexicon.entries.map((e) => e.id)).toContain('rapid-support-forces');
    expect(Object.isFrozen(lexicon.entries[0])).toBe(true);
  });
});

describe('compiling: conflicts across entries', () => {
  it('rejects one name under entries of different types unless declared ambiguous', () => {
    const clash = defineLexicon({ entries: [{ id: 'hama-city', type: 'actor', subtype: 'group', names: ['روسيا'] }] }, 'clash');
    expect(() => createExtractor({ lexicons: [clash] })).toThrow(/clash, entry 0, id "hama-city", field "names": name «روسيا» is also a name of "russia"/);
    const declared = defineLexicon({ entries: [{ id: 'baku-fans', type: 'actor', subtype: 'group', names: ['روسيا'], ambiguous: ['روسيا'] }] }, 'ok');
    expect(() => createExtractor({ lexicons: [declared] })).not.toThrow();
  });

  it('never half-loads: a bad lexicon leaves existing extractors unchanged', () => {
    const extractor = createExtractor();
    const before = extractor.extract('وصل إلى روسيا').mentions;
    const clash = defineLexicon({ entries: [{ id: 'x', type: 'actor', subtype: 'group', names: ['روسيا'] }] });
    expect(() => createExtractor({ lexicons: [clash] })).toThrow(LexiconError);
    expect(extractor.extract('وصل إلى روسيا').mentions).toEqual(before);
  });

  it('rejects removing an id nobody loaded', () => {
    expect(() => createExtractor({ remove: ['atlantis'] })).toThrow(/cannot remove "atlantis"/);
  });
});
