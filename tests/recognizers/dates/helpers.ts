import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../../../src/extract.js';
import type { Mention } from '../../../src/types.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'dates');

/** Reads a JSON file from fixtures/dates. */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;
}

const extractor = createExtractor({ types: ['date'] });

/** The date mentions of `text`, against `referenceDate` or, when null, the date the text gives itself. */
export function dates(text: string, referenceDate: string | null = null): Mention[] {
  return extractor.extract(text, referenceDate === null ? {} : { referenceDate }).mentions;
}

/** What a date test checks: text, subtype, value, and mod/qualifier/hijri only when set. */
export interface DateBrief {
  text: string;
  subtype: string;
  value: string | number | null | undefined;
  mod?: string;
  qualifier?: string;
  hijri?: string;
}

export function brief(mention: Mention): DateBrief {
  return {
    text: mention.text,
    subtype: mention.subtype,
    value: mention.value,
    ...(mention.mod === undefined ? {} : { mod: mention.mod }),
    ...(mention.qualifier === undefined ? {} : { qualifier: mention.qualifier }),
    ...(mention.hijri === undefined ? {} : { hijri: mention.hijri }),
  };
}

/** The briefs of every date in `text`. */
export function briefs(text: string, referenceDate: string | null = null): DateBrief[] {
  return dates(text, referenceDate).map(brief);
}
