import type { MentionType } from '../types.js';

/** The fields of a mention that scoring reads (the gold format of GUIDELINES.md). */
export interface ScoredMention {
  type: string;
  subtype: string;
  start: number;
  end: number;
  text?: string;
  id?: string;
  value?: number | string | null;
  qualifier?: string;
  unit?: string;
  mod?: string;
}

/** Precision, recall and F1 with the counts behind them. */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** How many of `total` were right; `accuracy` is null when there was nothing to check. */
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

/** One row of the score table. */
export interface ScoreRow {
  /** Same type, start and end. */
  strict: PRF;
  /** Same type, overlapping spans (one-to-one). */
  partial: PRF;
  /** Over strict matches whose gold has a value: same value. */
  value: Accuracy;
  /** Over strict matches whose gold has an id: same id. */
  id: Accuracy;
  /** Over strict number/date matches: same qualifier, unit and mod. */
  attributes: Accuracy;
}

/** A mention that scoring found wrong, for error analysis. */
export interface ScoringError {
  document: number;
  kind: 'missed' | 'spurious' | 'value' | 'id' | 'attributes';
  gold?: ScoredMention;
  predicted?: ScoredMention;
}

export interface EvaluationReport {
  overall: ScoreRow;
  /** Keyed by type: actor, place, number, date. */
  byType: Record<string, ScoreRow>;
  /** Keyed by "type/subtype"; a subtype mismatch counts as a miss and a spurious here. */
  bySubtype: Record<string, ScoreRow>;
  errors: ScoringError[];
}

type Docs = readonly (readonly ScoredMention[])[];

/**
 * Scores predicted mentions against gold, per type and per subtype.
 * Pass one document's mention arrays, or arrays of documents (same order on both sides).
 *
 * @example
 * const report = evaluate(extract(text).mentions, gold.mentions);
 * report.byType.place?.strict.f1; // 0.97
 */
export function evaluate(
  predicted: readonly ScoredMention[] | Docs,
  gold: readonly ScoredMention[] | Docs,
): EvaluationReport {
  const predictedDocs = asDocs(predicted, 'predicted');
  const goldDocs = asDocs(gold, 'gold');
  if (predictedDocs.length !== goldDocs.length) {
    throw new RangeError(
      `arabic-entities: evaluate() got ${predictedDocs.length} predicted documents and ${goldDocs.length} gold documents`,
    );
  }
  const errors: ScoringError[] = [];
  const overall = scoreRow(predictedDocs, goldDocs, () => true, errors);
  const byType: Record<string, ScoreRow> = {};
  const bySubtype: Record<string, ScoreRow> = {};
  const keys = new Set<string>();
  for (const doc of [...predictedDocs, ...goldDocs]) for (const m of doc) keys.add(`${m.type}/${m.subtype}`);
  const types = new Set([...keys].map((k) => k.split('/')[0] ?? ''));
  for (const type of [...types].sort(typeOrder)) {
    byType[type] = scoreRow(predictedDocs, goldDocs, (m) => m.type === type, null);
  }
  for (const key of [...keys].sort(typeOrder)) {
    bySubtype[key] = scoreRow(predictedDocs, goldDocs, (m) => `${m.type}/${m.subtype}` === key, null);
  }
  return { overall, byType, bySubtype, errors };
}

