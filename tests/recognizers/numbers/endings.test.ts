import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/normalize/index.js';
import { endingsOf, mayEndLike } from '../../../src/recognizers/numbers/endings.js';
import { tokenize, type Token } from '../../../src/tokenize/index.js';
import { fixtureTexts, soupTexts } from '../dates/soup.js';

/** The Arabic tokens of some texts. */
function words(texts: readonly string[]): Token[] {
  return texts.flatMap((text) => tokenize(normalize(text)).filter((token) => token.kind === 'arabic'));
}

describe('word endings rule out words before a lookup', () => {
  const news = words(fixtureTexts());
  const tokens = [...news, ...words(soupTexts(1000, 7))];

  it('rest on readings that end like their word (proclitics only come off the front)', () => {
    const broken = tokens.flatMap((token) =>
      token.analyses
        .filter((a) => (a.form.length <= 2 ? !token.text.endsWith(a.form) : a.form.slice(-3) !== token.text.slice(-3)))
        .map((a) => `${token.text} → ${a.form}`),
    );
    expect(broken).toEqual([]);
  });

  it('never rule out a word one of whose readings is listed', () => {
    // Lists of the readings themselves, of one, two and three letters and more.
    const forms = [...new Set(tokens.flatMap((token) => token.analyses.map((a) => a.form)))];
    const lists = [forms.filter((_, k) => k % 3 === 0), forms.filter((f) => f.length <= 3), ['و', 'في', 'من', 'ال']];
    for (const list of lists) {
      const listed = new Set(list);
      const endings = endingsOf(list);
      const missed = tokens.filter((token) => token.analyses.some((a) => listed.has(a.form)) && !mayEndLike(endings, token.text));
      expect(missed.map((token) => token.text)).toEqual([]);
    }
  });

  it('rule out most words of a news text', () => {
    const endings = endingsOf(['سبتمبر', 'ايلول', 'عام', 'قبل', 'ساعات']);
    const passed = news.filter((token) => mayEndLike(endings, token.text)).length;
    expect(passed).toBeLessThan(news.length / 4);
  });
});
