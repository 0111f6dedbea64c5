import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { CompiledEntry } from './compile.js';
import limits from './fuzzy.json';
import { packedNumber, packedWideNumber, packNumbers, packWideNumbers } from './packed-numbers.js';

export interface FuzzyName {
  readonly text: string;
  readonly tokens: number;
  readonly entry: CompiledEntry;
}

/** Distinct words indexed by character bigrams. */
interface WordIndex {
  readonly words: readonly string[];
  readonly bigrams: Postings;
}

/** For each character bigram, the positions of the names (or words) that hold it. */
export interface Postings {
  /** How many hold `gram`. */
  count(gram: number): number;
  /** Adds the position of each that holds `gram` to `into`. */
  addTo(gram: number, into: Set<number>): void;
  /** Every gram and its positions, grams in ascending order. */
  entries(): [number, number[]][];
}

/** A lexicon name the fallback may guess: its token texts and its entry. */
export interface FuzzySource {
  readonly keys: readonly string[];
  readonly entry: CompiledEntry;
}

/** Long lexicon names indexed by character bigrams, for the similarity fallback. */
export interface FuzzyIndex {
  /** The names long enough to guess at (fuzzyEligible), with their word counts. */
  readonly names: readonly FuzzyName[];
  /**
   * The names' bigram postings by word count: a lookup's candidates are only the names
   * of its own word count (a three-word text used to weigh 300–450 names of every count).
   */
  readonly bigrams: ReadonlyMap<number, Postings>;
  /**
   * The words of the multi-word names by word count and place ({@link placeKey}): the
   * distinct words at each place, with their bigram postings.
   */
  readonly placeWords: ReadonlyMap<number, WordIndex>;
  /** Answers already computed (news repeats its words); emptied when it grows past a bound. */
  readonly memo: Map<number, Map<string, FuzzyMatch | null>>;
  /** Which words may stand at a place of a multi-word variant, by {@link placeKey} (see {@link fuzzyMayHold}). */
  readonly holders: Map<number, Map<string, boolean>>;
}

const PLACES = limits.maximumTokens + 1;

/** The key of a place in a name of `tokens` words (place 0 is the first word). */
export function placeKey(tokens: number, place: number): number {
  return tokens * PLACES + place;
}

/** A close variant found: the entry and how similar the text is (Jaro–Winkler). */
export interface FuzzyMatch {
  readonly entry: CompiledEntry;
  readonly similarity: number;
}

const INFLECTIONAL = new Set(limits.inflectionalLetters);
/** The longest name, in words, the fallback looks for. */
export const MAX_FUZZY_WORDS: number = limits.maximumTokens;
// Longest first: «يه» before «ه», «ين» before «ن».
const ENDINGS = [...limits.endings].sort((a, b) => b.length - a.length);

// The article does not make a word long: «الانباء» is a five-letter word, too short to guess at.
function letterCount(text: string): number {
  let count = 0;
  let wordStart = true;
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) === 0x20) {
      wordStart = true;
      continue;
    }
    if (wordStart && text.startsWith('ال', i)) {
      i += 1;
      wordStart = false;
      continue;
    }
    wordStart = false;
    count += 1;
  }
  return count;
}

/** Whether a folded name (of `tokens` words) is long enough for fuzzy matching. */
export function fuzzyEligible(text: string, tokens: number): boolean {
  const length = letterCount(text);
  return tokens <= limits.maximumTokens && length >= (tokens > 1 ? limits.minimumMultiWordLength : limits.minimumLength);
}

/**
 * The distinct bigrams of `text` as small integers (no substring per bigram). Two
 * bigrams may share a key (the first unit keeps 14 bits): that only adds candidates,
 * which the edit distance then checks, and an edit still destroys at most
 * BIGRAMS_PER_EDIT keys.
 */
function bigramsOf(text: string): Set<number> {
  const grams = new Set<number>();
  for (let i = 0; i + 1 < text.length; i += 1) grams.add(((text.charCodeAt(i) & 0x3fff) << 16) | text.charCodeAt(i + 1));
  return grams;
}

/** Postings held as one list per gram: an index built at run time (from the user's lexicons). */
class ListPostings implements Postings {
  constructor(private readonly lists: ReadonlyMap<number, readonly number[]>) {}

