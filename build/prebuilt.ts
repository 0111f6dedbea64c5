import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Evaluates each `*.prebuilt.ts` module at build time and bundles its exports as data:
 * `export const NAME = JSON.parse('…')`, or the plain literal ({@link asSource}). Such a
 * module computes tables from the data files (the packed lexicons, folded word lists)
 * when run from source, as the tests do; the published library ships the results and
 * does not compute them at every start (cold start, issue #8). Its exports must be JSON
 * data: a Map, a Set or a function fails the build with the module's path and the
 * export's name.
 */
export const prebuilt: Plugin = {
  name: 'prebuilt',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.prebuilt\.ts$/ }, async (args) => {
      const bundled = await build({ entryPoints: [args.path], bundle: true, write: false, format: 'esm', platform: 'node', packages: 'external', logLevel: 'silent' });
      // Inside the project, so the module's packages resolve from its node_modules.
      const cache = join(pluginBuild.initialOptions.absWorkingDir ?? process.cwd(), 'node_modules', '.cache');
      await mkdir(cache, { recursive: true });
      const dir = await mkdtemp(join(cache, 'prebuilt-'));
      try {
        const file = join(dir, 'module.mjs');
        await writeFile(file, bundled.outputFiles[0]?.text ?? '');
        const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
        const lines = Object.entries(exports).map(([name, value]) => `export const ${name} = ${asSource(value, asJson(value, `${args.path}: ${name}`))};`);
        return { contents: lines.join('\n'), loader: 'js' };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  },
};

/** Strings at least this long count as the long strings of {@link asSource}. */
const LONG_STRING = 1000;

/**
 * The data as source: `JSON.parse('…')` when it is many small values (V8 reads a JSON
 * string faster than the same data as code), a plain literal when most of its text is in
 * a few long strings (the packed lexicons): V8 takes a literal's strings straight from
 * the source, where JSON.parse would copy half a megabyte at every start (2–4 ms).
 */
function asSource(value: unknown, json: string): string {
  let long = 0;
  const measure = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length >= LONG_STRING) long += v.length;
    } else if (Array.isArray(v)) v.forEach(measure);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(measure);
  };
  measure(value);
  // In a literal, a «__proto__» key would set the prototype instead of a property.
  const literal = long * 2 > json.length && !json.includes('"__proto__":');
  return literal ? `(${json})` : `JSON.parse(${JSON.stringify(json)})`;
}

/** `value` as JSON text, or an error naming `where` when JSON would not give it back. */
function asJson(value: unknown, where: string): string {
  const check = (v: unknown, path: string): void => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return;
    if (Array.isArray(v)) return v.forEach((item, i) => check(item, `${path}[${i}]`));
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) check(item, `${path}.${key}`);
      return;
    }
    throw new Error(`prebuilt: ${path} is not JSON data (${Object.prototype.toString.call(v)})`);
  };
  check(value, where);
  return JSON.stringify(value);
}
