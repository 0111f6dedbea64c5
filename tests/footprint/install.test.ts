import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';

const ROOT = join(import.meta.dirname, '..', '..');

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + sizeOf(join(path, entry)), 0);
}

function countPackages(nodeModules: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const scoped of readdirSync(join(nodeModules, entry))) found.push(`${entry}/${scoped}`);
    else found.push(entry);
  }
  return found;
}

// What a consumer's `npm install arabic-entities` brings: the packed tarball installed
// into an empty project with --omit=dev (npm test builds dist/ first).
describe('footprint of an install', () => {
  let project = '';

  beforeAll(() => {
    const dir = tempDir('arabic-entities-footprint-');
    const npm = (args: string[], cwd: string): string =>
      execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    const tarball = npm(['pack', '--silent', '--pack-destination', dir], ROOT).trim().split('\n').pop() ?? '';
    project = join(dir, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), '{"name": "footprint-check", "version": "1.0.0", "private": true}\n');
    npm(['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', '--silent', join(dir, tarball)], project);
  }, 120_000);

  it('installs at most 5 packages, within 5 MB, with no install scripts', () => {
    const packages = countPackages(join(project, 'node_modules'));
    const kb = sizeOf(join(project, 'node_modules')) / 1024;
    console.log(`install: ${packages.length} package(s) [${packages.join(', ')}], ${kb.toFixed(0)} KB`);
    expect(packages.length).toBeLessThanOrEqual(5);
    expect(kb).toBeLessThanOrEqual(5 * 1024);
    const manifest = JSON.parse(execFileSync('node', ['-p', "JSON.stringify(require('arabic-entities/package.json'))"], { cwd: project, encoding: 'utf8' })) as {
      scripts?: Record<string, string>;
      dependencies?: Record<string, string>;
    };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook]).toBeUndefined();
  });

  it('prints nothing on require or import', () => {
    const run = (args: string[]): { stdout: string; stderr: string } => {
      const stdout = execFileSync('node', args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { stdout, stderr: '' };
    };
    expect(run(['-e', "require('arabic-entities'); require('arabic-entities/node')"]).stdout).toBe('');
    expect(run(['--input-type=module', '-e', "await import('arabic-entities'); await import('arabic-entities/node')"]).stdout).toBe('');
    const both = execFileSync('sh', ['-c', `node -e "require('arabic-entities')" 2>&1`], { cwd: project, encoding: 'utf8' });
    expect(both).toBe('');
  });

  it('works from the install', () => {
    const out = execFileSync('node', ['-e', "const { extract } = require('arabic-entities'); console.log(extract('قتل 7 مدنيين في قره باغ').mentions.map((m) => m.text).join('|'))"], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('7|قره باغ');
  });
});

describe('browser build of the core', () => {
  it('bundles src/index.ts for the browser without Node built-ins', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile?.inputs ?? {});
    expect(inputs.some((path) => path.startsWith('node:'))).toBe(false);
    expect(result.outputFiles?.[0]?.text.length ?? 0).toBeGreaterThan(0);
  });
});
