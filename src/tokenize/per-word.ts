import type { Token } from './index.js';

/**
 * What the recognizers have worked out about one word, kept with the word: every
 * occurrence of a word shares one memo (tokenize), as it shares one list of readings.
 * Slot k holds the answer of the k-th per-word function ({@link perWord}); a slot past the
 * end is unanswered. Non-Arabic tokens all share one memo: callers answer for them before
 * asking.
 */
export type WordMemo = unknown[];

/**
 * Slots a memo can have. Per-word functions are made once, when their module loads (one
 * per question a recognizer asks of every word), so a handful is used; the cap turns a
 * function made per call by mistake, which would grow every memo without bound, into an
 * error.
 */
export const MEMO_SLOTS = 32;
let slotsTaken = 0;

function takeSlot(): number {
  if (slotsTaken >= MEMO_SLOTS) {
    throw new Error(`arabic-entities: internal error: more than ${MEMO_SLOTS} per-word memo slots taken (perWord must be called once per module, not per call)`);
  }
  return slotsTaken++;
}

/**
 * A new memo, all unanswered, with room for the slots taken so far, or for every slot
 * there can be. Filled, not left with holes: V8 checks every read of an array with holes.
 */
export function newWordMemo(room: 'taken' | 'all' = 'taken'): WordMemo {
  return new Array<unknown>(room === 'all' ? MEMO_SLOTS : slotsTaken).fill(undefined);
}

/**
 * An answer computed once per distinct word and kept in the word's memo: a field read
 * for every later occurrence, where a map from word to answer cost a hash lookup per
 * token per question (a tenth of a long run's time over all the recognizers).
 *
 * Call it once, at module level: each call takes a slot of every memo.
 *
 * @example
 * const triggers = perWord((token) => token.analyses.some((a) => TITLES.has(a.form)) ? 1 : 0);
 */
export function perWord<T>(compute: (token: Token) => T): (token: Token) => T {
  const slot = takeSlot();
  return (token) => {
    const { memo } = token;
    let answer = memo[slot] as T | undefined;
    if (answer === undefined) {
      answer = compute(token);
      memo[slot] = answer;
    }
    return answer;
  };
}

/** Two memo slots shared by the instances of one per-word question ({@link perWordOf}). */
export interface SharedWordSlots {
  readonly owner: number;
  readonly answer: number;
}

/** Takes the slots for {@link perWordOf}; call it once, at module level. */
export function sharedWordSlots(): SharedWordSlots {
  return { owner: takeSlot(), answer: takeSlot() };
}

/**
 * {@link perWord} for a question whose answer depends on an instance (each lexicon
 * recognizer answers from its own lexicon), made as often as instances are. Every
 * function made from the same `slots` keeps its answers in the same two slots, each
 * word's answer marked with the function that gave it: one instance in use (the usual
 * case) computes each word once; two used in turn recompute a word when the other asked
 * it last, and give the same answers.
 */
export function perWordOf<T>(slots: SharedWordSlots, compute: (token: Token) => T): (token: Token) => T {
  const self = (token: Token): T => {
    const { memo } = token;
    if (memo[slots.owner] === self) return memo[slots.answer] as T;
    const answer = compute(token);
    memo[slots.owner] = self;
    memo[slots.answer] = answer;
    return answer;
  };
  return self;
}