  count(gram: number): number {
    return this.lists.get(gram)?.length ?? 0;
  }

  addTo(gram: number, into: Set<number>): void {
    const list = this.lists.get(gram);
    if (list) for (const at of list) into.add(at);
  }

  entries(): [number, number[]][] {
    return [...this.lists].map(([gram, list]): [number, number[]] => [gram, [...list]]).sort((a, b) => a[0] - b[0]);
  }
}

/**
 * Postings read where they are packed (the bundled lexicons): each gram's list is read
 * from the packed numbers, found by bisecting the grams (packed in ascending order). No
 * list is unpacked and no table is built: the fallback's first question used to build
 * thousands of small lists (365 KB), then a map of every gram (a few milliseconds at a
 * cold start, for the few grams a short text asks about).
 */
class PackedPostingsView implements Postings {
  /** Where gram `k`'s count, then its positions, start in `lists`; filled on first use. */
  private starts: Int32Array | undefined;

  constructor(private readonly packed: PackedPostings) {}

  count(gram: number): number {
    const start = this.startOf(gram);
    return start < 0 ? 0 : packedNumber(this.packed.lists, start);
  }

  addTo(gram: number, into: Set<number>): void {
    const start = this.startOf(gram);
    if (start >= 0) this.forEachAt(start, (at) => into.add(at));
  }

  entries(): [number, number[]][] {
    const starts = this.listStarts();
    return Array.from(starts, (start, k): [number, number[]] => {
      const list: number[] = [];
      this.forEachAt(start, (at) => list.push(at));
      return [packedWideNumber(this.packed.grams, k), list];
    });
  }

  /** Where `gram`'s list starts in `lists`, or -1 when no name holds it. */
  private startOf(gram: number): number {
    const { grams } = this.packed;
    let low = 0;
    let high = grams.length / 2;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (packedWideNumber(grams, middle) < gram) low = middle + 1;
      else high = middle;
    }
    return low < grams.length / 2 && packedWideNumber(grams, low) === gram ? (this.listStarts()[low] ?? -1) : -1;
  }

  private listStarts(): Int32Array {
    if (this.starts) return this.starts;
    const { grams, lists } = this.packed;
    const starts = new Int32Array(grams.length / 2);
    let at = 0;
    for (let k = 0; k < starts.length; k += 1) {
      starts[k] = at;
      at += 1 + packedNumber(lists, at);
    }
    return (this.starts = starts);
  }

  /** Calls `visit` with each position of the list that starts at `start` in `lists`. */
  private forEachAt(start: number, visit: (at: number) => void): void {
    const { lists } = this.packed;
    const end = start + 1 + packedNumber(lists, start);
    for (let k = start + 1; k < end; k += 1) visit(packedNumber(lists, k));
  }
}

function addPostings(bigrams: Map<number, number[]>, text: string, at: number): void {
  for (const gram of bigramsOf(text)) {
    const list = bigrams.get(gram);
    if (list) list.push(at);
    else bigrams.set(gram, [at]);
  }
}

/**
 * The distinct entries that share a bigram with `text` among its rarest ones: every entry
 * within `mostEdits` edits of it, since an edit destroys at most BIGRAMS_PER_EDIT distinct
 * bigrams. Null when `text` has too few distinct bigrams for that to hold; the caller
 * then decides.
 */
function nearby(bigrams: Postings, text: string, mostEdits: number): Set<number> | null {
  const grams = bigramsOf(text);
  const probes = BIGRAMS_PER_EDIT * mostEdits + 1;
  if (grams.size < probes) return null;
  const near = new Set<number>();
  const rarest = [...grams].map((gram) => ({ gram, count: bigrams.count(gram) })).sort((x, y) => x.count - y.count);
  for (let k = 0; k < probes; k += 1) {
    const probe = rarest[k];
    if (probe) bigrams.addTo(probe.gram, near);
  }
  return near;
}

/** A memo per key (a word count, or a count and a place), keyed by the text itself (no key is built per question), emptied past a bound. */
function remembered<T>(memos: Map<number, Map<string, T>>, key: number, text: string, compute: (index: FuzzyIndex, text: string, key: number) => T, index: FuzzyIndex): T {
  // `compute` is a function of the module, not a closure made per question: the fallback
  // asks for every word of every text.
  let memo = memos.get(key);
  if (!memo) memos.set(key, (memo = new Map()));
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const answer = compute(index, text, key);
  memo.set(text, answer);
  return answer;
}

