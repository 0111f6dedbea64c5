import type { Mention } from '../../types.js';
import type { Extracted } from '../types.js';

/** One whitespace token of the original text with its IOB2 tag. */
export interface TaggedToken {
  token: string;
  start: number;
  end: number;
  /** `O`, or `B-`/`I-` and the mention type upper-cased: `B-PLACE`, `I-ACTOR`. */
  tag: string;
}

/**
 * Splits the original text on whitespace and tags each token by the mention it
 * overlaps: `B-TYPE` on a mention's first token, `I-TYPE` on the next ones, `O`
 * elsewhere. A proclitic stays on its token («وأذربيجان» is one `B-PLACE` token).
 * A token that overlaps two mentions takes the first.
 *
 * @example
 * conllTokens('في باكو أمس', [{ type: 'place', start: 3, end: 7, … }]);
 * // في O · باكو B-PLACE · أمس O
 */
export function conllTokens(text: string, mentions: readonly Pick<Mention, 'type' | 'start' | 'end'>[]): TaggedToken[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const tokens: TaggedToken[] = [];
  let first = 0;
  let previous: (typeof sorted)[number] | undefined;
  for (const match of text.matchAll(/\S+/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    while (first < sorted.length && (sorted[first]?.end ?? 0) <= start) first += 1;
    let owner: (typeof sorted)[number] | undefined;
    for (let i = first; i < sorted.length; i += 1) {
      const mention = sorted[i];
      if (mention === undefined || mention.start >= end) break;
      if (mention.end > start) {
        owner = mention;
        break;
      }
    }
    const tag = owner === undefined ? 'O' : `${owner === previous ? 'I' : 'B'}-${owner.type.toUpperCase()}`;
    tokens.push({ token: match[0], start, end, tag });
    previous = owner;
  }
  return tokens;
}

/** A document in CoNLL form: `# id = …`, one `token<TAB>tag` line per token, then a blank line. */
export function conllDocument(doc: Extracted): string {
  const id = String(doc.record.id ?? '-').replace(/\s+/gu, ' ');
  const lines = conllTokens(doc.text, doc.record.mentions).map((t) => `${t.token}\t${t.tag}`);
  return `# id = ${id}\n${lines.map((line) => `${line}\n`).join('')}\n`;
}
