import nisbaData from './nisba.json';

/** One inflected form of a nationality adjective. */
export interface NisbaForm {
  /** Normalized text: «الاذربيجانيه». */
  readonly text: string;
  readonly definite: boolean;
  /** Masculine plural: «الأرمينيون», «السوريين». */
  readonly plural: boolean;
  /** Grammatical gender: «الأذربيجانية» agrees with «وزارة» and «القوات», «الأذربيجاني» with «الجيش». */
  readonly gender: 'm' | 'f';
}

const ARTICLE = 'ال';

const SUFFIXES: readonly { suffix: string; plural: boolean; gender: 'm' | 'f' }[] = nisbaData.suffixes.map((s) => {
  if (s.gender !== 'm' && s.gender !== 'f') throw new Error(`arabic-entities: nisba.json: gender of «${s.suffix}» must be "m" or "f"`);
  return { suffix: s.suffix, plural: s.plural, gender: s.gender };
});

/**
 * Inflects a masculine singular nisba (normalized, ending in ي) for gender,
 * number and definiteness: أذربيجاني → أذربيجانية، أذربيجانيون، أذربيجانيين،
 * أذربيجانيات، and each with ال. A base that does not end in ي is kept as it is.
 */
export function inflectNisba(base: string): NisbaForm[] {
  const stem = base.startsWith(ARTICLE) ? base.slice(ARTICLE.length) : base;
  const suffixes = stem.endsWith('ي') ? SUFFIXES : [{ suffix: '', plural: false, gender: 'm' as const }];
  const forms: NisbaForm[] = [];
  for (const { suffix, plural, gender } of suffixes) {
    const word = stem + suffix;
    forms.push({ text: word, definite: false, plural, gender }, { text: ARTICLE + word, definite: true, plural, gender });
  }
  return forms;
}