/** How many edits two words of a multi-word name may differ by (fuzzy.json: longWordFrom). */
function wordAllowance(a: string, b: string): number {
  return Math.min(a.length, b.length) >= limits.longWordFrom ? limits.maximumEditsLong : limits.maximumEditsShort;
}

/**
 * Bigram postings as data (pack.ts): the grams (wide packed numbers), and for each in
 * turn its count then its postings (packed numbers, packed-numbers.ts). Strings, not
 * lists of numbers: V8 reads a string of the bundle faster than thousands of literals.
 */
export interface PackedPostings {
  readonly grams: string;
  readonly lists: string;
}

/** The parts of an index, each computed on first use (see {@link buildFuzzyIndex}). */
interface FuzzyParts {
  readonly names: () => readonly FuzzyName[];
  readonly bigrams: () => ReadonlyMap<number, Postings>;
  readonly placeWords: () => ReadonlyMap<number, WordIndex>;
}

function fuzzyIndexOf(parts: FuzzyParts): FuzzyIndex {
  let names: readonly FuzzyName[] | undefined;
  let bigrams: ReadonlyMap<number, Postings> | undefined;
  let placeWords: ReadonlyMap<number, WordIndex> | undefined;
  return {
    get names() {
      return (names ??= parts.names());
    },
    get bigrams() {
      return (bigrams ??= parts.bigrams());
    },
    get placeWords() {
      return (placeWords ??= parts.placeWords());
    },
    memo: new Map(),
    holders: new Map(),
  };
}

/** For every place of every multi-word name, the distinct words there, with their bigram postings. */
function placeWordsOf(names: readonly FuzzyName[]): Map<number, WordIndex> {
  const built = new Map<number, { words: string[]; lists: Map<number, number[]> }>();
  const seen = new Set<string>();
  for (const name of names) {
    if (name.tokens < 2) continue;
    const words = name.text.split(' ');
    for (let place = 0; place < words.length; place += 1) {
      const word = words[place] ?? '';
      const key = placeKey(name.tokens, place);
      if (seen.has(`${key} ${word}`)) continue;
      seen.add(`${key} ${word}`);
      let atPlace = built.get(key);
      if (!atPlace) built.set(key, (atPlace = { words: [], lists: new Map() }));
      addPostings(atPlace.lists, word, atPlace.words.length);
      atPlace.words.push(word);
    }
  }
  return new Map([...built].map(([key, { words, lists }]) => [key, { words, bigrams: new ListPostings(lists) }]));
}

/**
 * The index over `sources` (called once, on first use). Built on first use, not with the
 * extractor, and each part apart: a process that never needs the fallback (or extracts
 * once) does not pay for indexing every long name, and the gates on a window's words
 * (fuzzyMayOpen, fuzzyMayHold) need only their own small index.
 */
export function buildFuzzyIndex(sources: () => readonly FuzzySource[]): FuzzyIndex {
  let names: FuzzyName[] | undefined;
  const eligible = (): FuzzyName[] => {
    if (names) return names;
    names = [];
    for (const { keys, entry } of sources()) {
      const text = keys.join(' ');
      if (fuzzyEligible(text, keys.length)) names.push({ text, tokens: keys.length, entry });
    }
    return names;
  };
  return fuzzyIndexOf({
    names: eligible,
    bigrams: () => {
      const byCount = new Map<number, Map<number, number[]>>();
      eligible().forEach((name, at) => {
        let lists = byCount.get(name.tokens);
        if (!lists) byCount.set(name.tokens, (lists = new Map()));
        addPostings(lists, name.text, at);
      });
      return new Map([...byCount].map(([tokens, lists]) => [tokens, new ListPostings(lists)]));
    },
    placeWords: () => placeWordsOf(eligible()),
  });
}

/** The parts of an index as data, for {@link unpackFuzzyIndex}. */
export interface PackedFuzzy {
  /** Eligible names: their texts (words space-separated), word counts and entries. */
  readonly names: readonly FuzzyName[];
  /** By word count: the names' postings (their positions among `names`). */
  readonly bigrams: readonly { readonly tokens: number; readonly postings: PackedPostings }[];
  /** By {@link placeKey}: the distinct words at that place (separated by spaces: a word has none) and their postings. */
  readonly placeWords: readonly { readonly key: number; readonly words: string; readonly bigrams: PackedPostings }[];
}

