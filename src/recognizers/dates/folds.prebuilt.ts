import { foldEach } from '../../normalize/index.js';
import clockJson from './data/clock.json';
import decadesJson from './data/decades.json';
import markersJson from './data/markers.json';
import monthsJson from './data/months.json';
import partsJson from './data/parts-of-day.json';
import periodsJson from './data/periods.json';
import qualifiersJson from './data/qualifiers.json';
import relativeJson from './data/relative-days.json';
import unitsJson from './data/units.json';
import weekdaysJson from './data/weekdays.json';

// Every word and phrase of the date data files (the strings in their lists), with its
// folded form: the phrase tables are built from these. The build ships the pairs
// (build/prebuilt.ts), so a process does not fold the date vocabulary at start; run from
// source, they are folded here.

function listedStrings(value: unknown, inList: boolean, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (inList) out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) listedStrings(item, true, out);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) listedStrings(item, false, out);
  }
  return out;
}

const files = [clockJson, decadesJson, markersJson, monthsJson, partsJson, periodsJson, qualifiersJson, relativeJson, unitsJson, weekdaysJson];
const phrases = [...files.reduce((out, file) => listedStrings(file, false, out), new Set<string>())];
const folded = foldEach(phrases);

/** [phrase as written, foldText of it] for every listed string of the date data. */
export const DATE_FOLDS: [string, string][] = phrases.map((phrase, i) => [phrase, folded[i] ?? phrase]);
