import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onFirstUse } from '../../src/unicode/on-first-use.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');
// Run at build time only: their patterns never reach the bundle's import.
const BUILD_TIME = /(?:\.prebuilt\.ts|(?:^|[/\\])unicode[/\\]patterns\.ts)$/u;
// A regular expression literal holding \p{…}, outside a comment.
const PROPERTY_LITERAL = /(?:^|[=(,:!&|?;{}\s])\/(?![/*])[^\n'"`]*\\p\{[^\n'"`]*\/[dgimsuvy]*/u;

describe('onFirstUse: property regexes built when first needed', () => {
  it('builds the expression once, on the first call', () => {
    const letter = onFirstUse('\\p{L}', 'u');
    expect(letter().test('ب')).toBe(true);
    expect(letter().test('٣')).toBe(false);
    expect(letter()).toBe(letter());
  });

  // V8 parses a \p{…} literal when it compiles the module, even one that never runs.
  it('is used for every \\p{…} pattern of the code that runs: no such literal is left in src/', () => {
    const found: string[] = [];
    for (const file of readdirSync(SRC, { recursive: true }).map(String)) {
      if (!file.endsWith('.ts') || BUILD_TIME.test(file)) continue;
      readFileSync(join(SRC, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/^\s*(?:\*|\/\/).*$/u, '');
          if (PROPERTY_LITERAL.test(code)) found.push(`${relative(SRC, join(SRC, file))}:${i + 1}`);
        });
    }
    expect(found).toEqual([]);
    expect(PROPERTY_LITERAL.test("const X = /[\\p{L}]/u;")).toBe(true);
    expect(PROPERTY_LITERAL.test("const x = onFirstUse('[\\\\p{L}]', 'u');")).toBe(false);
  });
});
