/** The four kinds of mention the library finds (GUIDELINES.md, "Types"). */
export type MentionType = 'actor' | 'place' | 'number' | 'date';

/** The four mention types, in report order. */
export const MENTION_TYPES: readonly MentionType[] = ['actor', 'place', 'number', 'date'];

/** Allowed subtypes for each mention type. */
export interface SubtypeOf {
  actor: 'person' | 'organization' | 'group';
  place: 'country' | 'city' | 'region' | 'route';
  number: 'cardinal' | 'ordinal' | 'percent';
  date: 'date' | 'duration' | 'range';
}

export type Subtype = SubtypeOf[MentionType];

/** Every allowed (type, subtype) pair, as data. */
export const SUBTYPES: { readonly [T in MentionType]: readonly SubtypeOf[T][] } = {
  actor: ['person', 'organization', 'group'],
  place: ['country', 'city', 'region', 'route'],
  number: ['cardinal', 'ordinal', 'percent'],
  date: ['date', 'duration', 'range'],
};

/** How precise a number or duration is (GUIDELINES.md, "Numbers"). */
export type Qualifier = 'exact' | 'approx' | 'more_than' | 'less_than' | 'vague';

/** Part of a period a date refers to: أوائل / منتصف / أواخر. */
export type DateMod = 'early' | 'mid' | 'late';

/** Where a mention came from: a lexicon entry, a named rule, or the similarity fallback. */
export type MentionSource = 'lexicon' | 'fuzzy' | `rule:${string}`;

/**
 * One mention, in the gold format of GUIDELINES.md, plus optional extras.
 *
 * `start`/`end` are UTF-16 offsets into the caller's original string, half-open:
 * `input.slice(m.start, m.end) === m.text` always holds.
 */
export interface Mention {
  type: MentionType;
  subtype: Subtype;
  start: number;
  end: number;
  text: string;
  /** Canonical kebab-case id (actors and places). */
  id?: string;
  /** Resolved value: a number, or an ISO 8601 / TIMEX3 string for dates. */
  value?: number | string | null;
  qualifier?: Qualifier;
  /** The counted noun as written in the text. */
  unit?: string;
  mod?: DateMod;
  /** Title or role written before a person's name («وزير الخارجية»). */
  role?: string;
  /** Id of the state an actor belongs to. */
  country?: string;
  /** Preferred Arabic name of the entity. */
  canonical?: string;
  source?: MentionSource;
  /** 0..1, how sure the rule or lexicon is. */
  confidence?: number;
  /** Extra readings kept beside the value (for example the Hijri date as written). */
  hijri?: string;
}

/** A document-level entity: every mention of one id, gathered. */
export interface DocumentEntity {
  id: string;
  type: 'actor' | 'place';
  subtype: Subtype;
  canonical: string;
  mentions: number;
  firstOffset: number;
  salience: number;
}

/** Options for one extraction call. */
export interface ExtractOptions {
  /** The article's publication date, `YYYY-MM-DD`; relative dates resolve against it. */
  referenceDate?: string;
}

/** What `extract` returns. */
export interface ExtractResult {
  mentions: Mention[];
  entities: DocumentEntity[];
  /** The reference date used for relative dates and where it came from, or null. */
  reference: { date: string; source: 'option' | 'text' } | null;
  /** ISO 639-3 code of the text's language as guessed, or 'und'. */
  language: string;
  warnings: string[];
}
