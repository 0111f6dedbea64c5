// Inputs built to make a careless regex or loop go quadratic. Each maker returns a string of
// about `size` UTF-16 units. Shared by tests/robustness/hostile.test.ts and bench/run.mjs.
const repeat = (unit, size) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);

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
};
