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

  it('ship data held mostly in long strings as a literal, JSON.parse for many small values', async () => {
    const packed = await bundle(`export const PACKED = { keys: 'باكو|'.repeat(400), count: 400 };
      export const WORDS = Array.from({ length: 400 }, (_, i) => 'باكو' + i);`);
    expect(packed).toMatch(/PACKED = \{/u);
    expect(packed).toMatch(/WORDS = JSON\.parse\(/u);
    const module = (await import(`data:text/javascript;base64,${Buffer.from(packed).toString('base64')}`)) as { PACKED: { keys: string; count: number }; WORDS: string[] };
    expect(module.PACKED).toEqual({ keys: 'باكو|'.repeat(400), count: 400 });
    expect(module.WORDS[399]).toBe('باكو399');
    // A literal «__proto__» key would set the prototype: such data stays with JSON.parse.
    const proto = await bundle(`export const ODD = JSON.parse('{"__proto__": "' + 'ب'.repeat(2000) + '"}');`);
    expect(proto).toMatch(/ODD = JSON\.parse\(/u);
  });

  it('fail the build on an export JSON would not give back, naming the module and the export', async () => {
    await expect(bundle(`export const TABLE = new Map([['باكو', 1]]);`)).rejects.toThrow(/prebuilt\.ts: TABLE is not JSON data \(\[object Map\]\)/u);
    await expect(bundle(`export const LISTS = { cities: [new Set(['باكو'])] };`)).rejects.toThrow(/LISTS\.cities\[0\] is not JSON data/u);
  });
});
