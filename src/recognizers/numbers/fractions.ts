import type { Token } from '../../tokenize/index.js';
import { MARKERS } from './data.js';
import { readDigits } from './digits.js';
import { matchNumber, type NumberMatch } from './match.js';
import { glued, stems } from './tokens.js';

/** A fraction spread over several numbers. */
export interface FractionMatch {
  value: number;
  startToken: number;
  endToken: number;
  start: number;
  end: number;
  rule: 'fraction-over' | 'fraction-part' | 'fraction-slash';
}

/**
 * «واحد على عشرين» = 0.05, «١ على ٣»: a numerator, «على», a denominator. Only when a
 * side is written in words, the numerator is one, or a word before it names a fraction
 * («الكسر الصحيح ٢٠٠٠ على ٣»): «فاز 3 على 1» is a score and «وزعت 500 على 20 أسرة» a
 * distribution, so two numbers.
 */
export function matchOver(tokens: readonly Token[], numerator: NumberMatch): FractionMatch | null {
  const over = tokens[numerator.endToken];
  if (!over || !MARKERS.over.has(over.text)) return null;
  const denominator = matchNumber(tokens, numerator.endToken + 1);
  if (!denominator || denominator.value === 0 || denominator.start !== tokens[numerator.endToken + 1]?.start) return null;
  if (!(numerator.words || denominator.words || numerator.value === 1 || afterFractionCue(tokens, numerator.startToken))) return null;
  return {
    value: numerator.value / denominator.value,
    startToken: numerator.startToken,
    endToken: denominator.endToken,
    start: numerator.start,
    end: denominator.end,
    rule: 'fraction-over',
  };
}

/** A cue word («الكسر», «كسر») at most `fractionCueReach` Arabic words before token `at`. */
function afterFractionCue(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - MARKERS.fractionCueReach; i -= 1) {
    const token = tokens[i];
    if (token?.kind !== 'arabic') return false;
    if (stems(token).some((stem) => MARKERS.fractionCues.has(stem))) return true;
  }
  return false;
}

/**
 * «جزء من مئة» = 0.01, «ثلاثة أجزاء من عشرة» = 0.3, «١ جزء من ثلاثة». `count` is the
 * number already read at `index`, if any.
 */
export function matchParts(tokens: readonly Token[], index: number, count: NumberMatch | null): FractionMatch | null {
  const first = tokens[index];
  if (!first) return null;
  const partAt = count ? count.endToken : index;
  if (!MARKERS.parts.has(tokens[partAt]?.text ?? '') || tokens[partAt + 1]?.text !== MARKERS.of) return null;
  const whole = matchNumber(tokens, partAt + 2);
  if (!whole || whole.value === 0) return null;
  return {
    value: (count?.value ?? 1) / whole.value,
    startToken: index,
    endToken: whole.endToken,
    start: count?.start ?? first.start,
    end: whole.end,
    rule: 'fraction-part',
  };
}

const integerOf = (token: Token | undefined): number | null => {
  if (token?.kind !== 'number') return null;
  const reading = readDigits(token.text);
  return reading?.integer && !reading.leadingZero ? reading.value : null;
};

/** «3/4» at `index`: N < M ≤ 10, and no third part («19/9/2023» is a date). */
function slashAt(tokens: readonly Token[], index: number): { value: number; end: number } | null {
  const n = integerOf(tokens[index]);
  const slash = tokens[index + 1];
  const m = integerOf(tokens[index + 2]);
  if (n === null || m === null || slash?.text !== MARKERS.slash) return null;
  if (!glued(tokens[index], slash) || !glued(slash, tokens[index + 2])) return null;
  if (n >= m || m > MARKERS.maximumSlashDenominator) return null;
  const before = tokens[index - 1];
  const after = tokens[index + 3];
  if ((before?.text === MARKERS.slash && glued(before, tokens[index])) || (after?.text === MARKERS.slash && glued(tokens[index + 2], after))) {
    return null;
  }
  return { value: n / m, end: index + 3 };
}

/** «3/4» = 0.75, «١ ٤/٥» = 1.8 (a whole number, a space, a fraction). */
export function matchSlash(tokens: readonly Token[], index: number): FractionMatch | null {
  const first = tokens[index];
  if (!first) return null;
  const simple = slashAt(tokens, index);
  if (simple) return { value: simple.value, startToken: index, endToken: simple.end, start: first.start, end: tokens[simple.end - 1]?.end ?? first.end, rule: 'fraction-slash' };
  const whole = integerOf(first);
  const next = tokens[index + 1];
  if (whole === null || !next || glued(first, next) || next.start - first.end !== 1) return null;
  const part = slashAt(tokens, index + 1);
  if (!part) return null;
  return { value: whole + part.value, startToken: index, endToken: part.end, start: first.start, end: tokens[part.end - 1]?.end ?? first.end, rule: 'fraction-slash' };
}
