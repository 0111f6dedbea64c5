import type { NormalizedText } from '../normalize/index.js';
import { Coverage } from '../recognizers/coverage.js';
import type { Candidate } from '../recognizers/types.js';
import { CountryTally, fillBodies, keepSupportedBy, linkSurnames, noteSurname, supports } from './document.js';
import { IntList } from './int-list.js';
import { mergeByStart, pickCluster, resolveSortedOverlaps } from './overlaps.js';

/**
 * Whether the rest of the document may still drop or change this candidate: an ambiguous
 * name waits for support, a bare body for the document's country.
 */
function waitsOnDocument(c: Candidate): boolean {
  return c.needsSupport === true || c.idTemplate !== undefined;
}

/**
 * The resolve stage fed one chunk of a segment at a time, with the result of
 * `mergeByStart(kept, linkPartialNames(kept))` where `kept` is
 * `resolveSortedOverlaps(fillFromDocument(keepSupported(all)))` (tested against them).
 *
 * A cluster of overlapping candidates is settled as soon as the sweep has passed it,
 * unless it picks a candidate that waits on the document: the document can only drop or
 * fill the candidates that wait (their rank stays), and dropping a candidate that was not
 * picked leaves the pick as it was. Settled candidates go to `settled` at
 * once, in text order, and die young; until the segment ends only the waiting clusters,
 * the supported ids, the country counts, the kept spans and the persons' surnames are
 * held. (A long text's candidates, all held to its end, were copied by every young
 * collection: a tenth of the time on a 1M-character segment.)
 */
export class SegmentResolver {
  private readonly supported = new Set<string>();
  private readonly countries = new CountryTally();
  /** Ambiguous names with their place in the list: a country among them counts once supported. */
  private readonly ambiguous: [Candidate, number][] = [];
  private seen = 0;
  /** The clusters holding a candidate that waits on the document, whole, in text order. */
  private readonly waiting: Candidate[] = [];
  /**
   * The cluster the sweep is in (it may go on in the next chunk): the first `openCount`
   * slots. Emptied by the count, not by `length = 0`, which would drop the array's
   * storage and make every cluster allocate it again.
   */
  private readonly open: Candidate[] = [];
  private openCount = 0;
  private openReach = 0;
  private openWaits = false;
  /** Start and end of every kept candidate: surnames are linked only on words nothing claimed. */
  private readonly keptSpans = new IntList();
  private readonly surnames = new Map<string, Candidate>();

  constructor(
    private readonly normalized: NormalizedText,
    private readonly settled: (candidate: Candidate) => void,
  ) {}

  /** The next chunk's candidates, sorted by {@link sortByStart}, none empty, none before the last chunk's. */
  add(sorted: readonly Candidate[]): void {
    for (const c of sorted) {
      const seen = this.seen++;
      if (supports(c)) this.supported.add(c.id as string);
      if (c.needsSupport === true) this.ambiguous.push([c, seen]);
      else this.countries.add(c, seen);
      if (this.openCount > 0 && c.start >= this.openReach) this.close();
      if (this.openCount === 0 || c.end > this.openReach) this.openReach = c.end;
      this.open[this.openCount++] = c;
      if (waitsOnDocument(c)) this.openWaits = true;
    }
  }

  /**
   * The waiting clusters resolved now that the whole segment is known, with the surname
   * links: the kept candidates not yet settled, sorted by start.
   */
  finish(): Candidate[] {
    if (this.openCount > 0) this.close();
    let late: Candidate[] = [];
    if (this.waiting.length > 0) {
      for (const [c, seen] of this.ambiguous) if (c.id !== undefined && this.supported.has(c.id)) this.countries.add(c, seen);
      late = resolveSortedOverlaps(fillBodies(keepSupportedBy(this.waiting, this.supported), this.countries.dominant()));
      for (const c of late) this.keep(c);
    }
    if (this.surnames.size === 0) return late;
    // Searched in the order their owners come in the text, as one pass over the kept list meets them.
    const surnames = new Map([...this.surnames].sort((a, b) => a[1].start - b[1].start));
    const taken = new Coverage(0, this.normalized.text.length);
    for (let i = 0; i + 1 < this.keptSpans.length; i += 2) taken.mark(this.keptSpans.at(i), this.keptSpans.at(i + 1));
    return mergeByStart(late, linkSurnames(surnames, taken, this.normalized));
  }

  private close(): void {
    const count = this.openCount;
    const waits = this.openWaits;
    this.openCount = 0;
    this.openWaits = false;
    // Most clusters are one candidate, its own pick.
    if (count === 1) {
      const only = this.open[0] as Candidate;
      if (waits) this.waiting.push(only);
      else this.settle(only);
      return;
    }
    const picked: Candidate[] = [];
    pickCluster(this.open, 0, count, this.openReach, picked);
    // A candidate that is not picked changes nothing in the pick (its span stays free for
    // those ranked after it): when no waiting candidate is picked with every candidate
    // present, the document can drop or fill them and the pick stands. The bare body a
    // composed one contains («وزارة الدفاع» in «وزارة الدفاع الأذربيجانية») settles so.
    if (waits && picked.some(waitsOnDocument)) {
      for (let i = 0; i < count; i += 1) this.waiting.push(this.open[i] as Candidate);
    } else {
      for (const c of picked) this.settle(c);
    }
  }

  private settle(c: Candidate): void {
    this.keep(c);
    this.settled(c);
  }

  private keep(c: Candidate): void {
    this.keptSpans.push(c.start);
    this.keptSpans.push(c.end);
    noteSurname(this.surnames, c, this.normalized.text);
  }
}
