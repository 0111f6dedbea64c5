import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseEvalArgs, parseExtractArgs, parseLexiconArgs, wantsHelp } from '../../src/cli/args.js';
import { decodeUtf8, firstInvalidByte } from '../../src/cli/decode.js';
import { UsageError } from '../../src/cli/exit-codes.js';
import { conllTokens } from '../../src/cli/formats/conll.js';
import { escapeHtml, htmlDocument, paragraphs } from '../../src/cli/formats/html.js';
import { displayWidth, isolateText, tableDocument } from '../../src/cli/formats/table.js';
import { parseJsonlLine } from '../../src/cli/jsonl.js';
import { byteLines } from '../../src/cli/lines.js';
import { safeFileName } from '../../src/cli/output.js';
import { createProgress, formatProgress } from '../../src/cli/progress.js';
import { formatSummary } from '../../src/cli/summary.js';
import type { Extracted } from '../../src/cli/types.js';
import type { Mention } from '../../src/types.js';

const mention = (type: Mention['type'], start: number, end: number, text: string, extra: Partial<Mention> = {}): Mention =>
  ({ type, subtype: type === 'place' ? 'city' : type === 'actor' ? 'person' : type === 'number' ? 'cardinal' : 'date', start, end, text, ...extra }) as Mention;

function doc(text: string, mentions: Mention[], id: string | null = 'doc-1'): Extracted {
  return {
    kind: 'extracted',
    input: 'x.txt',
    location: 'x.txt',
    text,
    bytes: Buffer.byteLength(text),
    record: { id, mentions, entities: [], reference: null, language: 'und', warnings: [] },
  };
}

