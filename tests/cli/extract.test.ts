import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/cli/types.js';
import { CLI, ROOT, SUMMARY, cli, corpusJsonl, corpusTexts, requireBuiltCli, tempDir } from './helpers.js';

beforeAll(requireBuiltCli);

const corpus = corpusTexts();
const first = corpus[0] ?? ((): never => {
  throw new Error('fixtures/corpus is empty');
})();
let firstRecordCache: DocumentRecord | undefined;
/** The first corpus article extracted with its reference date, as `extract` writes it in JSON (run once). */
function firstRecord(): DocumentRecord {
  firstRecordCache ??= JSON.parse(cli(['extract', '-q', '-r', first.referenceDate, first.path]).stdout) as DocumentRecord;
  return firstRecordCache;
}
// The corpus as JSONL, longest article first, so that a worker finishing early would show up as reordering.
const LONGEST_FIRST = `${corpusJsonl().trimEnd().split('\n').sort((a, b) => b.length - a.length).join('\n')}\n`;
let singleThreaded: string | undefined;
const SMALL_JSONL = '{"id":"a","text":"قتل 7 مدنيين في باكو"}\n{"id":"b","text":"وصل الوفد إلى يريفان"}\n';
const jsonlLines = (out: string): DocumentRecord[] => out.trimEnd().split('\n').map((line) => JSON.parse(line) as DocumentRecord);

describe('extract: inputs and default formats', () => {
  it('writes one JSON object for one .txt file, offsets into the original text', () => {
    const run = cli(['extract', '--reference-date', first.referenceDate, first.path]);
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout) as DocumentRecord;
    firstRecordCache = record;
    expect(record.id).toBe(first.name);
    expect(record.file).toBe(first.path);
    expect(record.reference).toEqual({ date: first.referenceDate, source: 'option' });
    expect(record.mentions.length).toBeGreaterThan(10);
    for (const m of record.mentions) expect(first.text.slice(m.start, m.end)).toBe(m.text);
    expect(run.stderr).toMatch(SUMMARY);
    expect(SUMMARY.exec(run.stderr)?.slice(1, 3)).toEqual(['1', String(record.mentions.length)]);
  });

  it('writes JSONL, one line per file in argument order, for several files', () => {
    const run = cli(['extract', ...corpus.map((d) => d.path)]);
    expect(run.status).toBe(0);
    expect(jsonlLines(run.stdout).map((r) => r.id)).toEqual(corpus.map((d) => d.name));
    expect(SUMMARY.exec(run.stderr)?.[1]).toBe(String(corpus.length));
  });

  it('reads text from stdin with - and JSONL from stdin with --jsonl', () => {
    const text = cli(['extract', '-r', '2023-09-20', '-'], { input: 'قتل 7 مدنيين في باكو أمس' });
    expect(text.status).toBe(0);
    const record = JSON.parse(text.stdout) as DocumentRecord;
    expect(record.id).toBe('stdin');
    expect(record.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['باكو']));

    const jsonl = cli(['extract', '--jsonl'], { input: LONGEST_FIRST });
    expect(jsonl.status).toBe(0);
    singleThreaded = jsonl.stdout;
    const records = jsonlLines(jsonl.stdout);
    const order = [...corpus].sort((a, b) => b.text.length - a.text.length);
    expect(records.map((r) => r.id)).toEqual(order.map((d) => d.name));
    expect(records.map((r) => r.reference)).toEqual(order.map((d) => ({ date: d.referenceDate, source: 'option' })));
  });

  it('gives the same mentions whatever the input route', () => {
    const file = firstRecord();
    const stdin = JSON.parse(cli(['extract', '-r', first.referenceDate], { input: first.text }).stdout) as DocumentRecord;
    const line = jsonlLines(cli(['extract', '--jsonl'], { input: `${JSON.stringify({ id: 'x', text: first.text, date: first.referenceDate })}\n` }).stdout)[0];
    expect(stdin.mentions).toEqual(file.mentions);
    expect(line?.mentions).toEqual(file.mentions);
  });

  it('keeps only --types', () => {
    const record = JSON.parse(cli(['extract', '--types', 'date,number', '-r', first.referenceDate, first.path]).stdout) as DocumentRecord;
    expect(record.mentions.length).toBeGreaterThan(0);
    expect(new Set(record.mentions.map((m) => m.type))).toEqual(new Set(['date', 'number']));
  });

  it('loads --lexicon files after the bundled ones', () => {
    const path = join('fixtures', 'cli', 'sudan.txt');
    const without = JSON.parse(cli(['extract', path]).stdout) as DocumentRecord;
    const withSudan = JSON.parse(cli(['extract', '--lexicon', 'fixtures/lexicons/sudan.json', path]).stdout) as DocumentRecord;
    expect(without.mentions.map((m) => m.id)).not.toContain('rapid-support-forces');
    expect(withSudan.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['rapid-support-forces', 'mohamed-hamdan-dagalo']));
  });

  it('keeps input order with --workers and matches a single-threaded run', () => {
    singleThreaded ??= cli(['extract', '--jsonl', '-q'], { input: LONGEST_FIRST }).stdout;
    const two = cli(['extract', '--jsonl', '-q', '--workers', '2'], { input: LONGEST_FIRST });
    expect(two.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(singleThreaded);
    expect(jsonlLines(two.stdout)).toHaveLength(corpus.length);
  });

  it('uses worker threads from the built file even when run through a symlink (npx, node_modules/.bin)', () => {
    const dir = tempDir();
    const link = join(dir, 'arabic-entities');
    spawnSync('ln', ['-s', CLI, link]);
    const run = spawnSync(link, ['extract', '--jsonl', '-q', '-w', '2', 'fixtures/cli/mixed.jsonl'], { encoding: 'utf8', cwd: ROOT });
    expect(run.status).toBe(1);
    expect(jsonlLines(run.stdout).map((r) => r.id)).toEqual(['sudan-1', 2]);
  });
});

