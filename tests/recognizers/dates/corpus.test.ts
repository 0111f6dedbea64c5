import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../../src/extract.js';
import { evaluate } from '../../../src/evaluate/index.js';
import { loadCorpus } from '../../helpers/corpus.js';

// The issue's bar: on fixtures/corpus, date strict F1 ≥ 0.95 and value accuracy ≥ 0.97.
describe('dates on the seed corpus', () => {
  const docs = loadCorpus();
  const extractor = createExtractor({ types: ['date'] });
  const predicted = docs.map((doc) => extractor.extract(doc.text, { referenceDate: doc.referenceDate }).mentions);
  const gold = docs.map((doc) => doc.mentions.filter((mention) => mention.type === 'date'));
  const report = evaluate(predicted, gold);
  const row = report.byType.date;

  it('finds the gold date spans (strict F1 ≥ 0.95)', () => {
    const wrong = report.errors.filter((error) => error.kind === 'missed' || error.kind === 'spurious');
    console.log(
      `dates: strict P ${row?.strict.precision.toFixed(3)} R ${row?.strict.recall.toFixed(3)} F1 ${row?.strict.f1.toFixed(3)}; ` +
        `value ${row?.value.correct}/${row?.value.total}; ` +
        `errors: ${wrong.map((error) => `${error.kind} «${error.gold?.text ?? error.predicted?.text}» (doc ${error.document})`).join(', ') || 'none'}`,
    );
    expect(row?.strict.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('resolves them (value accuracy ≥ 0.97, attributes all right)', () => {
    expect(row?.value.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(row?.attributes.accuracy).toBe(1);
  });
});
