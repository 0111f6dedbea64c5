import { compileLexicons } from './compile.js';
import { LEXICON_FILES } from './files.js';
import { packLexicon, type PackedLexicon } from './pack.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS } from './structure.js';

/**
 * The bundled lexicons, compiled and packed with their entries' matching fields. The
 * build replaces this module with the packed data itself (build/prebuilt.ts), so the
 * published library neither compiles its lexicons at start nor carries the files' JSON;
 * run from source (the tests), it packs them here.
 */
export const BUNDLED_PACKED: PackedLexicon = packLexicon(compileLexicons(LEXICON_FILES, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS), LEXICON_FILES);
