import type { Plugin } from 'esbuild';
import { compileLexicons } from '../src/lexicon/compile.js';
import { LEXICON_FILES } from '../src/lexicon/files.js';
import { packLexicon } from '../src/lexicon/pack.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS } from '../src/lexicon/structure.js';

/**
 * Replaces src/lexicon/bundled.ts with its value: the bundled lexicons compiled and
 * packed at build time, as one `JSON.parse('…')`. The library then starts without
 * folding, inflecting and indexing every bundled name, and without the lexicon files'
 * JSON in its bundle (cold start, issue #8).
 */
export const packedLexicon: Plugin = {
  name: 'packed-lexicon',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]lexicon[\\/]bundled\.ts$/ }, () => {
      const packed = packLexicon(compileLexicons(LEXICON_FILES, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS), LEXICON_FILES);
      return { contents: `export const BUNDLED_PACKED = JSON.parse(${JSON.stringify(JSON.stringify(packed))});`, loader: 'js' };
    });
  },
};
