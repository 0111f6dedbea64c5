export * from './index.js';
export { loadLexicon } from './lexicon/load.js';
