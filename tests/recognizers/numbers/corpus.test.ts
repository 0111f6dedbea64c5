import { describe, expect, it } from 'vitest';
import { evaluate, type ScoredMention } from '../../../src/evaluate/index.js';
import { loadCorpus } from '../../helpers/corpus.js';
import { numberMentions } from './extract-helpers.js';

const inside = (m: ScoredMention, outer: ScoredMention): boolean => outer.start <= m.start && m.end <= outer.end;

describe('numbers on the seed corpus (fixtures/corpus)', () => {
  const docs = loadCorpus();
  const predicted = docs.map((d) => numberMentions(d.text, d.referenceDate));
  const gold = docs.map((d) => d.mentions.filter((m) => m.type === 'number'));
  const report = evaluate(predicted, gold);
  const row = report.byType.number;

  it('finds every gold number with its span, value, qualifier and unit (issue 4: strict F1 ≥ 0.95, values 100 %)', () => {
    expect(row?.strict.recall).toBe(1);
    expect(row?.strict.f1).toBeGreaterThanOrEqual(0.95);
    expect(row?.value.accuracy).toBe(1);
    expect(row?.attributes.accuracy).toBe(1);
  });

  it('reports nothing else, except digits and words inside gold dates that the dates recognizer did not claim', () => {
    const outsideDates: string[] = [];
    let insideDates = 0;
    for (const error of report.errors) {
      if (error.kind !== 'spurious' || !error.predicted) continue;
      const doc = docs[error.document];
      const dates = doc?.mentions.filter((m) => m.type === 'date') ?? [];
      const predictedMention = error.predicted;
      if (dates.some((d) => inside(predictedMention, d))) insideDates += 1;
      else outsideDates.push(`${doc?.name ?? '?'}: «${predictedMention.text ?? ''}» at ${predictedMention.start}`);
    }
    const strict = row?.strict;
    const tp = strict?.tp ?? 0;
    const adjustedPrecision = tp / (tp + (strict?.fp ?? 0) - insideDates);
    console.log(
      `corpus numbers: strict P ${(100 * (strict?.precision ?? 0)).toFixed(1)} R ${(100 * (strict?.recall ?? 0)).toFixed(1)} ` +
        `F1 ${(100 * (strict?.f1 ?? 0)).toFixed(1)}; ${insideDates} spurious inside gold dates; ` +
        `without them P ${(100 * adjustedPrecision).toFixed(1)}; value accuracy ${(100 * (row?.value.accuracy ?? 0)).toFixed(1)}`,
    );
    expect(outsideDates).toEqual([]);
  });
});
