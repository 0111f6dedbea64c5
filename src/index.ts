export { extract, createExtractor } from './extract.js';
export type { Extractor, ExtractorOptions } from './extract.js';
export { normalize, DEFAULT_NORMALIZE_OPTIONS } from './normalize/index.js';
export type { NormalizedText, NormalizeOptions, FoldName, Span } from './normalize/index.js';
export { tokenize } from './tokenize/index.js';
export type { Token, TokenKind, CliticAnalysis, TokenizeOptions } from './tokenize/index.js';
export { evaluate, formatReport } from './evaluate/index.js';
export type { EvaluationReport, ScoreRow, PRF, Accuracy, ScoredMention, ScoringError } from './evaluate/index.js';
export { LexiconError, formatProblem } from './errors.js';
export { defineLexicon, lexiconProblems } from './lexicon/validate.js';
export { DEFAULT_LEXICONS as BUNDLED_LEXICONS } from './lexicon/defaults.js';
export type { Lexicon, LexiconEntry, LexiconSource } from './lexicon/types.js';
export type { LexiconProblem } from './errors.js';
export { MENTION_TYPES, SUBTYPES } from './types.js';
export type {
  Mention,
  MentionType,
  Subtype,
  SubtypeOf,
  Qualifier,
  DateMod,
  MentionSource,
  DocumentEntity,
  ExtractOptions,
  ExtractResult,
} from './types.js';
