import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import type { Candidate } from '../../src/recognizers/types.js';
import { toMention } from '../../src/resolve/index.js';

describe('toMention', () => {
  const text = normalize('قُتِل ٧ مدنيين في قرة باغ، وقال وزير الخارجية إن أذربيجان');
  const at = (word: string) => text.text.indexOf(normalize(word).text);

  it('maps a candidate back to the original characters, fields in the contract order', () => {
    const place: Candidate = { type: 'place', subtype: 'region', start: at('قرة'), end: at('قرة') + 'قره باغ'.length, id: 'nagorno-karabakh', canonical: 'قره باغ', source: 'lexicon', priority: 100 };
    const mention = toMention(place, text);
    expect(mention).toStrictEqual({ type: 'place', subtype: 'region', start: 18, end: 25, text: 'قرة باغ', id: 'nagorno-karabakh', canonical: 'قره باغ', source: 'lexicon' });
    expect(Object.keys(mention)).toEqual(['type', 'subtype', 'start', 'end', 'text', 'id', 'canonical', 'source']);
    const count: Candidate = { type: 'number', subtype: 'cardinal', start: at('7'), end: at('مدنيين') + 'مدنيين'.length, value: 7, unit: 'مدنيين', confidence: 0.9, source: 'rule:count', priority: 50 };
    expect(Object.keys(toMention(count, text))).toEqual(['type', 'subtype', 'start', 'end', 'text', 'value', 'unit', 'source', 'confidence']);
    expect(toMention(count, text).text).toBe('٧ مدنيين');
  });

  it('gives a plain object: printed, compared and serialized as a literal would be', () => {
    const c: Candidate = { type: 'place', subtype: 'country', start: at('أذربيجان'), end: text.text.length, id: 'azerbaijan', source: 'lexicon', priority: 100 };
    const mention = toMention(c, text);
    expect(Object.getPrototypeOf(mention)).toBe(Object.prototype);
    expect(mention.constructor).toBe(Object);
    expect(JSON.parse(JSON.stringify(mention))).toStrictEqual(mention);
    expect(structuredClone(mention)).toStrictEqual(mention);
  });
});