/** Between the words of a place in a packed index: the words are a name's words, split at spaces. */
const WORD_SEPARATOR = ' ';

function packPostings(postings: Postings): PackedPostings {
  const grams: number[] = [];
  let lists = '';
  for (const [gram, list] of postings.entries()) {
    // PackedPostingsView bisects the grams.
    if (grams.length > 0 && gram <= (grams[grams.length - 1] ?? 0)) throw new Error(`arabic-entities: cannot pack postings: gram ${gram} after ${grams[grams.length - 1]}, not in ascending order`);
    grams.push(gram);
    lists += packNumbers([list.length, ...list]);
  }
  return { grams: packWideNumbers(grams), lists };
}

/** An index's parts as data (pack.ts stores them, names' entries by position). */
export function packFuzzyIndex(index: FuzzyIndex): PackedFuzzy {
  return {
    names: index.names,
    bigrams: [...index.bigrams].map(([tokens, postings]) => ({ tokens, postings: packPostings(postings) })),
    placeWords: [...index.placeWords].map(([key, words]) => ({ key, words: words.words.join(WORD_SEPARATOR), bigrams: packPostings(words.bigrams) })),
  };
}

/**
 * The index {@link packFuzzyIndex} stored. Each part is built on first use and on its
 * own: the gates on a window's words read one place's words, and only a window that
 * passes them needs the names; a place's words are split, and its postings read, when a
 * word is first asked about that place.
 */
export function unpackFuzzyIndex(packed: Omit<PackedFuzzy, 'names'> & { readonly names: () => readonly FuzzyName[] }): FuzzyIndex {
  return fuzzyIndexOf({
    names: packed.names,
    bigrams: () => new Map(packed.bigrams.map(({ tokens, postings }) => [tokens, new PackedPostingsView(postings)])),
    placeWords: () => new Map(packed.placeWords.map((place) => [place.key, packedWordIndex(place)])),
  });
}

function packedWordIndex(place: PackedFuzzy['placeWords'][number]): WordIndex {
  let words: readonly string[] | undefined;
  let bigrams: Postings | undefined;
  return {
    get words() {
      return (words ??= place.words.split(WORD_SEPARATOR));
    },
    get bigrams() {
      return (bigrams ??= new PackedPostingsView(place.bigrams));
    },
  };
}

// Three rows of the distance table, reused by every call (grown when a longer string comes):
// the fallback asks for thousands of distances and each used to allocate its rows.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal-string-alignment distance (Damerau–Levenshtein with adjacent swaps), or `limit + 1` when it is greater. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (rowA.length < width) {
    rowA = new Int32Array(width * 2);
    rowB = new Int32Array(width * 2);
    rowC = new Int32Array(width * 2);
  }
  let previousPrevious = rowA;
  let previous = rowB;
  let current = rowC;
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j += 1) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    const spare = previousPrevious;
    previousPrevious = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}

/** True when two strings differ only by inflectional endings («ارمينيه» / «ارمينيا», «اذربيجانيه» / «اذربيجان»). */
function differsOnlyByEnding(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  const rest = a.slice(common) + b.slice(common);
  return rest.length <= 3 && [...rest].every((ch) => INFLECTIONAL.has(ch));
}

/** The inflectional ending of a word, by class: a fuzzy variant must end the same way. */
function endingClass(word: string): string {
  for (const ending of ENDINGS) if (word.endsWith(ending)) return ending;
  return '';
}

/** True when some word pair ends differently in grammar («الاميركي» / «الامريكيه»). */
function endingsDisagree(a: string, b: string): boolean {
  const wordsB = b.split(' ');
  return a.split(' ').some((word, w) => endingClass(word) !== endingClass(wordsB[w] ?? ''));
}

function wordsClose(a: string, b: string): boolean {
  const wordsB = b.split(' ');
  return a.split(' ').every((word, w) => {
    const other = wordsB[w] ?? '';
    const allowed = wordAllowance(word, other);
    return editDistance(word, other, allowed) <= allowed;
  });
}

