import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, requireBuiltCli, tempDir } from './helpers.js';

beforeAll(requireBuiltCli);

describe('the package bin', () => {
  it('dist/cli.js starts with a node shebang', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    expect(pkg.bin).toEqual({ 'arabic-entities': './dist/cli.js' });
  });

  it('`npx arabic-entities --help` works after installing the packed package', () => {
    const dir = tempDir();
    const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
    const tarball = npm(['pack', '--silent', '--pack-destination', dir], ROOT).trim().split('\n').pop() ?? '';
    const project = join(dir, 'project');
    execFileSync('mkdir', [project]);
    writeFileSync(join(project, 'package.json'), '{"name": "bin-check", "version": "1.0.0", "private": true}\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', '--silent', join(dir, tarball)], project);
    const help = npm(['exec', '--offline', '--', 'arabic-entities', '--help'], project);
    expect(help).toContain('Usage: arabic-entities <command>');
    const out = execFileSync('npx', ['--offline', 'arabic-entities', 'extract', '-q', '--jsonl', '-w', '2'], {
      cwd: project,
      input: '{"id":"a","text":"في باكو"}\n',
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toMatchObject({ id: 'a', mentions: [{ text: 'باكو', id: 'baku' }] });
  });
});
