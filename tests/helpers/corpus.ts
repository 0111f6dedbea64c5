import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoredMention } from '../../src/evaluate/index.js';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');

export interface CorpusDocument {
  name: string;
  text: string;
  referenceDate: string;
  mentions: ScoredMention[];
}

/** The bundled seed articles with their gold annotations, in name order. */
export function loadCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { referenceDate: string; mentions: ScoredMention[] };
      return { name, text: readFileSync(join(dir, `${name}.txt`), 'utf8'), referenceDate: gold.referenceDate, mentions: gold.mentions };
    });
}
