import type { CliticAnalysis, Token } from './index.js';

/**
 * An answer computed once per distinct Arabic word: every occurrence of a word shares one
 * list of readings (tokenize), so that list stands for the word. Non-Arabic tokens
 * all share the empty list: callers answer for them before asking.
 *
 * @example
 * const triggers = perWord((token) => token.analyses.some((a) => TITLES.has(a.form)) ? 1 : 0);
 */
export function perWord<T>(compute: (token: Token) => T): (token: Token) => T {
  const answers = new WeakMap<readonly CliticAnalysis[], T>();
  return (token) => {
    let answer = answers.get(token.analyses);
    if (answer === undefined) {
      answer = compute(token);
      answers.set(token.analyses, answer);
    }
    return answer;
  };
}
