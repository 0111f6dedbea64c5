/**
 * Reading a run of digits with separators, after normalize() turned Arabic-Indic and
 * Persian digits into 0-9, «٫» into '.' and «٬» into ','.
 *
 * News writes thousands with ',' («10,000», «١٠٬٠٠٠») and sometimes with '.' or '،';
 * decimals with '.' («2.5», «٢٫٥») and often with ',' or '،' («2,5 مليون», «٣،٥ مليار»).
 * The rule: a separator followed by exactly three digits groups thousands; any other
 * group after the last separator is the decimal part. A run that fits neither is
 * not a quantity (an IP address «192.168.1.2», a version, a date «19.9.2023»).
 */

/** Characters that separate digit groups, all read the same way: ',' '.' '،'. */
const COMMA = 0x2c;
const DOT_CODE = 0x2e;
const ARABIC_COMMA = 0x60c;
const DOT = '.';

/** How a digit string reads, or null when it is not one quantity. */
export interface DigitReading {
  value: number;
  /** True when there is no decimal part. */
  integer: boolean;
  /** Digits before the decimal separator, leading zeros included («007» → 3). */
  integerDigits: number;
  /** The integer part starts with 0 and has more digits («0123»): a code, not a count. */
  leadingZero: boolean;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Reads «10,000», «2.5», «0,08», «1.000.000», «26،013,94» (normalized digits).
 *
 * @example
 * readDigits('10,000')?.value;   // 10000
 * readDigits('2,5')?.value;      // 2.5
 * readDigits('26،013,94')?.value; // 26013.94
 * readDigits('192.168.1.2');     // null
 */
export function readDigits(text: string): DigitReading | null {
  // Several readers ask about the same token in a row (a cardinal, a fraction, an
  // identifier check), and a long run («1,0.1,0.…») costs its length each time: the
  // last answer is kept, and handed out as a fresh copy.
  if (text !== lastText) {
    lastText = text;
    lastReading = read(text);
  }
  const r = lastReading;
  return r === null ? null : { value: r.value, integer: r.integer, integerDigits: r.integerDigits, leadingZero: r.leadingZero };
}

let lastText: string | undefined;
let lastReading: DigitReading | null = null;

function read(text: string): DigitReading | null {
  // Plain digits («2023», «19»), most numbers in news: one group, nothing to split.
  if (isDigits(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { value, integer: true, integerDigits: text.length, leadingZero: text.length > 1 && text.startsWith('0') } : null;
  }
  const groups: string[] = [];
  const separators: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === COMMA || code === DOT_CODE || code === ARABIC_COMMA) {
      groups.push(text.slice(from, i));
      separators.push(text.charAt(i));
      from = i + 1;
    }
  }
  groups.push(text.slice(from));
  if (!groups.every(isDigits)) return null;
  const last = groups[groups.length - 1] ?? '';

  let integerPart: string;
  let decimalPart = '';
  if (isThousands(groups, separators)) {
    // «10,000», «1.000.000», «١،٢٣٤،٥٦٧», «25».
    integerPart = groups.join('');
  } else {
    // «2.5», «0,08», «26،013,94», «1,234.56»: the last separator is the decimal point,
    // and whatever stands before it must group thousands with another separator.
    const head = groups.slice(0, -1);
    const headSeparators = separators.slice(0, -1);
    const point = separators[separators.length - 1] ?? '';
    if (!isThousands(head, headSeparators, true) || headSeparators.includes(point)) return null;
    integerPart = head.join('');
    decimalPart = last;
  }
  const value = Number(decimalPart === '' ? integerPart : `${integerPart}.${decimalPart}`);
  if (!Number.isFinite(value)) return null;
  return {
    value,
    integer: decimalPart === '',
    integerDigits: integerPart.length,
    leadingZero: integerPart.length > 1 && integerPart.startsWith('0'),
  };
}

/**
 * «1,234,567»: a first group of 1–3 digits (not «0»), then groups of exactly three, one
 * kind of separator. `beforeDecimal`: a decimal point follows («1.234,56»), so even a
 * single dot groups thousands.
 */
function isThousands(groups: readonly string[], separators: readonly string[], beforeDecimal = false): boolean {
  if (groups.length === 1) return true;
  const first = groups[0] ?? '';
  if (first.length > 3 || first === '0') return false;
  if (new Set(separators).size > 1) return false;
  // A lone dot is a decimal point («1.234»); dots group thousands only from two on («1.000.000»).
  if (separators[0] === DOT && separators.length < 2 && !beforeDecimal) return false;
  return groups.slice(1).every((g) => g.length === 3);
}
