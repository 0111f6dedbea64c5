import { BUNDLED_PACKED } from './bundled.prebuilt.js';
import { unpackSources } from './pack.js';
import type { Lexicon } from './types.js';

export { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS } from './structure.js';

/**
 * The lexicons shipped with the library, in load order, with their entries' matching
 * fields (id, type, subtype, canonical, names, ambiguous, adjectives, country, demonym);
 * `en` and `note` stay in the files (`arabic-entities/lexicons/*.json`). Each lexicon's
 * entries are built when first read.
 */
export const DEFAULT_LEXICONS: readonly Lexicon[] = unpackSources(BUNDLED_PACKED);
