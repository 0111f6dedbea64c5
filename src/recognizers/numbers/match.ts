import type { Token } from '../../tokenize/index.js';
import { readDigits } from './digits.js';
import { CONJUNCTION } from './tokens.js';
import { isNotNumberWord, lookupNumberWord, type WordRoles } from './words.js';

/**
 * The longest cardinal number read at a token: its value, the tokens it covers and
 * its normalized offsets. `start` is after any proclitic glued to the first word
 * («وثلاثة» starts at «ثلاثة»); `endToken` is exclusive.
 */
export interface NumberMatch {
  value: number;
  startToken: number;
  endToken: number;
  start: number;
  end: number;
  /** True if any number word was used («120 ألف», «ثلاثة»), false for bare digits. */
  words: boolean;
}

const ARABIC_COMMA = '،';
/** «١،٢٣٤،٥٦٧»: at most this many digit groups are joined across «،». */
const MAX_COMMA_GROUPS = 6;
/** «1 234 567»: at most this many space-separated groups; a longer run is a list or a code. */
const MAX_SPACE_GROUPS = 5;
/** «فاصلة صفر صفر خمسة»: at most this many spoken zeros after the decimal point. */
const MAX_SPOKEN_ZEROS = 6;
/** 1000 and up group a number into segments («ثلاثة آلاف وخمسمائة»); a dozen only multiplies. */
const SEGMENT_MAGNITUDE = 1000;

/** One word of a number, read from a token through one of its clitic analyses. */
interface Word {
  readonly roles: Readonly<WordRoles>;
  /** Normalized offset where the word starts, after its proclitics. */
  readonly start: number;
  /** The word carries the article: «الثلاثة», «والعشرين». */
  readonly definite: boolean;
}

/** A run of digits with its separators, possibly over several tokens («١،٢٣٤», «1 234»). */
interface DigitRun {
  readonly value: number;
  readonly integer: boolean;
  readonly endToken: number;
}

type Piece = 'none' | 'digits' | 'unit' | 'teen' | 'ten' | 'hundred' | 'multiplier' | 'dozen' | 'fraction';

/** The roles a cardinal reads (ordinals, vague plurals and teen markers alone are read elsewhere). */
const isCardinalPart = (r: Readonly<WordRoles>): boolean =>
  r.decimalPoint !== undefined ||
  r.unit !== undefined ||
  r.teen !== undefined ||
  r.ten !== undefined ||
  r.hundred !== undefined ||
  r.multiplier !== undefined ||
  r.fraction !== undefined;

/** The first clitic reading of `token` that names a number word («وبثلاثة» → ثلاثة). */
function readWord(token: Token | undefined, readings: 'any' | 'whole' | 'conjunction'): Word | null {
  if (token?.kind !== 'arabic') return null;
  const word = firstNumberReading(token, readings);
  // Checked only on a hit: most words read as no number at all.
  return word === null || isNotNumberWord(token.text) ? null : word;
}

function firstNumberReading(token: Token, readings: 'any' | 'whole' | 'conjunction'): Word | null {
  for (const analysis of token.analyses) {
    if (readings === 'whole' && analysis.proclitics !== '') continue;
    if (readings === 'conjunction' && (analysis.conjunction !== CONJUNCTION || analysis.preposition !== null)) continue;
    const direct = lookupNumberWord(analysis.form);
    if (direct && isCardinalPart(direct)) return { roles: direct, start: token.start + analysis.offset, definite: false };
    if (analysis.article) {
      const stem = lookupNumberWord(analysis.stem);
      if (stem && isCardinalPart(stem)) return { roles: stem, start: token.start + analysis.offset, definite: true };
    }
  }
  return null;
}

