import type { Qualifier } from '../../types.js';
import countedNouns from './counted-nouns.json';
import markers from './markers.json';
import qualifiers from './qualifiers.json';
import { fold } from './words.js';

/** A phrase as folded words: «ما يقرب من» → ['ما', 'يقرب', 'من']. */
export type Phrase = readonly string[];

export interface QualifierPhrase {
  readonly words: Phrase;
  readonly qualifier: Exclude<Qualifier, 'exact' | 'vague'>;
}

const QUALIFIERS: readonly string[] = ['more_than', 'less_than', 'approx'];

function phrase(text: string, file: string): Phrase {
  const words = fold(text).split(' ').filter((w) => w !== '');
  if (words.length === 0) throw new Error(`arabic-entities: ${file} has an empty phrase: "${text}"`);
  return words;
}

function qualifierPhrases(entries: readonly { phrase: string; qualifier: string }[]): QualifierPhrase[] {
  return entries.map(({ phrase: text, qualifier }) => {
    if (!QUALIFIERS.includes(qualifier)) {
      throw new Error(`arabic-entities: qualifiers.json "${text}": qualifier must be one of ${QUALIFIERS.join(', ')}, found "${qualifier}"`);
    }
    return { words: phrase(text, 'qualifiers.json'), qualifier: qualifier as QualifierPhrase['qualifier'] };
  });
}

const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));

/** Qualifier phrases before the number (in the span) and after it (not in the span). */
export const QUALIFIER_PHRASES = {
  before: qualifierPhrases(qualifiers.before),
  after: qualifierPhrases(qualifiers.after),
} as const;

/** Percent signs and phrases, minus signs and words, fraction connectives, identifier cues, ordinal contexts. */
export const MARKERS = {
  percentSigns: new Set(markers.percent.signs),
  percentPhrases: markers.percent.phrases.map((p) => phrase(p, 'markers.json')),
  minusSigns: new Set(markers.negative.signs),
  minusWords: folded(markers.negative.words),
  over: folded(markers.fractions.over),
  fractionCues: folded(markers.fractions.cues),
  fractionCueReach: markers.fractions.cueReach,
  parts: folded(markers.fractions.parts),
  of: fold(markers.fractions.of),
  slash: markers.fractions.slash,
  maximumSlashDenominator: markers.fractions.maximumSlashDenominator,
  fractionNotBefore: folded(markers.fractions.notBefore),
  labelCues: folded(markers.identifiers.labelCues),
  phoneCues: folded(markers.identifiers.phoneCues),
  phoneMinimumDigits: markers.identifiers.phoneMinimumDigits,
  phoneGroups: markers.identifiers.phoneGroups,
  glue: new Set(markers.identifiers.glue),
  phonePrefix: markers.identifiers.phonePrefix,
  urlMarkers: markers.identifiers.urlMarkers,
  maximumDigits: markers.identifiers.maximumDigits,
  timeSeparator: markers.identifiers.timeSeparator,
  dateSeparators: new Set(markers.identifiers.dateSeparators),
  ordinalNotAfter: folded(markers.ordinals.notAfter),
  ordinalPluralEndings: markers.ordinals.pluralEndings.endings.map(fold),
  ordinalNotBefore: markers.ordinals.notBefore.map((words) => words.map(fold)),
  ordinalSpellings: markers.ordinals.spellings.map((s) => ({
    ordinal: fold(s.ordinal),
    ending: s.ending,
    otherEnding: s.otherEnding,
    feminineEnding: fold(s.feminineEnding),
  })),
} as const;

const verbs = countedNouns.verbs;

/** What can and cannot be a counted noun. */
export const COUNTED_NOUNS = {
  partitive: fold(countedNouns.partitive),
  minimumLength: countedNouns.minimumLength,
  notCounted: folded(countedNouns.notCounted),
  partitiveNotCounted: folded(countedNouns.partitiveNotCounted),
  verbs: folded(verbs.forms),
  pastPluralSuffix: fold(verbs.pastPluralSuffix),
  pastPluralMinimumLength: verbs.pastPluralMinimumLength,
  presentPrefix: fold(verbs.presentPrefix),
  presentPluralSuffix: fold(verbs.presentPluralSuffix),
  presentPluralMinimumLength: verbs.presentPluralMinimumLength,
  notInConstruct: countedNouns.notInConstruct.endings.map(fold),
  constructStops: folded(countedNouns.constructStops),
  dualEndings: countedNouns.dualEndings.map(fold),
  oneIdioms: folded(countedNouns.oneIdioms.before),
} as const;
