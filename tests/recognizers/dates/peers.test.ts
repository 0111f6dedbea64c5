import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/types.js';
import { dates, fixture } from './helpers.js';

/**
 * Peer suite: Microsoft Recognizers-Text's Arabic Date and Duration specs (all .NET-checked,
 * fixtures/peers/recognizers-text/README.md), run through our extractor. A case passes when
 * we return exactly its results: same spans, same type, and for parser specs the same value
 * (conventions mapped as fixtures/dates/recognizers-text-differences.json says). Every other
 * case must be listed there with its reason.
 */
const SPEC_DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'peers', 'recognizers-text', 'DateTime', 'Arabic');

interface RtResult {
  Text: string;
  Start: number;
  Length: number;
  Type: string;
  Value?: {
    Timex: string;
    FutureResolution?: Record<string, string>;
    PastResolution?: Record<string, string>;
  };
}

interface RtSpec {
  Input: string;
  Context?: { ReferenceDateTime: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  IgnoreResolution?: boolean | string;
  Results: RtResult[];
}

interface Differences {
  reasons: Record<string, string>;
  cases: { file: string; input: string; reason: string }[];
}

const differences = fixture<Differences>('recognizers-text-differences.json');

/** Pass-rate floors, just under what the suite reaches; raise them as it improves. */
const FLOORS: Record<string, number> = {
  'DateExtractor.json': 0.6,
  'DateParser.json': 0.55,
  'DurationExtractor.json': 0.96,
  'DurationParser.json': 0.97,
};

const TYPES: Record<string, string> = { date: 'date', duration: 'duration', daterange: 'range' };
const YAWM = 'يوم ';

/** Why a case fails, or null when it passes. */
function mismatch(spec: RtSpec, mentions: readonly Mention[], parser: boolean): string | null {
  if (mentions.length !== spec.Results.length) return `${mentions.length} mentions for ${spec.Results.length}`;
  for (const [k, want] of spec.Results.entries()) {
    const got = mentions[k];
    if (!got) return 'missing';
    // Convention leading-yawm: RT leaves «يوم» out of the span.
    const yawm = got.text.startsWith(YAWM) && !want.Text.startsWith(YAWM);
    const text = yawm ? got.text.slice(YAWM.length) : got.text;
    const start = yawm ? got.start + YAWM.length : got.start;
    if (text !== want.Text || start !== want.Start) return `span «${got.text}»@${got.start} for «${want.Text}»@${want.Start}`;
    if (got.subtype !== TYPES[want.Type]) return `subtype ${got.subtype} for ${want.Type}`;
    const ignored = spec.IgnoreResolution === true || spec.IgnoreResolution === 'true';
    if (!parser || ignored || !want.Value) continue;
    const { Timex: timex } = want.Value;
    // Convention unanchored-timex: an open year or week matches either resolution.
    const accepted = timex.includes('X') && !timex.startsWith('P')
      ? [want.Value.FutureResolution?.date, want.Value.PastResolution?.date]
      : [timex];
    if (!accepted.includes(String(got.value))) return `value ${String(got.value)} for ${accepted.join(' or ')}`;
  }
  return null;
}

for (const file of Object.keys(FLOORS)) {
  describe(`Recognizers-Text ${file}`, () => {
    const specs = (JSON.parse(readFileSync(join(SPEC_DIR, file), 'utf8')) as RtSpec[]).filter(
      (spec) => !`${spec.NotSupported ?? ''},${spec.NotSupportedByDesign ?? ''}`.includes('dotnet'),
    );
    const parser = file.includes('Parser');
    const known = new Map(differences.cases.filter((c) => c.file === file).map((c) => [c.input, c.reason]));
    const outcomes = specs.map((spec) => {
      // Convention no-context: no reference rather than the clock.
      const reference = spec.Context?.ReferenceDateTime.slice(0, 10) ?? null;
      return { spec, why: mismatch(spec, dates(spec.Input, reference), parser) };
    });
    const passed = outcomes.filter((o) => o.why === null).length;
    const failed = outcomes.filter((o) => o.why !== null);
    const unexpected = failed.filter((o) => !known.has(o.spec.Input));
    const stale = outcomes.filter((o) => o.why === null && known.has(o.spec.Input));

    it(`passes at least ${FLOORS[file]} of ${specs.length} cases, every other one a listed difference`, () => {
      const byReason = new Map<string, number>();
      for (const { spec } of failed) {
        const reason = known.get(spec.Input) ?? 'UNLISTED';
        byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
      }
      console.log(
        `${file}: ${passed}/${specs.length} pass (${((100 * passed) / specs.length).toFixed(1)}%); ` +
          `known differences: ${[...byReason].map(([reason, n]) => `${reason} ${n}`).join(', ') || 'none'}` +
          (stale.length > 0 ? `; now passing, remove from the list: ${stale.map((o) => `«${o.spec.Input}»`).join(', ')}` : ''),
      );
      expect(unexpected.map((o) => `«${o.spec.Input}»: ${o.why}`)).toEqual([]);
      expect(passed / specs.length).toBeGreaterThanOrEqual(FLOORS[file] ?? 1);
    });
  });
}

describe('the list of differences', () => {
  it('gives every listed case a known reason', () => {
    const unknown = differences.cases.filter((c) => differences.reasons[c.reason] === undefined);
    expect(unknown).toEqual([]);
  });
});
