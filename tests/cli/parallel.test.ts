import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT, corpusJsonl, requireBuiltCli, tempDir } from './helpers.js';

// The README's fan-out recipe: JSONL in, JSONL out, line by line, no state between lines.
const PARALLEL = '/usr/bin/parallel';
const available = existsSync(PARALLEL);
if (!available) {
  if (process.env.CI) throw new Error(`${PARALLEL} is missing: .ci/run should have installed it (apt-get install parallel)`);
  console.warn(`skipped the GNU parallel recipe test: ${PARALLEL} is missing (apt-get install -y parallel)`);
}

describe.runIf(available)('GNU parallel --pipe (docs/cli.md recipe)', () => {
  it('gives output identical to a single run', () => {
    requireBuiltCli();
    const dir = tempDir();
    const input = join(dir, 'articles.jsonl');
    // The corpus, a line that fails, and short lines, so that chunks hold one or several lines and one an error.
    const short = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `short-${i}`, text: `قتل ${i + 2} مدنيين في باكو أمس`, date: '2023-09-20' })).join('\n');
    writeFileSync(input, `${corpusJsonl()}{"id":"broken"\n${short}\n`);
    const shell = (command: string): { status: number | null; stdout: string; stderr: string } => {
      const run = spawnSync('bash', ['-c', command], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    };
    const node = `"${process.execPath}" "${CLI}"`;
    const single = shell(`${node} extract --jsonl --quiet < "${input}"`);
    const fanned = shell(`${PARALLEL} --pipe --keep-order --block 16k -j 2 ${node} extract --jsonl --quiet < "${input}"`);
    expect(single.status).toBe(1);
    expect(single.stdout.trimEnd().split('\n')).toHaveLength(17);
    expect(fanned.stdout).toBe(single.stdout);
    // parallel exits with the number of failed chunks: here the one holding the broken line.
    expect(fanned.status).toBe(1);
    expect(fanned.stderr).toMatch(/arabic-entities: stdin:[0-9]+: not JSON/u);
  });
});
