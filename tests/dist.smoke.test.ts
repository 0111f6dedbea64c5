import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMALIZE_OPTIONS, extract, normalize, tokenize } from '../src/index.js';
import { loadCorpus } from './helpers/corpus.js';

const ROOT = join(import.meta.dirname, '..');
const run = (args: string[]): string => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

// `npm test` builds first (pretest); these load dist/ through the package's own name and exports map.
describe.runIf(existsSync(join(ROOT, 'dist', 'index.js')))('built package', () => {
  const script = `const { extract, normalize } = M;
    const r = extract('قتل 7 مدنيين في باكو', { referenceDate: '2023-09-20' });
    console.log(JSON.stringify({ n: normalize('أذربيجانَ').text, ok: Array.isArray(r.mentions) }));`;

  it('imports as ESM by package name', () => {
    const out = run(['--input-type=module', '-e', `import * as M from 'arabic-entities'; ${script}`]);
    expect(JSON.parse(out)).toEqual({ n: 'اذربيجان', ok: true });
  });

  it('publishes no declaration marked @internal (Token.memo, the per-word cache, stays out of the types)', () => {
    for (const file of ['index.d.ts', 'index.d.cts']) {
      const types = readFileSync(join(ROOT, 'dist', file), 'utf8');
      expect(types).toContain('interface Token ');
      expect(types).not.toMatch(/readonly memo:|@internal|WordMemo/u);
    }
  });

  it('requires as CommonJS by package name', () => {
    const out = run(['-e', `const M = require('arabic-entities'); ${script}`]);
    expect(JSON.parse(out)).toEqual({ n: 'اذربيجان', ok: true });
  });

  it('classes every BMP character as the source does (the build ships the Unicode property table)', () => {
    const script = `import { normalize, tokenize, DEFAULT_NORMALIZE_OPTIONS } from 'arabic-entities';
      const off = Object.fromEntries(Object.keys(DEFAULT_NORMALIZE_OPTIONS).map((k) => [k, false]));
      let text = '';
      for (let code = 0; code < 0x10000; code += 1) if (code < 0xd800 || code > 0xdfff) text += String.fromCharCode(code);
      console.log(JSON.stringify(tokenize(normalize(text, off), { analyses: false }).map((t) => [t.kind, t.start, t.end])));`;
    const built = JSON.parse(run(['--input-type=module', '-e', script])) as unknown[];
    const off = Object.fromEntries(Object.keys(DEFAULT_NORMALIZE_OPTIONS).map((k) => [k, false]));
    let text = '';
    for (let code = 0; code < 0x10000; code += 1) if (code < 0xd800 || code > 0xdfff) text += String.fromCharCode(code);
    expect(built).toEqual(tokenize(normalize(text, off), { analyses: false }).map((t) => [t.kind, t.start, t.end]));
    expect(built.length).toBeGreaterThan(1000);
  });

  it('finds what the source finds on the corpus (the build packs the bundled lexicons itself)', () => {
    const corpus = loadCorpus();
    const script = `import { extract } from 'arabic-entities'; import { readFileSync } from 'node:fs';
      const docs = JSON.parse(readFileSync(0, 'utf8'));
      console.log(JSON.stringify(docs.map((d) => extract(d.text, { referenceDate: d.referenceDate }).mentions)));`;
    const input = JSON.stringify(corpus.map((d) => ({ text: d.text, referenceDate: d.referenceDate })));
    const built = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', input })) as unknown[];
    expect(built).toEqual(corpus.map((d) => extract(d.text, { referenceDate: d.referenceDate }).mentions));
  });
});
