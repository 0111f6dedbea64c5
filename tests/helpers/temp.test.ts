import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from './temp.js';

// Regression: the CLI tests left a 64 MB JSONL file in the system's temporary folder on every run.
describe('test helpers: temporary folders', () => {
  it('are removed with their contents', () => {
    const dirs = [tempDir(), tempDir('arabic-entities-other-')];
    mkdirSync(join(dirs[0] ?? '', 'nested'));
    writeFileSync(join(dirs[0] ?? '', 'nested', 'large.jsonl'), '{}\n');
    expect(dirs.every((d) => existsSync(d))).toBe(true);
    removeTempDirs();
    expect(dirs.filter((d) => existsSync(d))).toEqual([]);
  });
});
