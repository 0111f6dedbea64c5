// Inputs built to make a careless regex or loop go quadratic. Each maker returns a string of
// about `size` UTF-16 units. Shared by tests/robustness/hostile.test.ts and bench/run.mjs.
const repeat = (unit, size) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);

// A made-up word of `length` letters, the same for the same seed (a linear congruential generator).
const LETTERS = [...'بتثجحخدذرزسشصضطظعغفقكلمنهوي'];
function madeUpWord(seed, length) {
  let state = seed;
  let word = '';
  for (let i = 0; i < length; i += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    word += LETTERS[state % LETTERS.length];
  }
  return word;
}

// A person named in full, then by surname alone: a different surname every sentence, so a
// long text holds as many surnames as sentences.
function distinctSurnames(size) {
  let text = '';
  for (let k = 0; text.length < size; k += 1) {
    const surname = `${madeUpWord(k * 13 + 5, 7)}وف`;
    text += `وقال الرئيس ${madeUpWord(k * 7 + 1, 5)} ${surname} إن الوضع صعب، وأضاف ${surname} أن المحادثات مستمرة.\n`;
  }
  return text.slice(0, size);
}

export const HOSTILE_INPUTS = {
  'waw': (size) => repeat('و', size),
  'tashkeel': (size) => repeat('\u064E\u0651\u0650', size),
  'digits': (size) => repeat('0123456789', size),
  'more-than': (size) => repeat('أكثر من ', size),
  'one-long-word': (size) => `ك${repeat('ا', size - 2)}ب`,
  'month-names': (size) => repeat('سبتمبر/أيلول تشرين الثاني ', size),
  'titles': (size) => repeat('الرئيس ', size),
  'digit-separators': (size) => repeat('1,0.', size),
  'clitics': (size) => repeat('وبال', size),
  'bidi-controls': (size) => repeat('\u200F\u202Bقره\u200C باغ\u2069 ', size),
  'distinct-surnames': distinctSurnames,
};
