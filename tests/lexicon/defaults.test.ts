import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../../src/lexicon/compile.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS, DEFAULT_LEXICONS } from '../../src/lexicon/defaults.js';
import { lexiconProblems } from '../../src/lexicon/validate.js';

const ROOT = join(import.meta.dirname, '..', '..');
const LEXICONS = join(ROOT, 'lexicons');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateLexicon = ajv.compile(readJson(join(LEXICONS, 'schema.json')) as object);
const lexiconFiles = readdirSync(LEXICONS).filter((f) => f.endsWith('.json') && !f.includes('schema') && !['compositions.json', 'designators.json'].includes(f));

describe('bundled lexicons', () => {
  it.each(lexiconFiles)('%s passes lexicons/schema.json and the loader', (file) => {
    const source = readJson(join(LEXICONS, file)) as { $schema?: string };
    expect(source.$schema).toBe('./schema.json');
    expect(validateLexicon(source), JSON.stringify(validateLexicon.errors?.slice(0, 3))).toBe(true);
    expect(lexiconProblems(source, file)).toEqual([]);
  });

  it('are all loaded by default, and compile without conflicts', () => {
    expect(DEFAULT_LEXICONS.map((l) => l.name.replace('lexicons/', '')).sort()).toEqual([...lexiconFiles].sort());
    expect(() => compileLexicons(DEFAULT_LEXICONS, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS)).not.toThrow();
  });

  it('compositions.json and designators.json pass their schemas', () => {
    for (const name of ['compositions', 'designators']) {
      const validate = ajv.compile(readJson(join(LEXICONS, `${name}.schema.json`)) as object);
      expect(validate(readJson(join(LEXICONS, `${name}.json`))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('cover the beat: ≥ 400 places, ≥ 150 people, ≥ 120 organisations', () => {
    const entries = DEFAULT_LEXICONS.flatMap((l) => l.entries);
    const count = (predicate: (e: (typeof entries)[number]) => boolean): number => entries.filter(predicate).length;
    const counts = {
      places: count((e) => e.type === 'place'),
      people: count((e) => e.subtype === 'person'),
      organizations: count((e) => e.subtype === 'organization'),
      groups: count((e) => e.subtype === 'group'),
    };
    console.log('bundled lexicon entries:', counts);
    expect(counts.places).toBeGreaterThanOrEqual(400);
    expect(counts.people).toBeGreaterThanOrEqual(150);
    expect(counts.organizations).toBeGreaterThanOrEqual(120);
  });

  it('reuse the ids of the corpus (fixtures/corpus/ids.md) for every entity a lexicon can hold', () => {
    const ids = new Set(DEFAULT_LEXICONS.flatMap((l) => l.entries.map((e) => e.id)));
    const table = readFileSync(join(ROOT, 'fixtures', 'corpus', 'ids.md'), 'utf8');
    // Bodies named by head + nationality and rule-found people are not lexicon entries.
    const composed = /-(ministry-of-[a-z-]+|armed-forces|government|authorities|presidential-administration|fighters|militants)$/u;
    const notInLexicon = new Set(['kajin-ahmed']);
    const wanted = [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gmu)].map((m) => m[1] ?? '').filter((id) => !composed.test(id) && !notInLexicon.has(id));
    expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('lexicons/schema.json and the loader agree', () => {
  it('both reject the bad fixture', () => {
    const bad = readJson(join(ROOT, 'fixtures', 'lexicons', 'bad.json'));
    expect(validateLexicon(bad)).toBe(false);
    expect(lexiconProblems(bad, 'bad.json').length).toBeGreaterThan(0);
  });

  it('both accept the Sudan example', () => {
    const good = readJson(join(ROOT, 'fixtures', 'lexicons', 'sudan.json'));
    expect(validateLexicon(good), JSON.stringify(validateLexicon.errors)).toBe(true);
    expect(lexiconProblems(good, 'sudan.json')).toEqual([]);
  });
});
