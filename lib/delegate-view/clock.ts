// Wall-clock reading of instants in a zone with cached Intl formatters. Building an
// Intl.DateTimeFormat costs far more than using one, and the delegate page reads a few
// dozen times per request; these keep the page's own work to a fraction of a millisecond.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, kind: "wall" | "zone"): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      kind === "wall"
        ? new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
        : new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" });
    formatters.set(key, f);
  }
  return f;
}

export type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

export function wall(instant: string | Date | number, timeZone: string): Wall {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone, "wall").formatToParts(new Date(instant))) if (p.type !== "literal") out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** "09:30" in the zone. */
export function hhmm(instant: string | Date, timeZone: string): string {
  const w = wall(instant, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "2025-06-11": the local calendar date in the zone. */
export function ymd(instant: string | Date, timeZone: string): string {
  const w = wall(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** "20250611T093000" for iCalendar. */
export function icsLocal(instant: string | Date | number, timeZone: string): string {
  const w = wall(instant, timeZone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** Minutes east of UTC in force at the instant. */
export function offsetMinutes(instant: number, timeZone: string): number {
  const w = wall(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** "BST", "CEST" (en-GB short names; "GMT+5:45" where a zone has none). */
export function zoneAbbr(instant: string | Date | number, timeZone: string): string {
  return formatter(timeZone, "zone").formatToParts(new Date(instant)).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}
