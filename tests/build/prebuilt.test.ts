import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { prebuilt } from '../../build/prebuilt.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(ROOT, 'node_modules', '.cache-prebuilt-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(source: string): Promise<string> {
  const path = join(dir, `table${Math.random().toString(36).slice(2)}.prebuilt.ts`);
  writeFileSync(path, source);
  const result = await build({ entryPoints: [path], bundle: true, write: false, format: 'esm', plugins: [prebuilt], logLevel: 'silent', absWorkingDir: ROOT });
  return result.outputFiles[0]?.text ?? '';
}

describe('build: *.prebuilt.ts modules', () => {
  it('ship their exports as data, computed at build time from what they import', async () => {
    const out = await bundle(`import { foldText } from '${join(ROOT, 'src', 'normalize', 'index.ts')}';
      export const WORDS: string[] = ['أذربيجان', 'قرة'].map((w) => foldText(w));
      export const COUNT = 2;`);
    expect(out).toContain('JSON.parse');
    expect(out).not.toContain('foldText');
    const url = `data:text/javascript;base64,${Buffer.from(out).toString('base64')}`;
    const module = (await import(url)) as { WORDS: string[]; COUNT: number };
    expect(module.WORDS).toEqual(['اذربيجان', 'قره']);
    expect(module.COUNT).toBe(2);
  });

  it('fail the build on an export JSON would not give back, naming the module and the export', async () => {
    await expect(bundle(`export const TABLE = new Map([['باكو', 1]]);`)).rejects.toThrow(/prebuilt\.ts: TABLE is not JSON data \(\[object Map\]\)/u);
    await expect(bundle(`export const LISTS = { cities: [new Set(['باكو'])] };`)).rejects.toThrow(/LISTS\.cities\[0\] is not JSON data/u);
  });
});
