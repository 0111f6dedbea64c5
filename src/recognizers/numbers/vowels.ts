import type { NormalizedText } from '../../normalize/index.js';
import type { CliticAnalysis, Token } from '../../tokenize/index.js';
import { perWord } from '../../tokenize/per-word.js';
import { fold, NUMBER_WORDS } from './words.js';

/**
 * Vowel marks as evidence. «خُمسين» (two fifths) and «خمسين» (fifty) differ only by the
 * damma on the first letter, which normalization folds away. Where the writer did put
 * it, the token is read through the fraction's unambiguous dual («خمسان»); undiacritized
 * text is never touched.
 */

/** Folded dual-when-vowelled form → the fraction's first plain dual form (folded). */
const VOWELLED_DUALS: ReadonlyMap<string, string> = new Map(
  NUMBER_WORDS.fractions.flatMap((f) => {
    const plain = f.dual[0];
    if (plain === undefined) return [];
    return (f.dualWhenVowelled ?? []).map((form): [string, string] => [fold(form), fold(plain)]);
  }),
);
const MARK = NUMBER_WORDS.vowelledDuals.mark;
/** The last letter of every vowelled dual form, as a char code (they all end in «ن»). */
const LAST_LETTERS: ReadonlySet<number> = new Set([...VOWELLED_DUALS.keys()].map((form) => form.charCodeAt(form.length - 1)));

/** Does the original letter at normalized offset `at` carry the dual's mark? */
function markedAt(normalized: NormalizedText, at: number): boolean {
  const letter = normalized.originStart[at];
  if (letter === undefined) return false;
  // The mark follows its letter, possibly after another mark («خُّ»): scan the letter's own marks.
  const after = normalized.original.slice(letter + 1, letter + 4);
  for (const ch of after) {
    if (ch === MARK) return true;
    if (fold(ch) !== '') return false;
  }
  return false;
}

/** Whether a reading of the word is a vowelled dual's form (asked once per word: «من», «الذين» end in ن too). */
const readsAsVowelledDual = perWord((token) => token.analyses.some((a) => VOWELLED_DUALS.has(a.form)));

function readAsDual(token: Token, analysis: CliticAnalysis, normalized: NormalizedText): CliticAnalysis {
  const dual = VOWELLED_DUALS.get(analysis.form);
  if (dual === undefined || !markedAt(normalized, token.start + analysis.offset)) return analysis;
  return { ...analysis, form: dual, stem: dual };
}

/**
 * The tokens, with each vowelled dual fraction («وخُمسين») read through its plain dual
 * form («خمسان»). Returns `tokens` itself when the text holds no such mark.
 *
 * @example
 * // «مئة وثلاثون وخُمسَين» → the last token's readings look up «خمسان»: 130.4
 */
export function withVowelledDuals(tokens: readonly Token[], normalized: NormalizedText): readonly Token[] {
  // Only the tokens' own stretch is searched (a slice of a flat string copies nothing):
  // searching on to the end of the text would read it again for every chunk.
  const stretch = normalized.original.slice(tokens[0]?.originStart ?? 0, tokens.at(-1)?.originEnd ?? 0);
  if (!stretch.includes(MARK)) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    // Each form is a suffix of the word: one look at its last letter rules out most tokens.
    if (token.kind !== 'arabic' || !LAST_LETTERS.has(token.text.charCodeAt(token.text.length - 1))) continue;
    if (!readsAsVowelledDual(token)) continue;
    const analyses = token.analyses.map((a) => readAsDual(token, a, normalized));
    if (analyses.every((a, k) => a === token.analyses[k])) continue;
    out ??= [...tokens];
    out[i] = { ...token, analyses };
  }
  return out ?? tokens;
}
