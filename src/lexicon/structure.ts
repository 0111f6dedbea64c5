import compositions from '../../lexicons/compositions.json';
import designators from '../../lexicons/designators.json';
import type { CompositionsSource, DesignatorsSource } from './compile.js';

/** Heads of nationality-named bodies and the words around them (lexicons/compositions.json). */
export const DEFAULT_COMPOSITIONS = compositions as CompositionsSource;
/** Words that introduce a place or a body (lexicons/designators.json). */
export const DEFAULT_DESIGNATORS = designators as DesignatorsSource;
