import { defineConfig } from 'tsup';
import { jsonAsParse } from './build/json-as-parse.js';
import { prebuilt } from './build/prebuilt.js';

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  // Declarations marked @internal (Token.memo, the per-word cache) stay out of the published types.
  dts: { entry: { index: 'src/index.ts', node: 'src/node.ts' }, compilerOptions: { stripInternal: true } },
  sourcemap: false,
  clean: true,
  target: 'node20',
  // Entries share one chunk per format, so the library's data ships once, not once per entry.
  splitting: true,
  // Bundled so that a consumer's install stays light: natural's root pulls in
  // databases, and franc-min is ESM-only.
  noExternal: ['natural', 'franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  esbuildPlugins: [prebuilt, jsonAsParse],
  esbuildOptions(options) {
    // Arabic as UTF-8, not \uXXXX escapes: the word lists and lexicons are most of the
    // bundle, and the file V8 must read and parse at import is a third of the size.
    options.charset = 'utf8';
  },
});
