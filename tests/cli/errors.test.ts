import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/cli/types.js';
import { CLI, ROOT, SUMMARY, cli, requireBuiltCli, tempDir } from './helpers.js';

beforeAll(requireBuiltCli);

const ids = (stdout: string): unknown[] => stdout.trimEnd().split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as DocumentRecord).id);
const failures = (stderr: string): string | undefined => SUMMARY.exec(stderr)?.[4];

describe('extract: unreadable inputs are reported and the run goes on', () => {
  it('a missing file, a directory and invalid UTF-8, each named; the good file is still written', () => {
    const run = cli(['extract', 'fixtures/cli/nope.txt', 'fixtures/corpus', 'fixtures/cli/invalid-utf8.txt', 'fixtures/cli/clitics.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('arabic-entities: fixtures/cli/nope.txt: no such file');
    expect(run.stderr).toContain('arabic-entities: fixtures/corpus: is a directory');
    expect(run.stderr).toContain('arabic-entities: fixtures/cli/invalid-utf8.txt: invalid UTF-8 at byte 27');
    expect(ids(run.stdout)).toEqual(['clitics']);
    expect(failures(run.stderr)).toBe('3');
  });

  it('JSONL lines that are not JSON, not objects, lack text or have a bad date, each with file and line', () => {
    const run = cli(['extract', 'fixtures/cli/mixed.jsonl']);
    expect(run.status).toBe(1);
    const messages = run.stderr.split('\n').filter((l) => l.startsWith('arabic-entities: fixtures/'));
    expect(messages).toEqual([
      expect.stringMatching(/^arabic-entities: fixtures\/cli\/mixed\.jsonl:2: not JSON \(/u),
      'arabic-entities: fixtures/cli/mixed.jsonl:3: no "text" field',
      expect.stringMatching(/^arabic-entities: fixtures\/cli\/mixed\.jsonl:5: bad "date": referenceDate "2023-02-30" is not a real calendar date$/u),
      'arabic-entities: fixtures/cli/mixed.jsonl:6: not a JSON object (got an array)',
    ]);
    expect(ids(run.stdout)).toEqual(['sudan-1', 2]);
    expect(failures(run.stderr)).toBe('4');
  });

  it('invalid UTF-8 on one JSONL line, from stdin too', () => {
    const run = cli(['extract', '--jsonl', 'fixtures/cli/invalid-utf8.jsonl', '-'], { input: '{"id":"s1","text":"في باكو"}\n{"text":\n' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('arabic-entities: fixtures/cli/invalid-utf8.jsonl:2: invalid UTF-8 at byte 31 of the line');
    expect(run.stderr).toMatch(/arabic-entities: stdin:2: not JSON/u);
    expect(ids(run.stdout)).toEqual(['ok-1', 'ok-3', 's1']);
    expect(failures(run.stderr)).toBe('2');
  });

  it('--strict stops at the first failure', () => {
    const run = cli(['extract', '--strict', 'fixtures/cli/mixed.jsonl', 'fixtures/cli/clitics.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('mixed.jsonl:2: not JSON');
    expect(run.stderr).not.toContain('mixed.jsonl:3');
    expect(run.stderr).toContain('stopped at the first failure (--strict)');
    expect(ids(run.stdout)).toEqual(['sudan-1']);
    expect(failures(run.stderr)).toBe('1');
  });

  it('a bad --lexicon file lists every problem and exits 1 before reading anything', () => {
    const run = cli(['extract', '--lexicon', 'fixtures/lexicons/bad.json', 'fixtures/cli/clitics.txt']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('arabic-entities: --lexicon fixtures/lexicons/bad.json, entry 0, field "id": missing id');
    expect(run.stderr.split('\n').filter((l) => l.includes('bad.json')).length).toBeGreaterThanOrEqual(5);
  });
});

describe('a reader that goes away', () => {
  it('stops quietly when stdout is closed early (… | head)', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" extract -f conll fixtures/corpus/*.txt | head -n 3`], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('# id = 000_99ef2d3745adf04a');
    expect(run.stderr).not.toContain('error');
    expect(run.stderr).toMatch(SUMMARY);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['extract', '--bogus'], /extract: Unknown option '--bogus'/u],
    [['extract', '--format', 'xml', 'x.txt'], /--format: unknown format "xml"/u],
    [['extract', '--reference-date', '19/09/2023', 'x.txt'], /--reference-date: referenceDate "19\/09\/2023" is not in YYYY-MM-DD form/u],
    [['extract', '--types', 'actor,person', 'x.txt'], /--types: unknown type "person"/u],
    [['extract', '--workers', 'many', 'x.txt'], /--workers: expected a whole number/u],
    [['extract', '--out'], /Option '-o, --out <value>' argument missing/u],
    [['extract', '-', '-'], /stdin \(-\) can be read only once/u],
    [['extract', '--out', 'package.json', 'x.txt'], /--out: "package.json" exists and is not a directory/u],
    [['eval'], /eval: give the corpus folder/u],
    [['eval', 'fixtures/corpus', '--min-f1', 'high'], /--min-f1: expected a number from 0 to 1/u],
    [['lexicon'], /give a subcommand: lexicon check/u],
    [['lexicon', 'lint', 'x.json'], /unknown subcommand "lexicon lint"/u],
    [['lexicon', 'check'], /give at least one lexicon file/u],
    [['frobnicate'], /unknown command "frobnicate"/u],
    [['--frobnicate'], /unknown option "--frobnicate"/u],
  ])('%j', (args, message) => {
    const run = cli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Run "arabic-entities( [a-z]+)? --help" for usage/u);
    expect(run.stdout).toBe('');
  });

  it('no command prints the help on stderr and exits 2', () => {
    const run = cli([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: arabic-entities <command>');
  });
});

describe('--help for every command', () => {
  it.each([
    [['--help'], 'Usage: arabic-entities <command>'],
    [['help'], 'Usage: arabic-entities <command>'],
    [['help', 'eval'], 'Usage: arabic-entities eval'],
    [['extract', '--help'], 'Usage: arabic-entities extract'],
    [['extract', '--bogus', '-h'], 'Usage: arabic-entities extract'],
    [['eval', '--help'], 'Usage: arabic-entities eval'],
    [['lexicon', '--help'], 'Usage: arabic-entities lexicon check'],
    [['lexicon', 'check', '-h'], 'Usage: arabic-entities lexicon check'],
  ])('%j', (args, heading) => {
    const run = cli(args);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith(heading)).toBe(true);
  });

  it('--version prints the package version', () => {
    const run = cli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^[0-9]+[.][0-9]+[.][0-9]+/u);
  });
});

describe('eval and lexicon check', () => {
  it('eval scores the bundled corpus and prints the table (npm run corpus)', () => {
    const run = cli(['eval', 'fixtures/corpus']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^fixtures\/corpus: 5 documents, [0-9]+ gold mentions/u);
    expect(run.stdout).toContain('strict P     R    F1 | partial F1 | value  id    attrs');
    expect(run.stdout).toMatch(/^overall +[0-9]+ +[0-9]+ /mu);
  });

  it('eval --json gives the report, and --min-f1 exits 1 below it and 0 at or above it', () => {
    // eval-small's gold has a mention no extractor finds, so its F1 is always below 1.
    const json = cli(['eval', 'fixtures/cli/eval-small', '--json', '--min-f1', '0']);
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as { documents: string[]; minF1: number; passed: boolean; report: { overall: { strict: { f1: number } } } };
    expect(parsed).toMatchObject({ documents: ['clitics'], minF1: 0, passed: true });
    const f1 = parsed.report.overall.strict.f1;
    expect(f1).toBeGreaterThan(0);
    expect(f1).toBeLessThan(1);
    const below = cli(['eval', 'fixtures/cli/eval-small', '--min-f1', '1']);
    expect(below.status).toBe(1);
    expect(below.stdout).toMatch(/^overall /mu);
    expect(below.stderr).toBe(`arabic-entities: overall strict F1 ${f1.toFixed(3)} is below --min-f1 1\n`);
  });

  it('eval names what is wrong with the folder and exits 2', () => {
    expect(cli(['eval', 'fixtures/nope']).stderr).toContain('arabic-entities: eval: fixtures/nope: no such file');
    expect(cli(['eval', 'package.json']).stderr).toContain('package.json: not a directory');
    expect(cli(['eval', 'fixtures/lexicons']).stderr).toContain('fixtures/lexicons: no NAME.gold.json files here');
    const missing = cli(['eval', 'fixtures/cli/eval-missing-text']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('fixtures/cli/eval-missing-text/000_99ef2d3745adf04a.txt: no such file');
    const bad = cli(['eval', 'fixtures/cli/eval-bad-gold']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/fixtures\/cli\/eval-bad-gold\/001_c86d651a89874e41\.gold\.json: not JSON/u);
  });

  it('lexicon check: ok files exit 0; every problem is printed with file, entry and field, exit 1', () => {
    const ok = cli(['lexicon', 'check', 'fixtures/lexicons/sudan.json', 'lexicons/countries.json']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^fixtures\/lexicons\/sudan\.json: ok \([0-9]+ entries\)$/mu);

    const bad = cli(['lexicon', 'check', 'fixtures/lexicons/sudan.json', 'fixtures/lexicons/bad.json', 'fixtures/lexicons/broken.json', 'fixtures/cli/nope.json']);
    expect(bad.status).toBe(1);
    const lines = bad.stdout.trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'fixtures/lexicons/bad.json, entry 0, field "id": missing id',
        expect.stringMatching(/^fixtures\/lexicons\/bad\.json, entry 1, id "Bad Id", field "id": id must be kebab-case/u),
        expect.stringMatching(/^fixtures\/lexicons\/bad\.json, entry 2, id "darfur", field "subtype": /u),
        expect.stringMatching(/^fixtures\/lexicons\/bad\.json, entry 3, id "empty", field "names": /u),
        expect.stringMatching(/^fixtures\/lexicons\/bad\.json, entry 5, id "darfur", field "id": duplicate id/u),
        expect.stringMatching(/^fixtures\/lexicons\/broken\.json: invalid JSON at line 1, column [0-9]+/u),
        'fixtures/cli/nope.json: cannot read the file: no such file',
      ]),
    );
    expect(bad.stderr).toMatch(/arabic-entities: [0-9]+ problems in 3 of 4 files/u);
  });

  it('a directory given to lexicon check is a problem, not a crash', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'empty.json'), '{"entries": []}');
    const run = cli(['lexicon', 'check', join(dir, 'sub'), join(dir, 'empty.json')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${join(dir, 'sub')}: cannot read the file`);
    expect(run.stdout).toContain(`${join(dir, 'empty.json')}: ok (0 entries)`);
  });
});
