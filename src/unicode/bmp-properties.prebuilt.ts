import { packNumbers, PACKED_NUMBER_LIMIT } from '../lexicon/packed-numbers.js';
import { PROPERTY_PATTERNS } from './patterns.js';

// The properties of every BMP code unit, read from the JavaScript engine's own Unicode
// tables. The build ships them as data (build/prebuilt.ts): a process then compiles no
// Unicode property regex on its first text, which cost about 3 ms of a first extract.
// Run from source, they are computed here.

function flagsOf(code: number): number {
  const ch = String.fromCharCode(code);
  let flags = 0;
  for (const [bit, pattern] of PROPERTY_PATTERNS) if (pattern.test(ch)) flags |= bit;
  return flags;
}

/** [flags, length] of each run of code units that share their flags, from U+0000 to U+FFFF. */
function runs(): number[] {
  const out: number[] = [];
  let flags = flagsOf(0);
  let length = 0;
  for (let code = 0; code < 0x10000; code += 1) {
    const here = flagsOf(code);
    if (here !== flags || length === PACKED_NUMBER_LIMIT) {
      out.push(flags, length);
      flags = here;
      length = 0;
    }
    length += 1;
  }
  out.push(flags, length);
  return out;
}

/** The BMP's runs of equal flags as packed numbers (packed-numbers.ts): flags, then length, for each run. */
export const BMP_PROPERTY_RUNS: string = packNumbers(runs());
