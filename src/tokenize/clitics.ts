import clitics from './clitics.json';

/**
 * One way to read an Arabic word as proclitics + stem.
 *
 * «وبالأرمن» (normalized «وبالارمن») reads as conjunction و, preposition ب,
 * article: the lookup form is «الارمن» and the mention span starts after «وب».
 * «للأمم» reads as preposition ل + «لامم», looked up as «الامم» (the second ل is the
 * article's, so it stays in the span: GUIDELINES.md drops only the first ل).
 */
export interface CliticAnalysis {
  /** The proclitic letters left out of the span, e.g. 'وب' ('' for the whole word). */
  readonly proclitics: string;
  readonly conjunction: string | null;
  readonly preposition: string | null;
  /** True when the form starts with the article ال. */
  readonly article: boolean;
  /** The form to look up, with ال where the word has it («للامم» → «الامم»). */
  readonly form: string;
  /** The form without ال. */
  readonly stem: string;
  /**
   * Where a mention of this form starts, counted from the token's start in the normalized
   * text (the proclitics' length): `token.start + offset`. Relative, so that every
   * occurrence of a word shares one list of readings.
   */
  readonly offset: number;
}

const CONJUNCTIONS: readonly string[] = clitics.conjunctions;
const PREPOSITIONS: readonly string[] = clitics.prepositions;
const ARTICLE: string = clitics.article;
const MIN_STEM: number = clitics.minimumStemLength;
const LAM = 'ل';

function reading(
  proclitics: string,
  conjunction: string | null,
  preposition: string | null,
  form: string,
  offset: number,
  hamzaAt: (index: number) => boolean,
): CliticAnalysis {
  // «ألتشين» folds to «التشين» but has no article: the article is written with a bare alef.
  const article = form.startsWith(ARTICLE) && form.length - ARTICLE.length >= MIN_STEM && !hamzaAt(offset);
  return {
    proclitics,
    conjunction,
    preposition,
    article,
    form,
    stem: article ? form.slice(ARTICLE.length) : form,
    offset,
  };
}

/**
 * Every reading of the (normalized) `word` as (و|ف)? (ب|ل|ك)? + form, plus the لل reading.
 * `hamzaAt(i)` tells whether the word's letter `i` was an alef with hamza or madda in
 * the original (so «ال» there is not the article). The whole word comes first; the
 * matcher chooses among them.
 */
export function analyseClitics(word: string, hamzaAt: (index: number) => boolean = () => false): CliticAnalysis[] {
  const analyses: CliticAnalysis[] = [reading('', null, null, word, 0, hamzaAt)];
  const conjunctionOptions: (string | null)[] = [null];
  const first = word.charAt(0);
  if (CONJUNCTIONS.includes(first)) conjunctionOptions.push(first);

  for (const conjunction of conjunctionOptions) {
    const afterConjunction = conjunction === null ? 0 : 1;
    if (conjunction !== null && word.length - afterConjunction >= MIN_STEM) {
      analyses.push(reading(conjunction, conjunction, null, word.slice(afterConjunction), afterConjunction, hamzaAt));
    }
    const preposition = word.charAt(afterConjunction);
    if (!PREPOSITIONS.includes(preposition)) continue;
    const restAt = afterConjunction + 1;
    const rest = word.slice(restAt);
    if (rest.length < MIN_STEM) continue;
    const proclitics = word.slice(0, restAt);
    analyses.push(reading(proclitics, conjunction, preposition, rest, restAt, hamzaAt));
    // لل: ل + ال with the article's alef elided: «للامم» → «الامم», span «لامم».
    if (preposition === LAM && rest.startsWith(LAM) && rest.length - 1 >= MIN_STEM) {
      analyses.push(reading(proclitics, conjunction, preposition, ARTICLE + rest.slice(1), restAt, () => false));
    }
  }
  return analyses;
}
