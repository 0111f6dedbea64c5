import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Evaluates each `*.prebuilt.ts` module at build time and bundles its exports as data:
 * `export const NAME = JSON.parse('…')`. Such a module computes tables from the data files
 * (the packed lexicons, folded word lists) when run from source, as the tests do; the
 * published library ships the results and does not compute them at every start (cold
 * start, issue #8). Its exports must be JSON data: a Map, a Set or a function fails the
 * build with the module's path and the export's name.
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
        const lines = Object.entries(exports).map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(asJson(value, `${args.path}: ${name}`))});`);
        return { contents: lines.join('\n'), loader: 'js' };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  },
};

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
