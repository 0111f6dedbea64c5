import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../../src/types.js';

/** Runs a peer project's test data through our extractor and scores it. */

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const RT_DIR = join(ROOT, 'fixtures', 'peers', 'recognizers-text', 'Number', 'Arabic');
export const NEMO_DIR = join(ROOT, 'fixtures', 'peers', 'nemo-text-processing', 'data_inverse_text_normalization');
const DIFFERENCES_FILE = join(ROOT, 'fixtures', 'numbers', 'peer-differences.json');

/** Text in, number mentions out (createExtractor({ types: ['number'] }) in the tests). */
export type NumberExtractor = (text: string) => readonly Mention[];

/** One Recognizers-Text spec case (Specs/Number/Arabic/*.json). */
export interface RtCase {
  Input: string;
  NotSupported?: string;
  NotSupportedByDesign?: string;
  IgnoreResolution?: boolean | string;
  Results?: RtResult[];
}

export interface RtResult {
  Text: string;
  /** Inclusive, as in Recognizers-Text. */
  Start: number;
  End: number;
  TypeName: string;
  Resolution?: { value?: string; offset?: string } | string;
}

/** A case we knowingly answer differently, with the reason (fixtures/numbers/peer-differences.json). */
interface Difference {
  input?: string;
  typeName?: string;
  reason: string;
}

interface DifferenceFile {
  recognizersText: Record<string, Difference[]>;
  nemo: Record<string, Difference[]>;
}

export function loadDifferences(): DifferenceFile {
  return JSON.parse(readFileSync(DIFFERENCES_FILE, 'utf8')) as DifferenceFile;
}

export function loadRt(file: string): RtCase[] {
  return JSON.parse(readFileSync(join(RT_DIR, file), 'utf8')) as RtCase[];
}

/** The subset the .NET harness really checks: neither flag mentions dotnet. */
export function checkedByDotnet(c: RtCase): boolean {
  return ![c.NotSupported, c.NotSupportedByDesign].some((flag) => typeof flag === 'string' && flag.toLowerCase().includes('dotnet'));
}

const ignoresResolution = (c: RtCase): boolean => c.IgnoreResolution === true || c.IgnoreResolution === 'true';

/** «0.666666666666667» (15 digits, as .NET prints) equals 2/3. */
export function sameNumber(actual: unknown, expected: number): boolean {
  if (typeof actual !== 'number') return false;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

function expectedValue(result: RtResult): number | null {
  const resolution = result.Resolution;
  if (resolution === undefined || typeof resolution === 'string') return null;
  const raw = resolution.value ?? resolution.offset;
  if (raw === undefined) return null;
  const value = Number(raw.replace('%', ''));
  return Number.isFinite(value) ? value : null;
}

/** Proclitics glued to a word that our spans leave out (GUIDELINES.md: «وأذربيجان» → «أذربيجان»). */
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * Our span and Recognizers-Text's differ only by one of our conventions:
 * (a) ours includes a qualifier before the number («أكثر من 200») that RT leaves out —
 * ours is qualified, both end together and RT's text is the tail of ours;
 * (b) ours leaves out a glued proclitic («بألفين» → «ألفين») that RT keeps.
 */
function mappedSpan(got: Mention, want: RtResult): boolean {
  const wantEnd = want.End + 1;
  const qualifier =
    got.qualifier !== undefined && got.qualifier !== 'exact' && got.end === wantEnd && got.start < want.Start && got.text.endsWith(want.Text);
  const proclitic =
    got.end === wantEnd && want.Start + 1 === got.start && want.Text.length === got.text.length + 1 && PROCLITICS.has(want.Text.charAt(0)) && want.Text.slice(1) === got.text;
  return qualifier || proclitic;
}

/** A case's verdict: `failure` is null when it passed; `mapped` when a span passed through {@link mappedSpan}. */
export interface RtCheck {
  failure: string | null;
  mapped: boolean;
}

/** Why a case failed, or null when it passed (spans mapped by {@link mappedSpan} pass). */
export function rtVerdict(c: RtCase, mentions: readonly Mention[]): string | null {
  return rtCheck(c, mentions).failure;
}

export function rtCheck(c: RtCase, mentions: readonly Mention[]): RtCheck {
  const expected = c.Results ?? [];
  const fail = (failure: string): RtCheck => ({ failure, mapped: false });
  if (mentions.length !== expected.length) {
    return fail(`expected ${expected.length} result(s), got ${mentions.length}: ${mentions.map((m) => `«${m.text}»=${String(m.value)}`).join(', ')}`);
  }
  let mapped = false;
  for (const [k, want] of expected.entries()) {
    const got = mentions[k];
    if (!got) return fail('missing result');
    if (got.start !== want.Start || got.end !== want.End + 1 || got.text !== want.Text) {
      if (!mappedSpan(got, want)) return fail(`span «${got.text}» [${got.start},${got.end}) ≠ «${want.Text}» [${want.Start},${want.End + 1})`);
      mapped = true;
    }
    const value = expectedValue(want);
    if (!ignoresResolution(c) && value !== null && !sameNumber(got.value, value)) {
      return fail(`value ${String(got.value)} ≠ ${value}`);
    }
  }
  return { failure: null, mapped };
}

export interface SuiteReport {
  name: string;
  /** Cases scored: checked by .NET, minus known differences. */
  total: number;
  passed: number;
  /** Checked by .NET, all of them, known differences counted as failures. */
  rawTotal: number;
  rawPassed: number;
  knownDifferences: number;
  /** Raw passes whose span differs only by a convention mapped in {@link rtCheck}. */
  mapped: number;
  /** Known differences that pass now: the list should lose them. */
  stale: string[];
  failures: string[];
}

export const rate = (passed: number, total: number): number => (total === 0 ? 1 : passed / total);

export function formatSuite(r: SuiteReport): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  return (
    `${r.name}: ${r.passed}/${r.total} = ${pct(rate(r.passed, r.total))} ` +
    `(${r.knownDifferences} known differences; raw ${r.rawPassed}/${r.rawTotal} = ${pct(rate(r.rawPassed, r.rawTotal))}` +
    `${r.mapped > 0 ? `, ${r.mapped} mapped` : ''})`
  );
}