describe('extract: bounded memory', () => {
  it('streams a JSONL input larger than its whole JavaScript heap', () => {
    const dir = tempDir();
    const input = join(dir, 'large.jsonl');
    // 64 MB: 640 documents of 100,000 spaces, with an article every 160 lines.
    const padding = ' '.repeat(100_000);
    const lines = Array.from({ length: 640 }, (_, i) => JSON.stringify({ id: i, text: (i % 160 === 0 ? first.text : '') + padding, date: first.referenceDate }));
    writeFileSync(input, `${lines.join('\n')}\n`);
    const run = spawnSync(process.execPath, ['--max-old-space-size=32', CLI, 'extract', '--jsonl', input], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(640);
    expect(SUMMARY.exec(run.stderr)?.[1]).toBe('640');
  });
});

describe('extract: output formats', () => {
  it('conll: a # id line, one whitespace token per line with an IOB2 tag, a blank line after each document', () => {
    const run = cli(['extract', '-f', 'conll', '-r', first.referenceDate, first.path, 'fixtures/cli/clitics.txt']);
    expect(run.status).toBe(0);
    const blocks = run.stdout.split('\n\n').filter((b) => b !== '');
    expect(blocks).toHaveLength(2);
    const [block] = blocks;
    const lines = (block ?? '').split('\n');
    expect(lines[0]).toBe(`# id = ${first.name}`);
    const rows = lines.slice(1).map((l) => l.split('\t'));
    expect(rows.map((r) => r[0])).toEqual(first.text.split(/\s+/u).filter((t) => t !== ''));
    for (const row of rows) expect(row[1]).toMatch(/^(?:O|[BI]-(?:ACTOR|PLACE|NUMBER|DATE))$/u);
    const record = firstRecord();
    expect(rows.filter((r) => r[1]?.startsWith('B-')).length).toBeLessThanOrEqual(record.mentions.length);
    expect(rows.filter((r) => r[1]?.startsWith('B-')).length).toBeGreaterThan(record.mentions.length * 0.8);
    expect(blocks[1]).toContain('وأذربيجان\tB-PLACE');
    expect(blocks[1]).toContain('لروسيا.\tB-PLACE');
  });

  it('table: a title per document, a header, one row per mention, Arabic in isolates', () => {
    const run = cli(['extract', '-f', 'table', '-r', first.referenceDate, first.path]);
    expect(run.status).toBe(0);
    const record = firstRecord();
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toContain(first.name);
    expect(lines[1]).toMatch(/^ *# +span +type +text +id \/ value +details$/u);
    expect(lines.slice(2)).toHaveLength(record.mentions.length);
    for (const [i, m] of record.mentions.entries()) expect(lines[i + 2]).toContain(`\u2067${m.text.replace(/\s+/gu, ' ')}\u2069`);
  });

  it('html: one self-contained right-to-left page with a mark per mention', () => {
    const run = cli(['extract', '-f', 'html', '-r', first.referenceDate, first.path]);
    expect(run.status).toBe(0);
    const record = firstRecord();
    expect(run.stdout).toMatch(/^<!doctype html>\n<html dir="rtl" lang="ar">/u);
    expect(run.stdout.match(/<mark /gu)).toHaveLength(record.mentions.length);
    expect(run.stdout).not.toMatch(/(?:src|href)=|https?:|@import|url\(/u);
    expect(run.stdout).toContain('"Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI", Tahoma, sans-serif');
  });

  it('html escapes the text', () => {
    const run = cli(['extract', '-f', 'html', 'fixtures/cli/markup.txt']);
    expect(run.stdout).not.toContain('<script>');
    expect(run.stdout).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');
  });

  it('json for several inputs is one array', () => {
    const run = cli(['extract', '-f', 'json', ...corpus.slice(0, 2).map((d) => d.path)]);
    const array = JSON.parse(run.stdout) as DocumentRecord[];
    expect(array.map((r) => r.id)).toEqual(corpus.slice(0, 2).map((d) => d.name));
  });

  it('--out writes one file per document, or one JSONL file per input', () => {
    const dir = join(tempDir(), 'views');
    const run = cli(['extract', '-f', 'html', '--out', dir, 'fixtures/cli/clitics.txt', 'fixtures/cli/sudan.txt', 'fixtures/cli/eval-small/clitics.txt']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['clitics-2.html', 'clitics.html', 'sudan.html']);
    expect(readFileSync(join(dir, 'sudan.html'), 'utf8')).toContain('dir="rtl"');

    const jsonlDir = tempDir();
    const jsonl = cli(['extract', '--jsonl', '--out', jsonlDir, 'fixtures/cli/mixed.jsonl', '-'], { input: SMALL_JSONL });
    expect(jsonl.status).toBe(1);
    expect(readdirSync(jsonlDir).sort()).toEqual(['mixed.jsonl', 'stdin.jsonl']);
    expect(jsonlLines(readFileSync(join(jsonlDir, 'stdin.jsonl'), 'utf8')).map((r) => r.id)).toEqual(['a', 'b']);
    expect(jsonlLines(readFileSync(join(jsonlDir, 'mixed.jsonl'), 'utf8')).map((r) => r.id)).toEqual(['sudan-1', 2]);
  });
});

describe('extract: progress and summary', () => {
  it('draws no progress bar when stderr is not a terminal, and -q drops the summary', () => {
    const run = cli(['extract', '--jsonl'], { input: SMALL_JSONL });
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli(['extract', '--jsonl', '-q'], { input: SMALL_JSONL }).stderr).toBe('');
  });

  it.runIf(existsSync('/usr/bin/script'))('draws a progress bar on a terminal for a multi-file run', () => {
    const files = ['fixtures/cli/clitics.txt', 'fixtures/cli/sudan.txt', 'fixtures/cli/markup.txt'].join(' ');
    // script(1) gives the command a pseudo-terminal; stdout goes to /dev/null so only stderr reaches it.
    const run = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" extract ${files} > /dev/null`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', input: '' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\r\[#+-*\] +[0-9]+%/u);
    expect(run.stdout).toMatch(new RegExp(`\\u001b\\[Karabic-entities: 3 documents, [0-9]+ mentions, [0-9.]+ MB/s, 0 failures\\r?\\n$`, 'u'));
  });

  it.runIf(existsSync('/usr/bin/script'))('refuses to wait for typing when stdin is a terminal and no file is given', () => {
    const run = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" extract`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', input: '' });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('arabic-entities: extract: no input: give .txt files, or pipe text or JSONL (--jsonl) into stdin');
  });
});
