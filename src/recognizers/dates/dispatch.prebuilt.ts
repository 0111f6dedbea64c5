import { checkDateData, compileDateData } from './data.js';
import { compileOpeningWords, type OpeningWords } from './openings.js';

// The first-token dispatch of the date data (openings.ts): the build ships it as data
// (build/prebuilt.ts), so a process does not walk every phrase table and number word to
// build it on its first text (about 4 ms). Run from source, it is built here. Every
// phrase table is checked here too, so bad date data fails the build.

export const DATE_OPENING_WORDS: OpeningWords = compileOpeningWords(checkDateData(compileDateData()));
