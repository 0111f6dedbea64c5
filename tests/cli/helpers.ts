import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The built command line; ARABIC_ENTITIES_CLI points the tests at another build. */
export const CLI = process.env.ARABIC_ENTITIES_CLI ?? join(ROOT, 'dist', 'cli.js');
export const FIXTURES = join(ROOT, 'fixtures', 'cli');
export const CORPUS = join(ROOT, 'fixtures', 'corpus');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

/** What one run of the command line gave. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Fails early, with the fix, when the CLI has not been built (`npm test` builds it first). */
export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" (npm test does it in pretest)`);
}

/** Runs `node dist/cli.js ARGS` from the repository root, with optional stdin. */
export function cli(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd ?? ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: options.env ?? process.env };
  spawnOptions.input = options.input ?? '';
  const result = spawnSync(process.execPath, [CLI, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** The bundled corpus texts, in name order. */
export function corpusTexts(): { name: string; path: string; text: string; referenceDate: string }[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.txt'.length);
      const gold = JSON.parse(readFileSync(join(CORPUS, `${name}.gold.json`), 'utf8')) as { referenceDate: string };
      return { name, path: join('fixtures', 'corpus', f), text: readFileSync(join(CORPUS, f), 'utf8'), referenceDate: gold.referenceDate };
    });
}

/** The corpus as JSONL (`{"id","text","date"}` per line), `copies` times over with distinct ids. */
export function corpusJsonl(copies = 1): string {
  const lines: string[] = [];
  for (let copy = 0; copy < copies; copy += 1) {
    for (const doc of corpusTexts()) lines.push(JSON.stringify({ id: copies === 1 ? doc.name : `${doc.name}#${copy}`, text: doc.text, date: doc.referenceDate }));
  }
  return `${lines.join('\n')}\n`;
}

export { tempDir } from '../helpers/temp.js';

/** tests/artifacts/, created when missing (git-ignored). */
export function artifactsDir(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/** The summary line a run ends with on stderr. */
export const SUMMARY = /^arabic-entities: ([0-9]+) documents?, ([0-9]+) mentions?, ([0-9]+[.][0-9]{2}) MB\/s, ([0-9]+) failures?$/mu;
