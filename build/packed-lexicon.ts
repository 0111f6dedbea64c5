import type { Plugin } from 'esbuild';
import { compileLexicons } from '../src/lexicon/compile.js';
import { DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS, DEFAULT_LEXICONS } from '../src/lexicon/defaults.js';
import { packLexicon } from '../src/lexicon/pack.js';

/**
 * Replaces src/lexicon/bundled.ts with its value: the bundled lexicons compiled and
 * packed at build time, as one `JSON.parse('…')`. The library then starts without
 * folding, inflecting and indexing every bundled name (cold start, issue #8).
 */
export const packedLexicon: Plugin = {
  name: 'packed-lexicon',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]lexicon[\\/]bundled\.ts$/ }, () => {
      const packed = packLexicon(compileLexicons(DEFAULT_LEXICONS, DEFAULT_COMPOSITIONS, DEFAULT_DESIGNATORS));
      return { contents: `export const BUNDLED_PACKED = JSON.parse(${JSON.stringify(JSON.stringify(packed))});`, loader: 'js' };
    });
  },
};
