import { packedNumber } from '../lexicon/packed-numbers.js';
import { BMP_PROPERTY_RUNS } from './bmp-properties.prebuilt.js';

export { ARABIC_SCRIPT, LATIN_SCRIPT, LETTER, MARK, SPACE_SEPARATOR, WHITE_SPACE } from './bits.js';

const BMP_SIZE = 0x10000;

/** The flags (bits.ts) of every BMP code unit, unpacked from its runs. */
const FLAGS = new Uint8Array(BMP_SIZE);
let filled = 0;
for (let k = 0; k + 1 < BMP_PROPERTY_RUNS.length; k += 2) {
  const length = packedNumber(BMP_PROPERTY_RUNS, k + 1);
  FLAGS.fill(packedNumber(BMP_PROPERTY_RUNS, k), filled, filled + length);
  filled += length;
}
if (filled !== BMP_SIZE) throw new Error(`arabic-entities: the BMP property table covers ${filled} code units, not ${BMP_SIZE}`);

/**
 * The Unicode properties of a BMP code unit as flags (bits.ts), without a regular
 * expression; 0 beyond the BMP, where callers ask the engine themselves.
 *
 * @example
 * (bmpProperties('ب'.charCodeAt(0)) & ARABIC_SCRIPT) !== 0; // true
 */
export function bmpProperties(code: number): number {
  return code < BMP_SIZE ? (FLAGS[code] ?? 0) : 0;
}
