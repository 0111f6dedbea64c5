import { compileLexicons } from './compile.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS, DEFAULT_LEXICONS } from './defaults.js';
import { packLexicon, type PackedLexicon } from './pack.js';

/**
 * The bundled lexicons, compiled and packed. The build replaces this module with the
 * packed data itself (build/packed-lexicon.ts), so the published library does not
 * compile its own lexicons at start; run from source (the tests), it packs them here.
 */
export const BUNDLED_PACKED: PackedLexicon = packLexicon(compileLexicons(DEFAULT_LEXICONS, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS));
