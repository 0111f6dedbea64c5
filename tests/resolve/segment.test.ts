import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { Candidate } from '../../src/recognizers/types.js';
import { fillFromDocument, keepSupported, linkPartialNames } from '../../src/resolve/document.js';
import { mergeByStart, resolveSortedOverlaps, sortByStart } from '../../src/resolve/overlaps.js';
import { SegmentResolver } from '../../src/resolve/segment.js';

/** The resolve steps on the whole list at once: what the resolver must give chunk by chunk. */
function batch(all: Candidate[], text: ReturnType<typeof normalize>): Candidate[] {
  const kept = resolveSortedOverlaps(fillFromDocument(keepSupported(all)));
  return mergeByStart(kept, linkPartialNames(kept, text));
}

/** The resolver fed `chunks` in turn: what it settles on the way, merged with what it gives at the end. */
function streamed(chunks: Candidate[][], text: ReturnType<typeof normalize>): { settled: Candidate[]; late: Candidate[] } {
  const settled: Candidate[] = [];
  const resolver = new SegmentResolver(text, (c) => settled.push(c));
  for (const chunk of chunks) resolver.add(chunk);
  return { settled, late: resolver.finish() };
}

// Words normalization leaves as they are, so a word's offsets are the same in both texts.
const WORDS = ['قال', 'المتحدث', 'الهام', 'علييف', 'نيكول', 'باشينيان', 'وزير', 'الدفاع', 'تونس', 'في', 'بشار', 'الاسد', 'لاسد'];

describe('SegmentResolver: the resolve steps chunk by chunk', () => {
  it('settles a cluster as soon as the sweep has passed it, and holds one whose pick waits on the document', () => {
    const text = normalize('قالت وزارة الخارجية الأذربيجانية إن وزارة الخارجية ردت وإن أذربيجان');
    const at = (word: string, from = 0) => text.text.indexOf(normalize(word).text, from);
    const composed: Candidate = { type: 'actor', subtype: 'organization', start: at('وزارة'), end: at('الأذربيجانية') + 'الأذربيجانية'.length, id: 'azerbaijan-ministry-of-foreign-affairs', country: 'azerbaijan', source: 'lexicon', priority: 80 };
    const bareInside: Candidate = { type: 'actor', subtype: 'organization', start: at('وزارة'), end: at('الخارجية') + 'الخارجية'.length, idTemplate: '{country}-ministry-of-foreign-affairs', source: 'lexicon', priority: 70 };
    const bareAlone: Candidate = { ...bareInside, start: at('وزارة', composed.end), end: at('الخارجية', composed.end) + 'الخارجية'.length };
    const country: Candidate = { type: 'place', subtype: 'country', start: at('أذربيجان', bareAlone.end), end: text.text.length, id: 'azerbaijan', source: 'lexicon', priority: 100 };
    const { settled, late } = streamed([sortByStart([composed, bareInside]), [bareAlone], [country]], text);
    // The bare «وزارة الخارجية» inside the composed name loses whatever the document says: settled at once.
    expect(settled).toEqual([composed, country]);
    // The bare one alone needs the document's country, named only after it.
    expect(late).toEqual([{ type: 'actor', subtype: 'organization', start: bareAlone.start, end: bareAlone.end, id: 'azerbaijan-ministry-of-foreign-affairs', country: 'azerbaijan', confidence: 0.6, source: 'lexicon', priority: 70 }]);
  });

  it('gives a surname to the person named first in the text, even one settled last', () => {
    const text = normalize('قال بشار الاسد ثم قال الرئيس بشار الاسد إن الاسد');
    const first: Candidate = { type: 'actor', subtype: 'person', start: 4, end: 14, id: 'waiting-assad', source: 'lexicon', priority: 100, needsSupport: true };
    const support: Candidate = { type: 'place', subtype: 'city', start: 0, end: 3, id: 'waiting-assad', source: 'lexicon', priority: 100 };
    const second: Candidate = { type: 'actor', subtype: 'person', start: 29, end: 39, id: 'bashar-al-assad', source: 'lexicon', priority: 100 };
    expect(text.text.slice(first.start, first.end)).toBe('بشار الاسد');
    expect(text.text.slice(second.start, second.end)).toBe('بشار الاسد');
    const { settled, late } = streamed([[support, first], [second]], text);
    expect(settled.map((c) => c.id)).toEqual(['waiting-assad', 'bashar-al-assad']);
    expect(late.map((c) => [text.text.slice(c.start, c.end), c.id])).toEqual([
      ['بشار الاسد', 'waiting-assad'],
      ['الاسد', 'waiting-assad'],
    ]);
  });

  it('gives what the steps give on the whole list, however the list is cut (fast-check, 2,000 runs)', () => {
    const span = fc.record({ word: fc.nat(29), words: fc.integer({ min: 1, max: 3 }) });
    const candidate = fc.record({
      span,
      kind: fc.constantFrom('country', 'city', 'person', 'organization', 'bare', 'number'),
      id: fc.constantFrom('azerbaijan', 'armenia', 'tunisia', 'p1', 'p2'),
      source: fc.constantFrom('lexicon', 'rule:x', 'fuzzy'),
      priority: fc.nat(3),
      needsSupport: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 30, maxLength: 30 }), fc.array(candidate, { maxLength: 30 }), fc.array(fc.nat(30), { maxLength: 4 }), (words, specs, cuts) => {
        const raw = words.join(' ');
        const text = normalize(raw);
        expect(text.text).toBe(raw);
        const starts: number[] = [];
        words.reduce((at, word) => (starts.push(at), at + word.length + 1), 0);
        const all = specs.map(({ span: s, kind, id, source, priority, needsSupport }): Candidate => {
          const last = Math.min(words.length - 1, s.word + s.words - 1);
          const start = starts[s.word] as number;
          const end = (starts[last] as number) + (words[last] as string).length;
          const base = { start, end, source: source as Candidate['source'], priority };
          if (kind === 'number') return { type: 'number', subtype: 'cardinal', value: 1, ...base };
          if (kind === 'bare') return { type: 'actor', subtype: 'organization', idTemplate: '{country}-ministry-of-defense', ...base, source: 'lexicon' };
          const c: Candidate =
            kind === 'person' ? { type: 'actor', subtype: 'person', id, ...base } : kind === 'organization' ? { type: 'actor', subtype: 'organization', id, ...base } : { type: 'place', subtype: kind, id, ...base };
          if (needsSupport) c.needsSupport = true;
          return c;
        });
        const sorted = sortByStart(all);
        const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b).map((k) => Math.min(k, sorted.length)), sorted.length];
        const chunks = bounds.slice(1).map((to, k) => sorted.slice(bounds[k], to));
        const { settled, late } = streamed(chunks, text);
        expect(mergeByStart(settled, late)).toEqual(batch([...sorted], text));
      }),
      { numRuns: 2000 },
    );
  });
});
