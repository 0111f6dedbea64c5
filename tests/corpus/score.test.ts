import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract.js';
import { DEFAULT_LEXICONS } from '../../src/lexicon/defaults.js';
import { evaluate, formatReport } from '../../src/evaluate/index.js';
import { loadCorpus } from '../helpers/corpus.js';

// The floors below are what the library reaches today; they rise as it improves, never fall.
const FLOORS = {
  place: { f1: 0.99, id: 1.0 },
  actor: { f1: 0.99, id: 0.99 },
  number: { f1: 0.99, value: 1.0 },
  date: { f1: 0.99, value: 0.99 },
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

describe('rules without the lexicons (issue: names beyond the lexicon)', () => {
  it('finds people from triggers alone, with only the countries lexicon', () => {
    const corpus = loadCorpus();
    const countriesOnly = createExtractor({ defaultLexicons: false, lexicons: DEFAULT_LEXICONS.filter((l) => l.name.endsWith('countries.json')) });
    const people = (mentions: readonly { subtype: string }[]) => mentions.filter((m) => m.subtype === 'person');
    const report = evaluate(
      corpus.map((doc) => people(countriesOnly.extract(doc.text, { referenceDate: doc.referenceDate }).mentions) as never),
      corpus.map((doc) => people(doc.mentions) as never),
    );
    const row = report.bySubtype['actor/person'];
    console.log(`person, countries-only lexicon: recall ${(100 * (row?.strict.recall ?? 0)).toFixed(1)} %, precision ${(100 * (row?.strict.precision ?? 0)).toFixed(1)} %`);
    for (const e of report.errors.filter((e) => e.kind === 'missed' || e.kind === 'spurious')) console.log(`  ${e.kind}: ${e.gold?.text ?? e.predicted?.text}`);
    expect(row?.strict.recall ?? 0).toBeGreaterThanOrEqual(0.7);
  });
});
