import { describe, expect, it } from 'vitest';
import { numberMentions, numbersAlone } from './extract-helpers.js';
import { formatSuite, rate, runNemo, runRt, type SuiteReport } from './peer-harness.js';

/**
 * Peer suites: Recognizers-Text's Arabic number specs (the cases its .NET harness
 * checks) and NeMo's Arabic inverse-normalization pairs. Each prints its pass rate;
 * the floors sit just under what the recognizer achieves and go up as it improves.
 * Cases our news conventions answer differently are listed with a reason in
 * fixtures/numbers/peer-differences.json and counted in the raw rate.
 */

const extract = (text: string): ReturnType<typeof numberMentions> => numberMentions(text);

function check(report: SuiteReport, floor: number, rawFloor: number): void {
  console.log(formatSuite(report));
  if (rate(report.passed, report.total) < floor) console.log(report.failures.join('\n'));
  expect(report.stale, 'known differences that pass now: remove them from peer-differences.json').toEqual([]);
  expect(rate(report.passed, report.total)).toBeGreaterThanOrEqual(floor);
  expect(rate(report.rawPassed, report.rawTotal)).toBeGreaterThanOrEqual(rawFloor);
}

describe('peer suites', () => {
  // NumberModel measures numerals wherever they stand, inside durations too («في ٣ سنوات»):
  // the numbers recognizer runs alone, so no date takes them over.
  it('Recognizers-Text NumberModel (checked by .NET) ↔ cardinals, numbers recognizer alone', () => {
    check(runRt('NumberModel.json', 'cardinal', numbersAlone), 0.99, 0.9);
  });

  it('Recognizers-Text PercentModel (checked by .NET) ↔ percent', () => {
    check(runRt('PercentModel.json', 'percent', extract), 0.95, 0.8);
  });

  it('Recognizers-Text OrdinalModel (checked by .NET) ↔ ordinals', () => {
    check(runRt('OrdinalModel.json', 'ordinal', extract), 0.95, 0.39);
  });

  it('Recognizers-Text OrdinalModelSuppressExtendedTypes ↔ ordinals without relative ones', () => {
    check(runRt('OrdinalModelSuppressExtendedTypes.json', 'ordinal', extract), 0.94, 0.94);
  });

  it('NeMo cardinal pairs (words → digits)', () => {
    check(runNemo('test_cases_cardinal.txt', extract), 0.97, 0.97);
  });

  it('NeMo whitelist: phrases without numbers', () => {
    check(runNemo('test_cases_whitelist.txt', extract, true), 1, 1);
  });
});
