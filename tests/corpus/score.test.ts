import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract.js';
import { evaluate, formatReport } from '../../src/evaluate/index.js';
import { loadCorpus } from '../helpers/corpus.js';

// The floors below are what the library reaches today; they rise as it improves, never fall.
const FLOORS = {
  place: { f1: 0.99, id: 1.0 },
  actor: { f1: 0.98, id: 1.0 },
  number: { f1: 0.0, value: 0.0 },
  date: { f1: 0.0, value: 0.0 },
} as const;

describe('corpus scoring', () => {
  const corpus = loadCorpus();
  const extractor = createExtractor();
  const predicted = corpus.map((doc) => extractor.extract(doc.text, { referenceDate: doc.referenceDate }).mentions);
  const report = evaluate(predicted, corpus.map((doc) => doc.mentions));

  it('prints the score table', () => {
    console.log(`\n${formatReport(report)}`);
    expect(report.overall.strict.tp + report.overall.strict.fn).toBe(corpus.reduce((n, d) => n + d.mentions.length, 0));
  });

  it.each(Object.entries(FLOORS))('%s stays above its floor', (type, floor) => {
    const row = report.byType[type];
    expect(row, `no ${type} row`).toBeDefined();
    expect(row?.strict.f1 ?? 0).toBeGreaterThanOrEqual(floor.f1);
    if ('id' in floor) expect(row?.id.accuracy ?? 0).toBeGreaterThanOrEqual(floor.id);
    if ('value' in floor) expect(row?.value.accuracy ?? 0).toBeGreaterThanOrEqual(floor.value);
  });
});
