const ISO_DAY = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/**
 * Checks a `YYYY-MM-DD` reference date and returns it; a RangeError quoting the
 * value when it is malformed or impossible (2023-02-30).
 */
export function checkReferenceDate(value: unknown): string {
  if (typeof value !== 'string') {
    throw new RangeError(`arabic-entities: referenceDate must be a "YYYY-MM-DD" string, got ${typeof value}`);
  }
  const match = ISO_DAY.exec(value);
  if (!match) throw new RangeError(`arabic-entities: referenceDate "${value}" is not in YYYY-MM-DD form`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`arabic-entities: referenceDate "${value}" is not a real calendar date`);
  }
  return value;
}
