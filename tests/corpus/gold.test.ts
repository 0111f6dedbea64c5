import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBTYPES, type MentionType } from '../../src/types.js';
import { CORPUS_DIR, loadCorpus } from '../helpers/corpus.js';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

describe('fixtures/corpus', () => {
  const corpus = loadCorpus();

  it('holds the five seed articles', () => {
    expect(corpus.length).toBe(5);
  });

  it.each(corpus.map((d) => [d.name, d] as const))('%s: every gold span is the slice of its text, sorted, flat', (_name, doc) => {
    let previousEnd = 0;
    for (const m of doc.mentions) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = m.end;
      expect((SUBTYPES[m.type as MentionType] as readonly string[] | undefined) ?? []).toContain(m.subtype);
    }
  });

  it.runIf(existsSync(SHARED))('is an unchanged copy of ../shared/corpus', () => {
    const shared = readdirSync(SHARED).sort();
    for (const file of shared) {
      expect(readFileSync(join(CORPUS_DIR, file)).equals(readFileSync(join(SHARED, file))), file).toBe(true);
    }
  });
});
