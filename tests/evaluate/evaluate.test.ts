import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, type ScoredMention } from '../../src/evaluate/index.js';

const m = (type: string, subtype: string, start: number, end: number, extra: Partial<ScoredMention> = {}): ScoredMention => ({
  type,
  subtype,
  start,
  end,
  ...extra,
});

describe('evaluate', () => {
  it('scores strict and partial matches per type and subtype', () => {
    const gold = [m('place', 'country', 0, 8, { id: 'azerbaijan' }), m('place', 'region', 10, 17, { id: 'nagorno-karabakh' }), m('number', 'cardinal', 20, 22, { value: 25, qualifier: 'exact' })];
    const predicted = [m('place', 'country', 0, 8, { id: 'azerbaijan' }), m('place', 'region', 10, 14, { id: 'nagorno-karabakh' }), m('number', 'cardinal', 20, 22, { value: 26, qualifier: 'exact' })];
    const report = evaluate(predicted, gold);
    expect(report.byType.place?.strict).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(report.byType.place?.partial).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(report.byType.place?.id).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(report.byType.number?.value).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(report.bySubtype['place/region']?.strict.tp).toBe(0);
    expect(report.errors.map((e) => e.kind).sort()).toEqual(['missed', 'spurious', 'value']);
  });

  it('counts a wrong type as a miss and a spurious mention', () => {
    const report = evaluate([m('actor', 'organization', 0, 5)], [m('place', 'country', 0, 5)]);
    expect(report.overall.strict).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('checks qualifier, unit and mod as attributes', () => {
    const gold = [m('number', 'cardinal', 0, 3, { value: 10, qualifier: 'vague', unit: 'القتلى' })];
    const report = evaluate([m('number', 'cardinal', 0, 3, { value: 10, qualifier: 'vague' })], gold);
    expect(report.overall.attributes).toEqual({ correct: 0, total: 1, accuracy: 0 });
  });

  it('takes several documents at once, in order', () => {
    const report = evaluate([[m('date', 'date', 0, 4, { value: '2020' })], []], [[m('date', 'date', 0, 4, { value: '2020' })], [m('date', 'date', 1, 2)]]);
    expect(report.overall.strict).toMatchObject({ tp: 1, fn: 1, fp: 0 });
    expect(() => evaluate([[]], [[], []])).toThrow(/1 predicted documents and 2 gold documents/);
  });

  it('formats a table with a row per type and subtype', () => {
    const table = formatReport(evaluate([m('place', 'city', 0, 4)], [m('place', 'city', 0, 4)]));
    expect(table).toMatch(/place\s+1\s+1\s+100\.0\s+100\.0\s+100\.0/);
    expect(table).toContain('place/city');
  });
});
