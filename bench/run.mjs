// npm run bench: speed, scaling and memory, measured in one run and printed as ratios.
// Not part of npm test: timings vary with the machine, so nothing here is asserted.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor, defineLexicon, normalize } from '../dist/index.js';
import { HOSTILE_INPUTS } from './hostile.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'fixtures', 'corpus');
const quick = process.argv.includes('--quick');
const articleFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, f));
const texts = articleFiles.map((file) => readFileSync(file, 'utf8'));
const corpus = texts.join('\n');
const mb = (s) => Buffer.byteLength(s, 'utf8') / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const repeatTo = (text, size) => {
  let out = '';
  while (out.length < size) out += `${text}\n`;
  return out;
};
const timed = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const line = (label, value) => console.log(`${label.padEnd(52)} ${value}`);
/** Runs this script again with `flag` (and --quick when given) and parses what it prints. */
const child = (flag) =>
  JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), flag, ...(quick ? ['--quick'] : [])], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1e6 }));

/** 100k generated entries, each named by two Arabic words that no other entry shares. */
function generatedLexicon() {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const word = (i, len) => Array.from({ length: len }, (_, k) => letters[(i * 7 + k * 13 + (i >> k)) % letters.length]).join('');
  // A unique Arabic word for each i: its digits in base 28, written with the letters.
  const arabicNumber = (i) => {
    let out = '';
    let n = i;
    do {
      out = letters[n % letters.length] + out;
      n = Math.floor(n / letters.length);
    } while (n > 0);
    return out;
  };
  return defineLexicon(
    {
      entries: Array.from({ length: 100_000 }, (_, i) => ({
        id: `generated-${i}`,
        type: i % 2 ? 'actor' : 'place',
        subtype: i % 2 ? 'person' : 'city',
        names: [`${word(i, 4)}${arabicNumber(i)} ${word(i + 1, 6)}`],
      })),
    },
    'generated',
  );
}

// Scaling ratios: the sizes take turns within a round, each round gives its own ratios
// (a size's time over the first's), and the median round's ratio is kept. This machine's
// speed drifts by a third from one stretch to the next; times taken a second apart share
// the stretch, so a ratio within a round cancels it, where the fastest time of each size
// could pair a quiet stretch for one size with a busy one for the other.
const medianRatios = (fns, rounds) => {
  const ratios = fns.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    const times = fns.map((f) => timed(f));
    times.forEach((ms, i) => ratios[i].push(ms / (times[0] ?? 1)));
  }
  return ratios.map(median);
};

/** Warm as a corpus run is after its first articles: the JIT has compiled the hot paths. */
const warmedExtractor = () => {
  const ex = createExtractor();
  for (let pass = 0; pass < 20; pass += 1) texts.forEach((t) => ex.extract(t, { referenceDate: '2023-09-20' }));
  return ex;
};

// Scaling ratios, each measured in a process of its own: in the main process the heap left
// by the 18 MB runs makes every collection of a large input dearer, and a ratio measured
// there says more about what ran before than about the algorithm.
const scalingTask = process.argv.find((arg) => arg.startsWith('--scaling-child='))?.slice('--scaling-child='.length);
if (scalingTask === 'linearity') {
  // Every pass reads the same 1.6M characters: the 1× text 16 times, the 4× text 4
  // times, the 16× text once; a text's time is its pass divided by its count. So each
  // size carries its share of the collector's work: a lone 100k pass fits between two
  // young-generation collections and would be timed without any.
  const ex = warmedExtractor();
  const unit = repeatTo(corpus, 100_000);
  const sizes = [1, 4, 16];
  const passes = sizes.map((k) => {
    const text = unit.repeat(k);
    return () => {
      for (let n = 0; n < 16 / k; n += 1) ex.extract(text);
    };
  });
  // A pass of the k× text reads it 16/k times: its ratio to the 1× pass, times k, is the
  // k× text's time over the 1× text's.
  const [, four = 0, sixteen = 0] = medianRatios(passes, quick ? 3 : 9);
  process.stdout.write(JSON.stringify([four * 4, sixteen * 16]));
  process.exit(0);
}
if (scalingTask?.startsWith('hostile:')) {
  // Time for 4× the input, as a ratio. The input grows until one pass takes at least
  // 200 ms; the median of nine rounds' ratios.
  const make = HOSTILE_INPUTS[scalingTask.slice('hostile:'.length)];
  const ex = warmedExtractor();
  let size = quick ? 50_000 : 250_000;
  while (size < 4_000_000 && timed(() => ex.extract(make(size))) < 200) size *= 2;
  const small = make(size);
  const large4 = make(size * 4);
  const [, ratio = 0] = medianRatios([() => ex.extract(small), () => ex.extract(large4)], quick ? 3 : 9);
  process.stdout.write(JSON.stringify({ size, ratio, msPer1k: (timed(() => ex.extract(small)) / small.length) * 1e3 }));
  process.exit(0);
}

if (process.argv.includes('--lexicon-child')) {
  const generated = generatedLexicon();
  const defaults = createExtractor();
  defaults.extract(corpus);
  const buildMs = timed(() => createExtractor({ lexicons: [generated], fuzzy: true }));
  const large = createExtractor({ lexicons: [generated] });
  large.extract(corpus);
  // Rounds alternate between the two extractors, so drift in the machine's speed hits
  // both; a round reads the articles three times (a single pass, a few milliseconds, is
  // at the mercy of one stall). The median of the rounds' ratios, as for the other ratios.
  const run = (ex) => () => {
    for (let pass = 0; pass < 3; pass += 1) texts.forEach((t) => ex.extract(t, { referenceDate: '2023-09-20' }));
  };
  const [, ratio = 0] = medianRatios([run(defaults), run(large)], 21);
  process.stdout.write(JSON.stringify({ buildMs, ratio }));
  process.exit(0);
}

