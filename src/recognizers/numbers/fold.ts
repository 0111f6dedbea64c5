import { foldText } from '../../normalize/index.js';

/** Folds a data word the way the text is folded (هـ/ة, ى/ي, hamza, diacritics). */
export function fold(word: string): string {
  return foldText(word).trim();
}
