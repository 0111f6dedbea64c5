import { createExtractor } from '../../../src/extract.js';
import { normalize } from '../../../src/normalize/index.js';
import { recognizeNumbers } from '../../../src/recognizers/numbers/index.js';
import { resolveOverlaps, toMention } from '../../../src/resolve/index.js';
import { tokenize } from '../../../src/tokenize/index.js';
import type { Mention } from '../../../src/types.js';

const extractor = createExtractor({ types: ['number'] });

/** The number mentions of `text`, as the public pipeline returns them. */
export function numberMentions(text: string, referenceDate?: string): Mention[] {
  return extractor.extract(text, referenceDate === undefined ? {} : { referenceDate }).mentions;
}

/**
 * The numbers recognizer alone, without the other recognizers (a date does not take
 * the numbers inside it: «في ٣ سنوات» gives «٣»): its candidates, overlaps resolved
 * among themselves, as mentions. For peer suites that measure numerals wherever they stand.
 */
export function numbersAlone(text: string): Mention[] {
  const normalized = normalize(text);
  const tokens = tokenize(normalized);
  return resolveOverlaps(recognizeNumbers({ normalized, tokens, referenceDate: null })).map((c) => toMention(c, normalized));
}

/** What a test compares: the span as sliced from the input, and the resolved attributes. */
export interface Seen {
  text: string;
  subtype: string;
  value: Mention['value'];
  qualifier: Mention['qualifier'];
  unit: string | undefined;
}

/** Every number in `text`, with `text.slice(start, end)` as its text. */
export function numbers(text: string): Seen[] {
  return numberMentions(text).map((m) => ({
    text: text.slice(m.start, m.end),
    subtype: m.subtype,
    value: m.value,
    qualifier: m.qualifier,
    unit: m.unit,
  }));
}