const TYPE_ORDER: readonly MentionType[] = ['actor', 'place', 'number', 'date'];
function typeOrder(a: string, b: string): number {
  const rank = (s: string): number => {
    const i = TYPE_ORDER.indexOf((s.split('/')[0] ?? '') as MentionType);
    return i < 0 ? TYPE_ORDER.length : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function asDocs(input: readonly ScoredMention[] | Docs, side: string): Docs {
  if (!Array.isArray(input)) {
    throw new TypeError(`arabic-entities: evaluate() expects an array of ${side} mentions, got ${typeof input}`);
  }
  if (input.length > 0 && input.every((item) => Array.isArray(item))) return input as Docs;
  return [input as readonly ScoredMention[]];
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

const overlaps = (a: ScoredMention, b: ScoredMention): boolean => a.start < b.end && b.start < a.end;

function sameValue(a: ScoredMention['value'], b: ScoredMention['value']): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return a === b;
}

function sameAttributes(p: ScoredMention, g: ScoredMention): boolean {
  const qualifier = (m: ScoredMention): string => m.qualifier ?? 'exact';
  return qualifier(p) === qualifier(g) && (p.unit ?? '') === (g.unit ?? '') && (p.mod ?? '') === (g.mod ?? '');
}

function scoreRow(
  predictedDocs: Docs,
  goldDocs: Docs,
  keep: (m: ScoredMention) => boolean,
  errors: ScoringError[] | null,
): ScoreRow {
  let strictTp = 0;
  let partialTp = 0;
  let predictedCount = 0;
  let goldCount = 0;
  let valueOk = 0;
  let valueTotal = 0;
  let idOk = 0;
  let idTotal = 0;
  let attrOk = 0;
  let attrTotal = 0;

  goldDocs.forEach((goldDoc, document) => {
    const golds = goldDoc.filter(keep);
    const preds = (predictedDocs[document] ?? []).filter(keep);
    predictedCount += preds.length;
    goldCount += golds.length;

    const byKey = new Map<string, ScoredMention>();
    for (const p of preds) byKey.set(`${p.type}|${p.start}|${p.end}`, p);
    const strictMatched = new Set<ScoredMention>();
    for (const g of golds) {
      const p = byKey.get(`${g.type}|${g.start}|${g.end}`);
      if (!p || strictMatched.has(p)) {
        errors?.push({ document, kind: 'missed', gold: g });
        continue;
      }
      strictMatched.add(p);
      strictTp += 1;
      if (g.value !== undefined) {
        valueTotal += 1;
        if (sameValue(p.value, g.value)) valueOk += 1;
        else errors?.push({ document, kind: 'value', gold: g, predicted: p });
      }
      if (g.id !== undefined) {
        idTotal += 1;
        if (p.id === g.id) idOk += 1;
        else errors?.push({ document, kind: 'id', gold: g, predicted: p });
      }
      if (g.type === 'number' || g.type === 'date') {
        attrTotal += 1;
        if (sameAttributes(p, g)) attrOk += 1;
        else errors?.push({ document, kind: 'attributes', gold: g, predicted: p });
      }
    }
    for (const p of preds) if (!strictMatched.has(p)) errors?.push({ document, kind: 'spurious', predicted: p });

    const partialMatched = new Set<ScoredMention>();
    for (const g of golds) {
      const p = preds.find((candidate) => !partialMatched.has(candidate) && candidate.type === g.type && overlaps(candidate, g));
      if (p) {
        partialMatched.add(p);
        partialTp += 1;
      }
    }
  });

  return {
    strict: prf(strictTp, predictedCount - strictTp, goldCount - strictTp),
    partial: prf(partialTp, predictedCount - partialTp, goldCount - partialTp),
    value: accuracy(valueOk, valueTotal),
    id: accuracy(idOk, idTotal),
    attributes: accuracy(attrOk, attrTotal),
  };
}

/** The report as a fixed-width text table, one line per type and subtype. */
export function formatReport(report: EvaluationReport): string {
  const pct = (x: number | null): string => (x === null ? '    –' : (100 * x).toFixed(1).padStart(5));
  const header = `${'scope'.padEnd(22)} ${'gold'.padStart(5)} ${'pred'.padStart(5)}  strict P     R    F1 | partial F1 | value  id    attrs`;
  const line = (name: string, row: ScoreRow): string =>
    `${name.padEnd(22)} ${String(row.strict.tp + row.strict.fn).padStart(5)} ${String(row.strict.tp + row.strict.fp).padStart(5)}  ` +
    `${pct(row.strict.precision)} ${pct(row.strict.recall)} ${pct(row.strict.f1)} |      ${pct(row.partial.f1)} | ` +
    `${pct(row.value.accuracy)} ${pct(row.id.accuracy)} ${pct(row.attributes.accuracy)}`;
  const lines = [header, '-'.repeat(header.length)];
  for (const [type, row] of Object.entries(report.byType)) {
    lines.push(line(type, row));
    for (const [key, sub] of Object.entries(report.bySubtype)) if (key.startsWith(`${type}/`)) lines.push(line(`  ${key}`, sub));
  }
  lines.push('-'.repeat(header.length), line('overall', report.overall));
  return lines.join('\n');
}