/** Only ASCII digits; exactly `length` of them, or at least one when `length` is 0. */
function isPureDigitString(s: string, length: number): boolean {
  if (s.length === 0 || (length > 0 && s.length !== length)) return false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

const isPureDigits = (t: Token | undefined, min: number, max: number): boolean =>
  t?.kind === 'number' && t.text.length >= min && t.text.length <= max && isPureDigitString(t.text, 0);

/**
 * Digits at `index`, joined across «،» («١،٢٣٤،٥٦٧», «٣،٥») and across single spaces
 * between groups of three («1 234 567»).
 */
function readDigitRun(tokens: readonly Token[], index: number): DigitRun | null {
  const first = tokens[index];
  if (first?.kind !== 'number') return null;

  let q = index;
  let joined = first.text;
  for (let groups = 1; groups < MAX_COMMA_GROUPS; groups += 1) {
    const comma = tokens[q + 1];
    const next = tokens[q + 2];
    const at = tokens[q];
    if (!at || comma?.text !== ARABIC_COMMA || comma.start !== at.end || next?.kind !== 'number' || next.start !== comma.end) break;
    joined += ARABIC_COMMA + next.text;
    q += 2;
    // Only groups of three continue; any other group is the decimal part and ends the run.
    if (!isPureDigitString(next.text, 3)) break;
  }
  if (q > index) {
    const reading = readDigits(joined);
    if (reading) return { value: reading.value, integer: reading.integer, endToken: q + 1 };
  }

  if (isPureDigits(first, 1, 3)) {
    let last = index;
    let groups = 1;
    let decimal = false;
    while (groups <= MAX_SPACE_GROUPS && !decimal) {
      const prev = tokens[last];
      const next = tokens[last + 1];
      // One character between two tokens is one whitespace character: the tokenizer drops only whitespace.
      if (!prev || next?.kind !== 'number' || next.start !== prev.end + 1) break;
      // «1 234 567.89»: the last group may carry the decimal part.
      const point = next.text.indexOf('.');
      const group = point < 0 ? next.text : next.text.slice(0, point);
      if (!isPureDigitString(group, 3) || (point >= 0 && !isPureDigitString(next.text.slice(point + 1), 0))) break;
      decimal = point >= 0;
      last += 1;
      groups += 1;
    }
    if (last > index && groups <= MAX_SPACE_GROUPS) {
      let digits = '';
      for (let k = index; k <= last; k += 1) digits += tokens[k]?.text ?? '';
      return { value: Number(digits), integer: !decimal, endToken: last + 1 };
    }
  }

  const reading = readDigits(first.text);
  return reading ? { value: reading.value, integer: reading.integer, endToken: index + 1 } : null;
}

/** What follows «و»: the word glued to it («وعشرون»), or the next token after a lone «و» («و ٢١»). */
interface Joined {
  readonly word: Word | null;
  readonly digits: DigitRun | null;
  /** Token index of the word or digits. */
  readonly at: number;
}

function readJoined(tokens: readonly Token[], p: number): Joined | null {
  const token = tokens[p];
  if (token?.kind !== 'arabic') return null;
  if (token.text === CONJUNCTION) {
    const next = tokens[p + 1];
    if (next?.kind === 'number') return { word: null, digits: readDigitRun(tokens, p + 1), at: p + 1 };
    return { word: readWord(next, 'whole'), digits: null, at: p + 1 };
  }
  return { word: readWord(token, 'conjunction'), digits: null, at: p };
}

/**
 * The state of one number being read, value = total + group.
 * `floor`: what may still be added after «و» must be smaller (after «ثلاثمائة» only 1–99).
 * `lastMag`: the last segment multiplier; later segments must be smaller («مليون وألفين»).
 */
class Reading {
  total = 0;
  group = 0;
  floor = Number.POSITIVE_INFINITY;
  lastMag = Number.POSITIVE_INFINITY;
  /** The last segment added to total, for stacking «ألف مليون». */
  lastSegment = 0;
  last: Piece = 'none';
  /** A unit 1–9 was just read: «و» + tens may follow («خمسة وعشرون»). */
  pendingTens = false;
  /** The unit just added after «و», a numerator for a plural fraction («مئة وثلاثة أرباع»). */
  joinedUnit: number | null = null;
  words = false;
  definite = false;
  endToken: number;
  end: number;
  done = false;
  /** Reading the digits after «فاصلة»: no multiplier («فاصلة خمسة مليون» multiplies the whole). */
  fractionalPart = false;

  constructor(endToken: number, end: number) {
    this.endToken = endToken;
    this.end = end;
  }

  get value(): number {
    return this.total + this.group;
  }

  consume(endToken: number, tokens: readonly Token[], word: boolean): void {
    this.endToken = endToken;
    this.end = tokens[endToken - 1]?.end ?? this.end;
    if (word) this.words = true;
  }
}

/** Can a unit that exists only in compounds («أحد», «اثنا») stand here? Only before «عشر» or «و» + tens. */
function compoundFollows(tokens: readonly Token[], next: number, unit: number): boolean {
  const following = readWord(tokens[next], 'whole');
  if (following?.roles.teenMarker) return true;
  if (unit !== 1) return false;
  const joined = readJoined(tokens, next);
  return joined?.word?.roles.ten !== undefined;
}

/** A unit word is read as a fraction («خمس الفطيرة» = 1/5) when a definite noun follows it directly. */
function definiteNounFollows(token: Token | undefined): boolean {
  const whole = token?.analyses[0];
  return token?.kind === 'arabic' && whole !== undefined && whole.article && lookupNumberWord(whole.stem) === undefined;
}

/** The first piece of a number: digits, or a word with any proclitic. */
function readFirst(tokens: readonly Token[], index: number): { reading: Reading; start: number } | null {
  const token = tokens[index];
  if (!token) return null;
  if (token.kind === 'number') {
    const run = readDigitRun(tokens, index);
    if (!run) return null;
    const reading = new Reading(run.endToken, tokens[run.endToken - 1]?.end ?? token.end);
    reading.group = run.value;
    reading.floor = 1;
    reading.last = 'digits';
    reading.pendingTens = false;
    return { reading, start: token.start };
  }
  const word = readWord(token, 'any');
  if (!word) return null;
  const { roles } = word;
  const reading = new Reading(index + 1, token.end);
  reading.words = true;
  reading.definite = word.definite;
  const next = index + 1;

  if (roles.unit && !(word.definite && roles.unit.value <= 2)) {
    const unit = roles.unit;
    const asFraction =
      roles.fraction?.ambiguous === true && roles.fraction.standalone && !word.definite && definiteNounFollows(tokens[next]);
    if (!asFraction && (!unit.compoundOnly || compoundFollows(tokens, next, unit.value))) {
      reading.group = unit.value;
      reading.floor = 1;
      reading.last = 'unit';
      reading.pendingTens = unit.value >= 1 && unit.value <= 9;
      if (unit.value === 0) reading.done = true;
      return { reading, start: word.start };
    }
  }
  // Definite: only «الثلاثة» … «العشرة» (above) and tens «العشرين»; «الاثنين» is Monday, «الواحد» an adjective.
  if (word.definite && roles.ten === undefined) return null;
  if (roles.teen !== undefined) {
    reading.group = roles.teen;
    reading.floor = 1;
    reading.last = 'teen';
    return { reading, start: word.start };
  }
  if (roles.ten !== undefined) {
    reading.group = roles.ten;
    reading.floor = 1;
    reading.last = 'ten';
    return { reading, start: word.start };
  }
  if (roles.hundred) {
    reading.group = roles.hundred.value;
    reading.floor = 100;
    reading.last = 'hundred';
    return { reading, start: word.start };
  }
  const multiplier = roles.multiplier;
  if (multiplier && multiplier.number !== 'plural') {
    // «ألف» before a definite noun is the verb ألّف «ألف الكاتب الرواية».
    if (multiplier.number === 'singular' && definiteNounFollows(tokens[next])) return null;
    const value = multiplier.value * (multiplier.number === 'dual' ? 2 : 1);
    if (multiplier.value >= SEGMENT_MAGNITUDE) {
      reading.total = value;
      reading.lastSegment = value;
      reading.lastMag = multiplier.value;
      reading.floor = multiplier.value;
      reading.last = 'multiplier';
    } else {
      reading.group = value;
      reading.floor = 1;
      reading.last = 'dozen';
    }
    return { reading, start: word.start };
  }
  const fraction = roles.fraction;
  if (fraction && fraction.number !== 'plural' && fraction.standalone) {
    reading.group = (fraction.number === 'dual' ? 2 : 1) / fraction.denominator;
    reading.floor = 0;
    reading.last = 'fraction';
    return { reading, start: word.start };
  }
  return null;
}

/** «عشر/عشرة» right after a unit 1–9: «ثلاثة عشر» = 13, «إحدى عشرة» = 11. */
function stepTeen(r: Reading, tokens: readonly Token[], word: Word | null): boolean {
  if (r.last !== 'unit' || !r.pendingTens) return false;
  if (!word?.roles.teenMarker) return false;
  r.group += 10;
  r.last = 'teen';
  r.pendingTens = false;
  r.joinedUnit = null;
  r.consume(r.endToken + 1, tokens, true);
  return true;
}

/** A multiplier right after a count: «ثلاثة آلاف», «120 ألف», «2.5 مليون», «نصف مليون», «ألف مليون». */
function stepMultiplier(r: Reading, tokens: readonly Token[], word: Word | null): boolean {
  if (r.fractionalPart) return false;
  const multiplier = word?.roles.multiplier;
  if (!multiplier || multiplier.number === 'dual') return false;
  const m = multiplier.value;
  if (r.last === 'multiplier') {
    // «ألف مليون» = 10^9: a larger multiplier stacks on a lone segment.
    if (m <= r.lastMag || r.total !== r.lastSegment || r.group !== 0) return false;
    r.total = r.lastSegment * m;
    r.lastSegment = r.total;
    r.lastMag = r.total;
    r.floor = r.total;
    r.consume(r.endToken + 1, tokens, true);
    return true;
  }
  if (r.group <= 0 || r.last === 'none') return false;
  if (m < SEGMENT_MAGNITUDE) {
    // «ثلاث دزينات» = 36, once: «دزينة دزينة» is two numbers.
    if (r.last === 'dozen') return false;
    r.group *= m;
    r.floor = 1;
    r.last = 'dozen';
    r.pendingTens = false;
    r.consume(r.endToken + 1, tokens, true);
    return true;
  }
  const segment = r.group * m;
  if (m >= r.lastMag || segment >= r.lastMag) return false;
  r.total += segment;
  r.group = 0;
  r.lastSegment = segment;
  r.lastMag = m;
  r.floor = m;
  r.last = 'multiplier';
  r.pendingTens = false;
  r.joinedUnit = null;
  r.consume(r.endToken + 1, tokens, true);
  return true;
}

/** «مئة/مائة» right after 1–99: «ثلاث مئة» = 300, «٣ مئة», «ثمان مئة وتسعة». */
function stepHundredWord(r: Reading, tokens: readonly Token[], word: Word | null): boolean {
  if (!(r.last === 'unit' || r.last === 'teen' || r.last === 'ten' || r.last === 'digits')) return false;
  if (r.group < 1 || r.group > 99 || !Number.isInteger(r.group)) return false;
  if (!word?.roles.hundred?.single) return false;
  r.group *= 100;
  r.floor = 100;
  r.last = 'hundred';
  r.pendingTens = false;
  r.joinedUnit = null;
  r.consume(r.endToken + 1, tokens, true);
  return true;
}

/**
 * A plural fraction right after a count: «ثلاثة أرباع» = 3/4, «عشرون أخماس» = 4,
 * «مئة وثلاثة أرباع» = 100.75 (the unit after «و» is the numerator).
 */
function stepPluralFraction(r: Reading, tokens: readonly Token[], word: Word | null): boolean {
  if (!(r.last === 'unit' || r.last === 'teen' || r.last === 'ten' || r.last === 'hundred' || r.last === 'digits')) return false;
  const fraction = word?.roles.fraction;
  // «ثلاث وعشرون خمس» = 23/5: a singular after tens or hundreds, where no unit word could stand.
  const singularAfterTens = fraction?.number === 'singular' && (r.last === 'ten' || r.last === 'hundred');
  if (!fraction || !(fraction.number === 'plural' || singularAfterTens) || r.value <= 0) return false;
  if (r.joinedUnit !== null && r.last === 'unit') {
    r.group += r.joinedUnit / fraction.denominator - r.joinedUnit;
  } else {
    r.total /= fraction.denominator;
    r.group /= fraction.denominator;
  }
  r.last = 'fraction';
  r.done = true;
  r.consume(r.endToken + 1, tokens, true);
  return true;
}

/** «اثنان فاصلة خمسة» = 2.5, «ثلاثة فاصلة صفر خمسة» = 3.05. */
function stepDecimalPoint(r: Reading, tokens: readonly Token[], point: Word | null): boolean {
  if (r.total !== 0 || !Number.isInteger(r.group) || r.last === 'none' || r.last === 'fraction' || r.last === 'multiplier') return false;
  if (!point?.roles.decimalPoint) return false;
  let q = r.endToken + 1;
  let digits = '';
  while (digits.length < MAX_SPOKEN_ZEROS && readWord(tokens[q], 'whole')?.roles.unit?.value === 0) {
    digits += '0';
    q += 1;
  }
  const written = tokens[q];
  if (written?.kind === 'number' && isPureDigitString(written.text, 0)) {
    // «2 فاصلة 05»: the digits as written, leading zeros kept.
    digits += written.text;
    q += 1;
  } else {
    const spoken = readFractionalPart(tokens, q);
    if (spoken) {
      digits += String(spoken.value);
      q = spoken.endToken;
    }
  }
  if (digits === '') return false;
  r.group = Number(`${r.group}.${digits}`);
  r.last = 'digits';
  r.floor = 0;
  r.pendingTens = false;
  r.consume(q, tokens, true);
  return true;
}

/** «و» + the next piece: units, tens, hundreds, smaller segments, digits, or a closing fraction. */
function stepConjunction(r: Reading, tokens: readonly Token[]): boolean {
  if (r.last === 'fraction' || r.last === 'none') return false;
  const joined = readJoined(tokens, r.endToken);
  if (!joined) return false;
  const after = joined.at + 1;

  if (joined.digits) {
    // «10 آلاف و500», «٣ مئة و ٢١»
    const d = joined.digits;
    if (!d.integer || d.value <= 0 || d.value >= r.floor) return false;
    r.group += d.value;
    r.floor = 1;
    r.last = 'digits';
    r.pendingTens = false;
    r.joinedUnit = null;
    r.consume(d.endToken, tokens, false);
    return true;
  }
  const word = joined.word;
  if (!word || (word.definite && !r.definite)) return false;
  const { roles } = word;

  const unit = roles.unit;
  const pluralFraction = readWord(tokens[after], 'whole')?.roles.fraction;
  if (unit && unit.value >= 1 && pluralFraction?.number === 'plural' && !word.definite) {
    // «عشرون وثلاثة أخماس» = 20.6, «مئة وثلاثة أرباع» = 100.75.
    r.group += unit.value / pluralFraction.denominator;
    r.last = 'fraction';
    r.done = true;
    r.consume(after + 1, tokens, true);
    return true;
  }
  if (unit && unit.value >= 1 && unit.value < r.floor && r.group % 100 === 0 && !word.definite) {
    if (!unit.compoundOnly || compoundFollows(tokens, after, unit.value)) {
      r.group += unit.value;
      r.floor = 1;
      r.last = 'unit';
      r.pendingTens = unit.value <= 9;
      r.joinedUnit = unit.value;
      r.consume(after, tokens, true);
      return true;
    }
  }
  if (roles.ten !== undefined) {
    if (r.pendingTens || (roles.ten < r.floor && r.group % 100 === 0)) {
      r.group += roles.ten;
      r.floor = 1;
      r.last = 'ten';
      r.pendingTens = false;
      r.joinedUnit = null;
      r.consume(after, tokens, true);
      return true;
    }
  }
  if (roles.teen !== undefined && roles.teen < r.floor && r.group % 100 === 0) {
    r.group += roles.teen;
    r.floor = 1;
    r.last = 'teen';
    r.pendingTens = false;
    r.joinedUnit = null;
    r.consume(after, tokens, true);
    return true;
  }
  if (roles.hundred && roles.hundred.value < r.floor && r.group === 0) {
    r.group = roles.hundred.value;
    r.floor = 100;
    r.last = 'hundred';
    r.pendingTens = false;
    r.joinedUnit = null;
    r.consume(after, tokens, true);
    return true;
  }
  const multiplier = roles.multiplier;
  if (multiplier && multiplier.number !== 'plural' && !word.definite && !r.fractionalPart) {
    const value = multiplier.value * (multiplier.number === 'dual' ? 2 : 1);
    if (multiplier.value >= SEGMENT_MAGNITUDE) {
      // «مليون وألفين»: a smaller segment.
      if (r.group !== 0 || value >= r.floor || multiplier.value >= r.lastMag) return false;
      r.total += value;
      r.lastSegment = value;
      r.lastMag = multiplier.value;
      r.floor = multiplier.value;
      r.last = 'multiplier';
    } else {
      // «ثلاث مائة ودزينتين» = 324.
      if (value >= r.floor) return false;
      r.group += value;
      r.floor = 1;
      r.last = 'dozen';
    }
    r.pendingTens = false;
    r.joinedUnit = null;
    r.consume(after, tokens, true);
    return true;
  }
  const fraction = roles.fraction;
  if (fraction && fraction.number !== 'plural' && fraction.standalone && !word.definite) {
    // «واحد ونصف» = 1.5, «مليون ونصف» = 1,500,000, «ثلاث وخمس» = 3.2.
    const part = (fraction.number === 'dual' ? 2 : 1) / fraction.denominator;
    const scale = r.last === 'multiplier' && r.group === 0 ? r.lastMag : 1;
    r.group += part * scale;
    r.last = 'fraction';
    r.consume(after, tokens, true);
    // «مليون ونصف المليون»: the multiplier repeated with the article belongs to the number.
    if (scale > 1) {
      const echo = readWord(tokens[after], 'whole');
      if (echo?.definite && echo.roles.multiplier?.value === scale) r.consume(after + 1, tokens, true);
    }
    r.done = true;
    return true;
  }
  return false;
}

/**
 * «٤ آلاف ٣ مائة و ٢١»: after a segment, digits directly followed by a smaller
 * multiplier or «مئة» continue the number without «و».
 */
function stepJuxtaposedDigits(r: Reading, tokens: readonly Token[]): boolean {
  if (r.last !== 'multiplier' || r.group !== 0) return false;
  const run = readDigitRun(tokens, r.endToken);
  if (!run?.integer || run.value <= 0) return false;
  const roles = readWord(tokens[run.endToken], 'whole')?.roles;
  const multiplier = roles?.multiplier?.number === 'dual' ? undefined : roles?.multiplier?.value;
  const scale = multiplier ?? (roles?.hundred?.single ? 100 : 0);
  if (scale === 0 || run.value * scale >= r.floor || run.value > 99) return false;
  r.group = run.value;
  r.last = 'digits';
  r.floor = 1;
  r.consume(run.endToken, tokens, false);
  return true;
}

/** Reads a whole number from its first piece on. */
function read(tokens: readonly Token[], index: number, fractionalPart: boolean): NumberMatch | null {
  const first = readFirst(tokens, index);
  if (!first) return null;
  const { reading: r, start } = first;
  r.fractionalPart = fractionalPart;
  // Each step consumes at least one token; the floor and magnitude rules bound the length.
  while (!r.done) {
    // Every step reads the next token as a word or as digits: anything else ends the number.
    const following = tokens[r.endToken];
    if (following === undefined || (following.kind !== 'arabic' && following.kind !== 'number')) break;
    // The next token as a whole number word, read once for the steps that take one.
    const next = readWord(following, 'whole');
    if (stepTeen(r, tokens, next)) continue;
    if (stepHundredWord(r, tokens, next)) continue;
    if (stepMultiplier(r, tokens, next)) continue;
    if (stepPluralFraction(r, tokens, next)) continue;
    if (!fractionalPart && stepDecimalPoint(r, tokens, next)) continue;
    if (stepConjunction(r, tokens)) continue;
    if (stepJuxtaposedDigits(r, tokens)) continue;
    break;
  }
  const value = r.value;
  if (!Number.isFinite(value)) return null;
  return { value, startToken: index, endToken: r.endToken, start, end: r.end, words: r.words };
}

/** The words after «فاصلة»: an integer without multipliers. */
function readFractionalPart(tokens: readonly Token[], index: number): NumberMatch | null {
  const m = read(tokens, index, true);
  return m && Number.isInteger(m.value) ? m : null;
}

/**
 * Reads the longest cardinal number that starts at token `index`: digits («10,000»,
 * «٢٫٥», «١٠٬٠٠٠»), number words in every case and gender form («ثلاث», «اثنتي عشرة»,
 * «خمسة وعشرون», «ثلاثمائة», «ثلاث مئة», «مائتي», «ألفين»), mixed digits and words
 * («10 آلاف», «120 ألف», «2.5 مليون»), fractions («نصف», «ثلاثة أرباع», «مليون ونصف»)
 * and the spoken decimal point («اثنان فاصلة خمسة»). A proclitic glued to the first
 * word is left out of the span («وثلاثة» → «ثلاثة»). Vague plurals without a count
 * («آلاف», «عشرات») are not cardinals: the recognizer reads them.
 *
 * Bounded work per call: the reading stops as soon as magnitudes stop decreasing.
 *
 * @example
 * const text = normalize('قتل نحو 120 ألف شخص');
 * const tokens = tokenize(text);
 * matchNumber(tokens, 2); // { value: 120000, startToken: 2, endToken: 4, start: 8, end: 15, words: true }
 */
export function matchNumber(tokens: readonly Token[], index: number): NumberMatch | null {
  return read(tokens, index, false);
}

