export declare const HOSTILE_INPUTS: Record<
  'waw' | 'tashkeel' | 'digits' | 'more-than' | 'one-long-word' | 'month-names' | 'titles' | 'digit-separators' | 'clitics' | 'bidi-controls' | 'distinct-surnames',
  (size: number) => string
>;