if (process.argv.includes('--memory-child')) {
  const ex = createExtractor();
  const huge = repeatTo(corpus, 25_000_000); // 25M UTF-16 units: 50 MB in memory
  const baseline = process.memoryUsage().rss;
  const ms = timed(() => ex.extract(huge));
  process.stdout.write(JSON.stringify({ bytes: huge.length * 2, baseline, peak: process.resourceUsage().maxRSS * 1024, ms }));
  process.exit(0);
}

const extractor = warmedExtractor();

console.log(`arabic-entities benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);

// 1. Throughput. The articles one by one twice: right after the 20 warm-up passes, while
// the JIT is still optimizing (a run over a few hundred articles), and after 150 passes,
// as a long corpus run goes (V8 takes a few hundred short documents to optimize every
// hot path; a 10 MB text gets there within its first pass).
const corpusPass = () => texts.forEach((t) => extractor.extract(t, { referenceDate: '2023-09-20' }));
const articlesMBps = () => mb(corpus) / (median(Array.from({ length: 5 }, () => timed(corpusPass))) / 1000);
line('bundled corpus, articles one by one, passes 21–25', `${articlesMBps().toFixed(2)} MB/s (median of 5)`);
for (let pass = 25; pass < (quick ? 40 : 150); pass += 1) corpusPass();
line(`bundled corpus, articles one by one, after ${quick ? 40 : 150} passes`, `${articlesMBps().toFixed(2)} MB/s (median of 5)`);
const big = repeatTo(corpus, quick ? 1_000_000 : 10_000_000);
const bigRuns = Array.from({ length: quick ? 1 : 5 }, () => timed(() => extractor.extract(big, { referenceDate: '2023-09-20' })));
const bigMs = median(bigRuns);
line(`${mb(big).toFixed(1)} MB concatenation, median of ${bigRuns.length}`, `${(mb(big) / (bigMs / 1000)).toFixed(2)} MB/s`);
const normalizeMs = median(Array.from({ length: 3 }, () => timed(() => normalize(big))));
line('extract time / bare normalize() time (the floor)', `${(bigMs / normalizeMs).toFixed(1)}×`);

// 2. Linearity on real text, in a fresh process (see --scaling-child).
const linearity = child('--scaling-child=linearity');
[4, 16].forEach((k, i) => line(`linearity: ${k}× text takes`, `${(linearity[i] ?? 0).toFixed(2)}× the time (must be ≤ ${k + 1}×)`));

// 3. Lexicon scaling: 100k generated entries on top of the defaults, in a fresh process
// of its own, so that the heap left by the runs above does not weigh on the build.
const lexiconScaling = child('--lexicon-child');
line('100k-entry lexicon: build time (fresh process)', `${(lexiconScaling.buildMs / 1000).toFixed(2)} s`);
line('100k-entry lexicon: per-document time vs defaults', `${lexiconScaling.ratio.toFixed(2)}×`);

// 4. Cold start: a fresh process importing the package and extracting once, minus a bare node start.
const runNode = (args) => timed(() => execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' }));
const coldRuns = quick ? 3 : 10;
const firstArticle = articleFiles[0] ?? '';
const coldSentence = ['--input-type=module', '-e', "import { extract } from 'arabic-entities'; extract('قال وزير الخارجية الأميركي إن قره باغ');"];
// The same with a whole article as the first text: what a corpus run's first document costs.
const coldWholeArticle = ['--input-type=module', '-e', `import { readFileSync } from 'node:fs'; import { extract } from 'arabic-entities'; extract(readFileSync(${JSON.stringify(firstArticle)}, 'utf8'));`];
// Bare and cold starts alternate, so that a stretch in which the machine is busier
// weighs on both medians alike instead of on whichever block of runs it fell in.
const startRuns = { bare: [], sentence: [], article: [] };
for (let run = 0; run < coldRuns; run += 1) {
  startRuns.bare.push(runNode(['-e', '0']));
  startRuns.sentence.push(runNode(coldSentence));
  startRuns.article.push(runNode(coldWholeArticle));
}
const bare = median(startRuns.bare);
const cold = median(startRuns.sentence);
const coldArticle = median(startRuns.article);
line(`cold start (import + first extract), median of ${coldRuns}`, `${(cold - bare).toFixed(0)} ms above a bare node start (${bare.toFixed(0)} ms)`);
line(`cold start, a whole article (${(mb(texts[0] ?? '') * 1000).toFixed(0)} KB) first`, `${(coldArticle - bare).toFixed(0)} ms above a bare node start`);

// 5. Hostile inputs, each in a fresh process (see --scaling-child).
let worst = { name: '', ratio: 0 };
for (const name of Object.keys(HOSTILE_INPUTS)) {
  const { size, ratio, msPer1k } = child(`--scaling-child=hostile:${name}`);
  if (ratio > worst.ratio) worst = { name, ratio };
  line(`hostile «${name}»: 4× input (${(size / 1e6).toFixed(2)}M → ${((4 * size) / 1e6).toFixed(2)}M chars)`, `${ratio.toFixed(2)}× time (${msPer1k.toFixed(2)} ms per 1k chars)`);
}
line('worst hostile ratio (must be ≤ 4.6×)', `${worst.ratio.toFixed(2)}× («${worst.name}»)`);

// 6. Memory: a 50 MB string through extract, in a child process of its own.
if (!quick) {
  const { bytes, baseline, peak, ms } = child('--memory-child');
  line('50 MB string: time', `${(ms / 1000).toFixed(1)} s`);
  line('50 MB string: peak RSS above baseline / string size (≤ 10×)', `${((peak - baseline) / bytes).toFixed(1)}×`);
}
line('peak RSS of this process', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
