import table from './data/romanize.json';
import { onFirstUse } from '../../unicode/on-first-use.js';

const notLetterOrDigit = onFirstUse('[^\\p{L}\\p{N}]+', 'u');

const LETTERS: Readonly<Record<string, string>> = table.letters;
const ALEF = 'ا';

function romanizeWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i += 1) {
    const ch = word.charAt(i);
    const atEdge = i === 0 || word.charAt(i - 1) === ALEF || word.charAt(i + 1) === ALEF;
    if (ch === 'و') out += atEdge ? table.waw.consonant : table.waw.vowel;
    else if (ch === 'ي') out += atEdge ? table.yeh.consonant : table.yeh.vowel;
    else if (/[a-z0-9]/u.test(ch)) out += ch;
    else out += LETTERS[ch] ?? '';
  }
  return out;
}

/**
 * A kebab-case id for a name found by a rule, romanized from its folded Arabic:
 * «كاجين احمد» → "kajin-ahmd". Stable for one spelling; lexicon ids are better.
 */
export function romanizeId(name: string): string {
  const id = name
    .toLowerCase()
    .split(notLetterOrDigit())
    .map(romanizeWord)
    .filter((word) => word.length > 0)
    .join('-');
  return id.length > 0 ? id : 'unnamed';
}