/**
 * Scores one Recognizers-Text model file on its .NET-checked cases, comparing only our
 * mentions of `subtype` (NumberModel ↔ cardinal, PercentModel ↔ percent, OrdinalModel ↔ ordinal).
 */
export function runRt(file: string, subtype: Mention['subtype'], extract: NumberExtractor): SuiteReport {
  const differences = loadDifferences().recognizersText[file] ?? [];
  const report: SuiteReport = { name: `Recognizers-Text ${file}`, total: 0, passed: 0, rawTotal: 0, rawPassed: 0, knownDifferences: 0, mapped: 0, stale: [], failures: [] };
  for (const c of loadRt(file).filter(checkedByDotnet)) {
    const mentions = extract(c.Input).filter((m) => m.subtype === subtype);
    const { failure: verdict, mapped } = rtCheck(c, mentions);
    if (mapped) report.mapped += 1;
    const known = differences.find(
      (d) => d.input === c.Input || (d.typeName !== undefined && (c.Results ?? []).some((r) => r.TypeName === d.typeName)),
    );
    report.rawTotal += 1;
    if (verdict === null) report.rawPassed += 1;
    if (known) {
      report.knownDifferences += 1;
      if (verdict === null && known.input !== undefined) report.stale.push(c.Input);
      continue;
    }
    report.total += 1;
    if (verdict === null) report.passed += 1;
    else report.failures.push(`${JSON.stringify(c.Input)}: ${verdict}`);
  }
  return report;
}

/** `left~right` lines of a NeMo test file. */
export function loadNemo(file: string): [string, string][] {
  return readFileSync(join(NEMO_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.includes('~'))
    .map((line) => {
      const [left = '', right = ''] = line.split('~');
      return [left, right];
    });
}

/**
 * NeMo inverse normalization, words → digits: one number mention covering the whole
 * input whose value is the written form (`test_cases_cardinal.txt`); or, for
 * `test_cases_whitelist.txt`, no number at all.
 */
export function runNemo(file: string, extract: NumberExtractor, expectNone = false): SuiteReport {
  const differences = loadDifferences().nemo[file] ?? [];
  const report: SuiteReport = { name: `NeMo ${file}`, total: 0, passed: 0, rawTotal: 0, rawPassed: 0, knownDifferences: 0, mapped: 0, stale: [], failures: [] };
  for (const [spoken, written] of loadNemo(file)) {
    const mentions = extract(spoken);
    let verdict: string | null = null;
    if (expectNone) {
      if (mentions.length > 0) verdict = `expected nothing, got ${mentions.map((m) => `«${m.text}»`).join(', ')}`;
    } else {
      const only = mentions[0];
      const want = Number(written);
      if (mentions.length !== 1 || !only) verdict = `expected one number, got ${mentions.length}: ${mentions.map((m) => `«${m.text}»=${String(m.value)}`).join(', ')}`;
      else if (only.text !== spoken.trim()) verdict = `span «${only.text}» ≠ «${spoken.trim()}»`;
      else if (!sameNumber(only.value, want)) verdict = `value ${String(only.value)} ≠ ${written}`;
    }
    const known = differences.find((d) => d.input === spoken);
    report.rawTotal += 1;
    if (verdict === null) report.rawPassed += 1;
    if (known) {
      report.knownDifferences += 1;
      if (verdict === null) report.stale.push(spoken);
      continue;
    }
    report.total += 1;
    if (verdict === null) report.passed += 1;
    else report.failures.push(`${JSON.stringify(spoken)}: ${verdict}`);
  }
  return report;
}
