import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * Bundles each JSON data file as `JSON.parse('…')` instead of a JavaScript object
 * literal: V8 reads a JSON string faster than the same data as code, and the word lists
 * and lexicons are most of the bundle.
 *
 * The domain lexicons (lexicons/*.json) are parsed on first read of a field, not at
 * import: matching uses the packed form (build/packed-lexicon.ts), so only a caller of
 * BUNDLED_LEXICONS or an extractor with lexicons of its own needs them.
 */
export const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      // Parsed here once, so a malformed data file fails the build with its path.
      const data: unknown = JSON.parse(await readFile(args.path, 'utf8'));
      const literal = JSON.stringify(JSON.stringify(data));
      if (!/[\\/]lexicons[\\/][^\\/]+\.json$/u.test(args.path) || data === null || typeof data !== 'object' || Array.isArray(data)) {
        return { contents: `export default JSON.parse(${literal});`, loader: 'js' };
      }
      const getters = Object.keys(data).map((key) => `get ${JSON.stringify(key)}() { return load()[${JSON.stringify(key)}]; }`);
      return { contents: `let data;\nconst load = () => (data ??= JSON.parse(${literal}));\nexport default { ${getters.join(', ')} };`, loader: 'js' };
    });
  },
};
