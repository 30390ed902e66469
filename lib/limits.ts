// The one set of limits on what Itinera stores. Forms (zod schemas), CSV import and the visit
// file import all read them from here, so nothing can come in one way that another refuses.

export const LIMITS = {
  /** Titles, names, cities: one line. */
  nameChars: 200,
  /** Addresses, positions, access needs, notes on a record. */
  textChars: 2000,
  /** A slot's description, delegate notes and internal notes. */
  noteChars: 4000,
  /** A slot lasts at most a day (an overnight train fits, a 400-day slot does not). */
  slotMaxHours: 24,
  /** A visit lasts at most this many calendar days. */
  visitMaxDays: 60,
  /** Dates and instants stay within these years (year 9999 is a typo, not a plan). */
  yearMin: 2000,
  yearMax: 2100,
  /** A CSV file: size in bytes (UTF-8) and rows. */
  csvBytes: 1_000_000,
  csvRows: 2_000,
  /**
   * A server action's request body: next.config.js serverActions.bodySizeLimit ("3mb") must
   * say the same (tests/unit/limits.test.ts checks). A 1 MB CSV grows when sent: quotes and
   * line breaks are escaped, so the body needs room beyond the file limit.
   */
  actionBodyBytes: 3 * 1024 * 1024,
  /** A visit file (npm run visit:import): size in bytes and slots. */
  visitFileBytes: 64_000_000,
  visitFileSlots: 50_000,
  /** People at one slot. */
  attendeesPerSlot: 1_000,
} as const;

export const SANE_YEARS = `use a year from ${LIMITS.yearMin} to ${LIMITS.yearMax}`;

/** "2025-06-10…" has a year in range (the check after the format check). */
export function inSaneYears(dateOrInstant: string): boolean {
  const year = Number(dateOrInstant.slice(0, 4));
  return !/^\d{4}/.test(dateOrInstant) || (year >= LIMITS.yearMin && year <= LIMITS.yearMax);
}

/** Size of a text once sent or stored as UTF-8. */
export const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

export const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

/** The message for a CSV that is too large, in the form and on the server alike. */
export const CSV_TOO_LARGE = `The file is larger than ${megabytes(LIMITS.csvBytes)}: split it into smaller files and import them one by one.`;

/** Bytes of a value once encoded for a server action (JSON text, UTF-8): the form checks before sending. */
export const actionPayloadBytes = (value: unknown) => utf8Bytes(JSON.stringify(value));
