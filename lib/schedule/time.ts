import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** "09:30" in the zone. */
export function localTime(instant: string | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant), timeZone), "HH:mm");
}

/** Short zone label for an instant, e.g. "BST", "CEST" (en-GB names; an offset where none exists). */
export function zoneLabel(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }).formatToParts(
    new Date(instant),
  );
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** The city part of an IANA zone: "Europe/London" -> "London". */
export function zoneCity(timeZone: string): string {
  return timeZone.split("/").pop()!.replace(/_/g, " ");
}

export type LocalParse = { ok: true; instant: Date } | { ok: false; reason: "invalid" | "nonexistent" };

/**
 * A local wall-clock time ("2025-06-11", "09:30") in a zone, as a UTC instant. Refuses a time
 * that does not exist in the zone (the spring-forward gap). In the autumn overlap the
 * earlier of the two instants is taken.
 */
export function localToInstant(date: string, time: string, timeZone: string): LocalParse {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m || !t) return { ok: false, reason: "invalid" };
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const [h, mi] = [Number(t[1]), Number(t[2])];
  if (h > 23 || mi > 59) return { ok: false, reason: "invalid" };
  const wall = Date.UTC(y, mo, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo || check.getUTCDate() !== d) {
    return { ok: false, reason: "invalid" };
  }
  // Try the offsets in force a day either side; keep those that map back to the same wall time.
  const candidates = new Set<number>();
  for (const probe of [wall - 86_400_000, wall, wall + 86_400_000]) {
    candidates.add(wall - offsetMs(new Date(probe), timeZone));
  }
  const matches = [...candidates].filter((c) => wallClock(new Date(c), timeZone) === wall).sort((a, b) => a - b);
  if (matches.length === 0) return { ok: false, reason: "nonexistent" };
  return { ok: true, instant: new Date(matches[0]) };
}

function offsetMs(instant: Date, timeZone: string): number {
  return wallClock(instant, timeZone) - instant.getTime();
}

function wallClock(instant: Date, timeZone: string): number {
  const z = new TZDate(instant, timeZone);
  return Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds());
}

/** ISO 8601 with the zone's offset, e.g. "2025-06-11T09:30:00+01:00" (used in JSON export). */
export function isoInZone(instant: string | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant), timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.includes("/") || tz === "UTC";
  } catch {
    return false;
  }
}

/**
 * Wall-clock minutes of an instant counted from the local midnight that starts `date` in the
 * zone: 570 for 09:30 that day, 1470 for 00:30 the day after (a slot past midnight).
 */
export function minuteOfDate(instant: string | Date, date: string, timeZone: string): number {
  const z = new TZDate(new Date(instant), timeZone);
  const days = Math.round((Date.UTC(z.getFullYear(), z.getMonth(), z.getDate()) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  return days * 1440 + z.getHours() * 60 + z.getMinutes();
}

/** 570 -> "09:30", 1470 -> "00:30" (the caller knows it is the next day). */
export function clockOfMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}