/**
 * Can `word` open a variant of a `tokens`-word name, i.e. is it within its allowance of
 * some such name's first word (wordsClose)? A cheap, exact gate before any window of
 * words is built: most words open none. Probing by bigrams is complete when the word has
 * more distinct bigrams than the edits allowed can destroy (BIGRAMS_PER_EDIT each); a word with
 * fewer is let through, and {@link fuzzyLookup} decides.
 */
export function fuzzyMayOpen(index: FuzzyIndex, word: string, tokens: number): boolean {
  return fuzzyMayHold(index, word, tokens, 0);
}

/**
 * Can `word` stand at `place` of a variant of a `tokens`-word name, i.e. is it within its
 * allowance of that word of some such name (wordsClose)? {@link fuzzyMayOpen} is place 0;
 * for the later places, a window of words is built only as far as its words can hold.
 */
export function fuzzyMayHold(index: FuzzyIndex, word: string, tokens: number, place: number): boolean {
  return remembered(index.holders, placeKey(tokens, place), word, mayHold, index);
}

function mayHold(index: FuzzyIndex, word: string, key: number): boolean {
  return opens(index.placeWords.get(key), word);
}

function opens(atPlace: WordIndex | undefined, word: string): boolean {
  if (!atPlace) return false;
  // Below longWordFrom letters every pair is allowed the short allowance.
  const near = nearby(atPlace.bigrams, word, word.length >= limits.longWordFrom ? limits.maximumEditsLong : limits.maximumEditsShort);
  if (near === null) return true;
  for (const i of near) {
    const first = atPlace.words[i] ?? '';
    const allowed = wordAllowance(word, first);
    if (Math.abs(first.length - word.length) <= allowed && editDistance(word, first, allowed) <= allowed) return true;
  }
  return false;
}

/**
 * The best lexicon name within a few edits of `text` (folded, `tokens` words), or null.
 * Never matches short words, and never a mere inflection of a name.
 *
 * Candidates come from the rarest bigrams of `text`: an edit destroys at most
 * BIGRAMS_PER_EDIT distinct bigrams, so a name within `k` edits shares one of any
 * 3k + 1 of them. A text with fewer distinct bigrams is compared with every name.
 */
export function fuzzyLookup(index: FuzzyIndex, text: string, tokens: number): FuzzyMatch | null {
  return remembered(index.memo, tokens, text, lookupEligible, index);
}

function lookupEligible(index: FuzzyIndex, text: string, tokens: number): FuzzyMatch | null {
  return fuzzyEligible(text, tokens) && index.names.length > 0 ? lookup(index, text, tokens) : null;
}

const MEMO_LIMIT = 100_000;

function lookup(index: FuzzyIndex, text: string, tokens: number): FuzzyMatch | null {
  // Below longFrom letters every pair is allowed the short allowance; a text with too few
  // bigrams to probe is compared with every name.
  const mostEdits = text.length >= limits.longFrom ? limits.maximumEditsLong : limits.maximumEditsShort;
  const postings = index.bigrams.get(tokens);
  if (!postings) return null;
  const near = nearby(postings, text, mostEdits) ?? index.names.keys();
  let best: FuzzyMatch | null = null;
  for (const i of near) {
    const name = index.names[i];
    if (!name || name.tokens !== tokens) continue;
    const allowed = Math.min(name.text.length, text.length) >= limits.longFrom ? limits.maximumEditsLong : limits.maximumEditsShort;
    if (Math.abs(name.text.length - text.length) > allowed) continue;
    // The bounded distance first: it rules out most candidates, and cheaply.
    if (name.text === text || editDistance(name.text, text, allowed) > allowed) continue;
    if (differsOnlyByEnding(name.text, text) || endingsDisagree(name.text, text)) continue;
    // Each word on its own must be close too: «الجمهورية التركية» is not «الجمهورية التشيكية».
    if (tokens > 1 && !wordsClose(name.text, text)) continue;
    const similarity = JaroWinklerDistance(name.text, text);
    if (similarity < limits.minimumSimilarity) continue;
    if (!best || similarity > best.similarity) best = { entry: name.entry, similarity };
  }
  return best;
}

/**
 * How many distinct bigrams of a word one edit can destroy: a substitution 2, a deletion
 * 2, an insertion 1, and a swap of neighbours 3 (the pair itself and one on each side).
 */
const BIGRAMS_PER_EDIT = 3;
