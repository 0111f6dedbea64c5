import { createExtractor } from '../../../src/extract.js';
import type { Mention } from '../../../src/types.js';

const extractor = createExtractor({ types: ['number'] });

/** The number mentions of `text`, as the public pipeline returns them. */
export function numberMentions(text: string, referenceDate?: string): Mention[] {
  return extractor.extract(text, referenceDate === undefined ? {} : { referenceDate }).mentions;
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
