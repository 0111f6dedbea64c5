import { foundOf } from '../copies.js';
import { shiftWhen } from '../resolve.js';
import { integerOf, isDefinite } from '../tokens.js';
import type { Rule, When } from '../types.js';
import { amountChainAt } from './duration.js';

/**
 * Dates counted back from the reference: «قبل ثلاث سنوات» (ref 2023-09-20) → 2020,
 * «منذ يومين» → 2023-09-18, «قبل نحو عامين» → 2021 (approx), «قبل أيام» → PAST_REF;
 * and forward with «من الآن»: «بعد أسبوعين من الآن», «شهر و21 يوما من الآن». Event-anchored offsets
 * («قبل يومين من الانتخابات») are durations instead (decision 17), and «منذ عام 2014»
 * is the year 2014, not «a year ago».
 */
export const ago: Rule = (ctx, i) => {
  const { tokens, data, ref } = ctx;
  const back = data.markers.ago.atWithClitics(tokens, i);
  const forward = back ? null : data.markers.later.atWithClitics(tokens, i);
  const word = back ?? forward;
  const qualifier = word ? data.qualifiers.at(tokens, word.next) : data.qualifiers.atWithClitics(tokens, i);
  const at = qualifier ? qualifier.next : word ? word.next : i;
  const chain = amountChainAt(ctx, at, at === i);
  if (!chain) return null;
  const [first] = chain.parts;
  if (first === undefined || first.definite) return null;
  // «منذ عام 2014», «منذ شهر سبتمبر»: the unit word heads a date.
  const following = tokens[chain.next];
  if (first.kind === 'singular' && chain.parts.length === 1 && (integerOf(following) !== null || data.months.at(tokens, chain.next))) return null;
  // «قبل أيام الحرب»: a construct, not a count of days.
  if (first.kind === 'plural' && isDefinite(following)) return null;
  const fromNow = data.markers.fromNow.at(tokens, chain.next);
  if (!fromNow && (!back || data.markers.eventAnchor.at(tokens, chain.next))) return null;
  const vague = chain.parts.some((part) => part.amount === 'X');
  let when: When | null;
  if (vague) when = { unit: 'anchor', anchor: back ? 'PAST_REF' : 'FUTURE_REF' };
  else if (ref === null) when = null;
  else {
    const parts = chain.parts.map((part) => ({ unit: part.unit.id, amount: part.amount === 'X' ? 0 : part.amount }));
    when = shiftWhen(ref, parts, back ? -1 : 1);
  }
  const last = fromNow ?? chain;
  const span = { start: word?.start ?? qualifier?.start ?? chain.start, end: last.end, next: last.next };
  return foundOf('ago', { kind: 'point', when }, span, { qualifier: qualifier?.value });
};
