import type { Token } from '../../tokenize/index.js';
import { lookupNumberWord, type WordRoles } from './words.js';

/** A vague plural read at a token: «عشرات», «العشرات», «مئات الآلاف», «بضعة آلاف». */
export interface VagueMatch {
  value: number;
  startToken: number;
  /** Exclusive. */
  endToken: number;
  /** Normalized offsets, after any proclitic («بالعشرات» → «العشرات»). */
  start: number;
  end: number;
}

function rolesOf(token: Token | undefined, proclitics: boolean): { roles: Readonly<WordRoles>; start: number } | null {
  if (token?.kind !== 'arabic') return null;
  for (const analysis of token.analyses) {
    if (!proclitics && analysis.proclitics !== '') continue;
    const direct = lookupNumberWord(analysis.form);
    if (direct && (direct.vague !== undefined || direct.vagueCount || direct.multiplier)) return { roles: direct, start: token.start + analysis.offset };
    if (analysis.article) {
      const stem = lookupNumberWord(analysis.stem);
      if (stem?.vague !== undefined || stem?.multiplier) return { roles: stem, start: token.start + analysis.offset };
    }
  }
  return null;
}

/** A plural multiplier right after, with or without the article: «الآلاف», «آلاف», «الملايين». */
function pluralMultiplier(token: Token | undefined): number | null {
  const next = rolesOf(token, false)?.roles.multiplier;
  return next?.number === 'plural' ? next.value : null;
}

/**
 * Reads a plural of tens, hundreds, thousands … without a count (GUIDELINES.md: vague):
 * «عشرات» → 10, «مئات» → 100, «الآلاف» → 1000, «عشرات الآلاف» → 10000,
 * «بضعة آلاف» → 1000. A count before the plural makes it a multiplier instead
 * («ثلاثة آلاف», read by matchNumber).
 */
export function matchVague(tokens: readonly Token[], index: number): VagueMatch | null {
  const first = rolesOf(tokens[index], true);
  if (!first) return null;
  const token = tokens[index];
  const next = tokens[index + 1];
  if (!token) return null;
  if (first.roles.vagueCount) {
    const m = pluralMultiplier(next);
    return m !== null && next ? { value: m, startToken: index, endToken: index + 2, start: first.start, end: next.end } : null;
  }
  const value = first.roles.vague;
  if (value === undefined) return null;
  const m = pluralMultiplier(next);
  if (m !== null && m > value && next) return { value: value * m, startToken: index, endToken: index + 2, start: first.start, end: next.end };
  return { value, startToken: index, endToken: index + 1, start: first.start, end: token.end };
}
