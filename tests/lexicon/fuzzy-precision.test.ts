import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract.js';
import { DEFAULT_LEXICONS } from '../../src/lexicon/defaults.js';
import type { Lexicon } from '../../src/lexicon/types.js';
import { foldName } from '../../src/lexicon/validate.js';
import { loadCorpus } from '../helpers/corpus.js';

/**
 * The corpus is spelled as the lexicons list it, so the fallback rarely fires there.
 * To measure it, every spelling seen in the gold is taken out of the lexicons (an entry
 * keeps at least one name); what the fallback then finds is scored against the gold.
 */
describe('similarity fallback on the corpus, with the corpus spellings held out', () => {
  const corpus = loadCorpus();
  const seen = new Set(corpus.flatMap((doc) => doc.mentions.filter((m) => m.type === 'actor' || m.type === 'place').map((m) => foldName(m.text ?? ''))));
  const heldOut: Lexicon[] = DEFAULT_LEXICONS.map((lexicon) => ({
    ...lexicon,
    entries: lexicon.entries.map((entry) => {
      const kept = entry.names.filter((name) => !seen.has(foldName(name)));
      return { ...entry, names: kept.length > 0 ? kept : entry.names.slice(0, 1), ambiguous: (entry.ambiguous ?? []).filter((name) => !seen.has(foldName(name))) };
    }),
  }));
  const extractor = createExtractor({ lexicons: heldOut, defaultLexicons: false, types: ['actor', 'place'] });

  it('is precise', () => {
    let fuzzy = 0;
    let correct = 0;
    let sameIdOverlap = 0;
    for (const doc of corpus) {
      const gold = new Map(doc.mentions.map((m) => [`${m.start}:${m.end}`, m]));
      for (const m of extractor.extract(doc.text).mentions) {
        if (m.source !== 'fuzzy') continue;
        fuzzy += 1;
        if (gold.get(`${m.start}:${m.end}`)?.id === m.id) correct += 1;
        else if (doc.mentions.some((g) => g.id === m.id && g.start < m.end && m.start < g.end)) sameIdOverlap += 1;
      }
    }
    const precision = fuzzy === 0 ? 1 : correct / fuzzy;
    console.log(`fuzzy fallback, corpus spellings held out: ${fuzzy} mentions, ${correct} exact (precision ${(100 * precision).toFixed(1)} %), ${sameIdOverlap} right id with another span`);
    expect(fuzzy).toBeGreaterThan(0);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