async function lines(chunks: (string | Buffer)[]): Promise<{ number: number; text: string; size: number }[]> {
  const out: { number: number; text: string; size: number }[] = [];
  for await (const line of byteLines(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push({ number: line.number, text: line.bytes.toString('utf8'), size: line.size });
  return out;
}

describe('byteLines', () => {
  it('splits across chunk borders, drops \\r before \\n, keeps a last line without \\n', async () => {
    expect(await lines(['ab', 'c\nد', 'ه\r\n\nlast'])).toEqual([
      { number: 1, text: 'abc', size: 4 },
      { number: 2, text: 'ده', size: 6 },
      { number: 3, text: '', size: 1 },
      { number: 4, text: 'last', size: 4 },
    ]);
  });
  it('yields nothing more after a final newline', async () => {
    expect(await lines(['a\n'])).toEqual([{ number: 1, text: 'a', size: 2 }]);
  });
});

describe('decodeUtf8', () => {
  it('decodes Arabic and keeps a byte-order mark so offsets match the file', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFمصر'))).toEqual({ ok: true, text: '\uFEFFمصر' });
  });
  it('reports where the bytes stop being UTF-8', () => {
    expect(decodeUtf8(Buffer.from([0x61, 0xd9, 0x85, 0xff]))).toEqual({ ok: false, byteOffset: 3 });
    expect(firstInvalidByte(Buffer.from([0xc3, 0x28]))).toBe(0); // bad continuation
    expect(firstInvalidByte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidByte(Buffer.from([0xe0, 0x80, 0x80]))).toBe(0); // overlong
    expect(firstInvalidByte(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // cut short
  });
});

describe('parseJsonlLine', () => {
  it('reads id, text and date', () => {
    expect(parseJsonlLine('{"id":7,"text":"في باكو","date":"2023-09-20"}')).toEqual({ ok: true, id: 7, text: 'في باكو', date: '2023-09-20' });
    expect(parseJsonlLine('{"text":"x"}')).toEqual({ ok: true, id: null, text: 'x', date: null });
  });
  it.each([
    ['{"text": "x"', /^not JSON/u],
    ['[1]', /not a JSON object/u],
    ['{"id": "a"}', /no "text" field/u],
    ['{"text": 5}', /"text" must be a string/u],
    ['{"text": "x", "id": {}}', /"id" must be a string or a number/u],
    ['{"text": "x", "date": "2023-02-30"}', /bad "date".*not a real calendar date/u],
  ])('refuses %s', (line, message) => {
    const parsed = parseJsonlLine(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('conllTokens', () => {
  it('tags whitespace tokens B-/I- by overlap, proclitics staying on their token', () => {
    const text = 'وصل إلى ناغورني قره باغ وأذربيجان ترحب';
    const region = mention('place', text.indexOf('ناغورني'), text.indexOf(' وأذربيجان'), 'ناغورني قره باغ');
    const country = mention('place', text.indexOf('أذربيجان'), text.indexOf(' ترحب'), 'أذربيجان');
    expect(conllTokens(text, [country, region]).map((t) => `${t.token} ${t.tag}`)).toEqual([
      'وصل O',
      'إلى O',
      'ناغورني B-PLACE',
      'قره I-PLACE',
      'باغ I-PLACE',
      'وأذربيجان B-PLACE',
      'ترحب O',
    ]);
  });
  it('starts a new B- for a mention right after another of the same type', () => {
    const text = 'باكو يريفان';
    expect(conllTokens(text, [mention('place', 0, 4, 'باكو'), mention('place', 5, 11, 'يريفان')]).map((t) => t.tag)).toEqual(['B-PLACE', 'B-PLACE']);
  });
});

describe('table', () => {
  it('isolates Arabic cells and counts marks as zero width', () => {
    expect(displayWidth('\u2067مِصر\u2069')).toBe(3);
    expect(isolateText('قره\nباغ')).toBe('\u2067قره باغ\u2069');
    expect(isolateText('أ'.repeat(50), 10)).toBe(`\u2067${'أ'.repeat(9)}…\u2069`);
  });
  it('aligns the columns after an Arabic cell', () => {
    const text = 'في باكو وناغورني قره باغ';
    const out = tableDocument(doc(text, [mention('place', 3, 7, 'باكو', { id: 'baku' }), mention('place', 9, 24, 'ناغورني قره باغ', { id: 'nagorno-karabakh' })]));
    const rows = out.trimEnd().split('\n').slice(2);
    const column = (row: string): number => displayWidth(row.slice(0, row.indexOf(row.includes('baku') ? 'baku' : 'nagorno')));
    expect(rows).toHaveLength(2);
    expect(column(rows[0] ?? '')).toBe(column(rows[1] ?? ''));
  });
});

describe('html', () => {
  it('escapes everything and gives each mention one mark, nested ones included', () => {
    const text = '<b>"قره باغ"</b>\nفي 2023';
    const outer = mention('place', 4, 11, 'قره باغ', { id: 'nagorno-karabakh' });
    const inner = mention('place', 4, 7, 'قره', { id: 'x' });
    const date = mention('date', 20, 24, '2023', { value: '2023' });
    const html = htmlDocument(doc(text, [outer, inner, date], '<id>'));
    expect(html.match(/<mark /gu)).toHaveLength(3);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;&quot;');
    expect(html).toContain('&lt;id&gt;');
    expect(escapeHtml(`<a href='x'>&`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;');
  });
  it('cuts paragraphs only at line breaks no mention covers', () => {
    expect(paragraphs('أ\nب\nج', [mention('place', 2, 5, 'ب\nج')])).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 5 },
    ]);
  });
});

describe('summary and progress', () => {
  it('formats the summary line', () => {
    expect(formatSummary({ documents: 5, mentions: 351, failures: 0, bytes: 28540, seconds: 0.068 })).toBe('arabic-entities: 5 documents, 351 mentions, 0.42 MB/s, 0 failures');
    expect(formatSummary({ documents: 1, mentions: 1, failures: 1, bytes: 0, seconds: 1 })).toBe('arabic-entities: 1 document, 1 mention, 0.00 MB/s, 1 failure');
  });
  it('draws a bar when the size is known', () => {
    expect(formatProgress({ documents: 120, failures: 1, bytes: 5e6, totalBytes: 1e7, seconds: 10 })).toBe(
      '[############------------]  50%  120 docs  5.0 MB of 10.0 MB  0.50 MB/s  1 failure',
    );
    expect(formatProgress({ documents: 3, failures: 0, bytes: 2e6, totalBytes: null, seconds: 1 })).toBe('3 docs  2.0 MB  2.00 MB/s  0 failures');
    expect(formatProgress({ documents: 3, failures: 0, bytes: 28_540, totalBytes: null, seconds: 1 })).toBe('3 docs  28.5 kB  0.03 MB/s  0 failures');
  });
  it('writes nothing but logged lines when disabled', () => {
    let written = '';
    const progress = createProgress({ write: (s: string) => (written += s) }, false);
    progress.update({ documents: 1, failures: 0, bytes: 1, totalBytes: 2, seconds: 1 });
    progress.log('message');
    progress.clear();
    expect(written).toBe('message\n');
  });
  it('redraws in place and erases before a logged line when enabled', () => {
    let written = '';
    let clock = 0;
    const progress = createProgress({ write: (s: string) => (written += s) }, true, () => (clock += 200));
    progress.update({ documents: 1, failures: 0, bytes: 1, totalBytes: 2, seconds: 1 });
    progress.log('oops');
    progress.clear();
    expect(written).toMatch(/^\r\[#+-+\] +50%.*\u001b\[K\r\u001b\[Koops\n\r.*\u001b\[K\r\u001b\[K$/su);
  });
});

describe('arguments', () => {
  it('parses extract options', () => {
    expect(parseExtractArgs(['-f', 'conll', '--types', 'place, date', '-l', 'a.json', '-l', 'b.json', '-w', '3', '-', 'x.txt'])).toMatchObject({
      format: 'conll',
      types: ['place', 'date'],
      lexicons: ['a.json', 'b.json'],
      workers: 3,
      inputs: ['-', 'x.txt'],
    });
  });
  it.each([
    [['--format', 'xml']],
    [['--types', 'person']],
    [['--workers', '0']],
    [['--workers', '2x']],
    [['--reference-date', '2023-13-01']],
    [['--bogus']],
  ])('refuses extract %j with a UsageError', (argv) => {
    expect(() => parseExtractArgs(argv)).toThrow(UsageError);
  });
  it('parses eval and lexicon check', () => {
    expect(parseEvalArgs(['fixtures/corpus', '--min-f1', '0.75', '--json'])).toEqual({ dir: 'fixtures/corpus', json: true, minF1: 0.75, lexicons: [] });
    expect(() => parseEvalArgs(['d', '--min-f1', '1.5'])).toThrow(UsageError);
    expect(() => parseEvalArgs([])).toThrow(UsageError);
    expect(parseLexiconArgs(['check', 'a.json'])).toEqual({ files: ['a.json'] });
    expect(() => parseLexiconArgs(['lint', 'a.json'])).toThrow(UsageError);
  });
  it('sees --help before --', () => {
    expect(wantsHelp(['x', '-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
  });
  it('makes safe file names from ids', () => {
    expect(safeFileName('../etc/passwd', 'd')).toBe('etc_passwd');
    expect(safeFileName('خبر 12', 'd')).toBe('خبر_12');
    expect(safeFileName(null, 'document-3')).toBe('document-3');
  });
});
