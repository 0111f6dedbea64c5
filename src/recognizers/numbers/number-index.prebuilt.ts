import { fold } from './fold.js';
import data from './number-words.json';
import type { GrammaticalNumber, NumberWordData, UnitReading, WordRoles } from './words.js';

// The number-word index, built from number-words.json: the build ships it as data
// (build/prebuilt.ts); run from source, it is built here. The table is checked here too,
// so bad data fails the build (and the tests) naming the file.

function checkTable(table: NumberWordData): void {
  const values = table.units.map((u) => u.value).join(',');
  if (values !== '0,1,2,3,4,5,6,7,8,9,10') {
    throw new Error(`arabic-entities: number-words.json "units" must list 0–10 in order, found ${values}`);
  }
  const tens = table.tens.map((t) => t.value).join(',');
  if (tens !== '20,30,40,50,60,70,80,90') throw new Error(`arabic-entities: number-words.json "tens" must list 20–90, found ${tens}`);
  const hundreds = table.hundreds.map((h) => h.value).join(',');
  if (hundreds !== '100,200,300,400,500,600,700,800,900') {
    throw new Error(`arabic-entities: number-words.json "hundreds" must list 100–900, found ${hundreds}`);
  }
  const teens = table.teens.map((t) => t.value).join(',');
  if (teens !== '11,12,13,14,15,16,17,18,19') throw new Error(`arabic-entities: number-words.json "teens" must list 11–19, found ${teens}`);
  const ordinals = table.ordinals.map((o) => o.value).join(',');
  if (ordinals !== '1,2,3,4,5,6,7,8,9,10') {
    throw new Error(`arabic-entities: number-words.json "ordinals" must list 1–10 in order, found ${ordinals}`);
  }
}

function buildIndex(table: NumberWordData): Map<string, WordRoles> {
  checkTable(table);
  const index = new Map<string, WordRoles>();
  const add = (word: string, set: (roles: WordRoles) => void): void => {
    const key = fold(word);
    if (key === '') throw new Error(`arabic-entities: number-words.json has a word that folds to nothing: "${word}"`);
    let roles = index.get(key);
    if (!roles) {
      roles = {};
      index.set(key, roles);
    }
    set(roles);
  };
  for (const unit of table.units) {
    const reading = (gender: UnitReading['gender'], compoundOnly: boolean, dialect: boolean): UnitReading => ({
      value: unit.value,
      gender,
      compoundOnly,
      dialect,
    });
    for (const w of unit.masculine) add(w, (r) => (r.unit ??= reading('masculine', false, false)));
    for (const w of unit.feminine) add(w, (r) => (r.unit ??= reading('feminine', false, false)));
    for (const w of unit.compound) add(w, (r) => (r.unit ??= reading('masculine', true, false)));
    for (const w of unit.egyptian) add(w, (r) => (r.unit ??= reading('masculine', false, true)));
  }
  for (const w of table.teenMarkers) add(w, (r) => (r.teenMarker = true));
  for (const teen of table.teens) for (const w of teen.egyptian) add(w, (r) => (r.teen = teen.value));
  for (const ten of table.tens) for (const w of [...ten.forms, ...ten.egyptian]) add(w, (r) => (r.ten = ten.value));
  for (const hundred of table.hundreds) {
    for (const w of [...hundred.forms, ...hundred.egyptian]) {
      add(w, (r) => (r.hundred = { value: hundred.value, single: hundred.value === 100 }));
    }
  }
  for (const m of table.multipliers) {
    const numbers: [GrammaticalNumber, readonly string[]][] = [
      ['singular', m.singular],
      ['dual', m.dual],
      ['plural', m.plural],
    ];
    for (const [number, forms] of numbers) for (const w of forms) add(w, (r) => (r.multiplier = { value: m.value, number }));
  }
  for (const f of table.fractions) {
    const numbers: [GrammaticalNumber, readonly string[]][] = [
      ['singular', f.singular],
      ['dual', f.dual],
      ['plural', f.plural],
    ];
    for (const [number, forms] of numbers) {
      for (const w of forms) {
        add(w, (r) => (r.fraction = { denominator: f.denominator, number, ambiguous: f.ambiguous, standalone: f.standalone }));
      }
    }
  }
  for (const v of table.vague) for (const w of v.forms) add(w, (r) => (r.vague = v.value));
  for (const w of table.vagueCounts) add(w, (r) => (r.vagueCount = true));
  for (const w of table.decimalPoints) add(w, (r) => (r.decimalPoint = true));
  for (const o of table.ordinals) {
    const simple = [...o.masculine, ...o.feminine];
    for (const w of simple) add(w, (r) => (r.ordinal = { value: o.value, compound: o.compound.includes(w), simple: true, indefinite: false }));
    for (const w of o.compound) {
      if (!simple.includes(w)) add(w, (r) => (r.ordinal ??= { value: o.value, compound: true, simple: false, indefinite: false }));
    }
    for (const w of o.indefinite) add(w, (r) => (r.ordinal = { value: o.value, compound: false, simple: false, indefinite: true }));
  }
  return index;
}

/** Folded word → its number roles. */
export const NUMBER_WORD_INDEX: [string, WordRoles][] = [...buildIndex(data)];
/** Whole words that only look like a proclitic + number word («لست»), folded. */
export const NOT_NUMBER_FORMS: string[] = data.notNumbers.forms.map(fold);
