import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Texts for comparing a fast path with the slow one it stands for: the seed corpus, the
 * date fixtures, and "token soup" — random runs of the words the date and number
 * recognizers know (month names, units, number words, qualifiers, markers …), with
 * digits, marks and proclitics, so that every rule is tried in every neighbourhood.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Every string in a JSON value, but `$comment`s. */
function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (key !== '$comment') strings(item, out);
  }
  return out;
}

const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** The words of the recognizers' data files. */
function vocabulary(): string[] {
  const files = [
    ...readdirSync(join(ROOT, 'src/recognizers/dates/data')).map((f) => `src/recognizers/dates/data/${f}`),
    'src/recognizers/numbers/number-words.json',
    'src/recognizers/numbers/markers.json',
    'src/recognizers/numbers/qualifiers.json',
    'src/recognizers/numbers/counted-nouns.json',
  ];
  const words = new Set<string>();
  for (const file of files) for (const phrase of strings(json(file), [])) for (const word of phrase.split(' ')) if (word !== '') words.add(word);
  return [...words];
}

/** News words with no date or number in them, for the neighbourhood. */
const PLAIN = ['الحكومة', 'قال', 'الرئيس', 'في', 'على', 'أن', 'الجيش', 'وزير', 'المدينة', 'العملية', 'الأمين', 'العام', 'و', 'ال'];
const MARKS = ['1', '9', '19', '24', '2023', '2020', '1445', '14:30', '3.5', '10,000', '١٩', '٢٠٢٣', '007', '%', '/', '-', '–', '.', '،', '(', ')', ':', '+963'];
const GLUE = ['', ' ', ' ', ' ', ' ', ' ', '/', '-', ' / ', '، ', ' و', 'و', ' - ', ': '];
const PROCLITICS = ['', '', '', '', 'و', 'ب', 'ل', 'ال', 'وال', 'بال', 'لل', 'ف', 'ك'];

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` random runs of 2–15 words, the same for the same seed. */
export function soupTexts(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const known = vocabulary();
  const texts: string[] = [];
  for (let k = 0; k < count; k += 1) {
    const length = 2 + Math.floor(next() * 14);
    let text = '';
    for (let w = 0; w < length; w += 1) {
      const r = next();
      const word = r < 0.6 ? pick(known) : r < 0.8 ? pick(PLAIN) : pick(MARKS);
      text += (w === 0 ? '' : pick(GLUE)) + (next() < 0.15 ? pick(PROCLITICS) : '') + word;
    }
    texts.push(text);
  }
  return texts;
}

/** Every file under `dir` (relative to the repository) whose name ends with `ending`. */
function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .map((f) => join(dir, f));
}

/** Every "Input" of a Recognizers-Text spec. */
function inputs(value: unknown, out: string[]): string[] {
  if (Array.isArray(value)) for (const item of value) inputs(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'Input' && typeof item === 'string') out.push(item);
      else inputs(item, out);
    }
  }
  return out;
}

/**
 * The peer suites' inputs: Recognizers-Text's Arabic date and number specs and NeMo's
 * test cases (both sides of «written~spoken»), dense with dates and numbers of every form.
 */
export function peerTexts(): string[] {
  const specs = filesUnder('fixtures/peers/recognizers-text', '.json').flatMap((file) => inputs(json(file), []));
  const nemo = filesUnder('fixtures/peers/nemo-text-processing', '.txt').flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line) => line.split('~'))
      .filter((side) => side.trim() !== ''),
  );
  return [...specs, ...nemo];
}

/** The seed corpus, the sentences of the date fixtures, and the peer suites' inputs. */
export function fixtureTexts(): string[] {
  const corpus = join(ROOT, 'fixtures/corpus');
  const articles = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(corpus, f), 'utf8'));
  const sentences = strings(json('fixtures/dates/sentences.json'), []).filter((s) => s.length > 20);
  const negatives = strings(json('fixtures/dates/negatives.json'), []).filter((s) => s.length > 20);
  return [...articles, ...sentences, ...negatives, ...peerTexts()];
}
