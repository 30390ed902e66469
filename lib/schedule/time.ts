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

// ---- Fast wall-clock reading (delegate page, iCalendar) -------------------------------------
// Cached Intl formatters: building an Intl.DateTimeFormat costs far more than using one, and
// the delegate page and calendar read a few dozen instants per request.

const formatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

export type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

export function wall(instant: string | Date | number, timeZone: string): Wall {
  const f = cachedFormat(`wall|${timeZone}`, "en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(instant))) if (p.type !== "literal") out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** "09:30" in the zone (cached formatter; same result as localTime). */
export function hhmm(instant: string | Date | number, timeZone: string): string {
  const w = wall(instant, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "2025-06-11": the local calendar date in the zone. */
export function ymd(instant: string | Date | number, timeZone: string): string {
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

/** "BST", "CEST" (en-GB short names; "GMT+5:45" where a zone has none); zoneLabel, cached. */
export function zoneAbbr(instant: string | Date | number, timeZone: string): string {
  const f = cachedFormat(`zone|${timeZone}`, "en-GB", { timeZone, timeZoneName: "short" });
  return f.formatToParts(new Date(instant)).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

// ---- Dates in the reader's language (delegate page: "en" or "de") --------------------------

type Lang = "en" | "de";
const intl = (l: Lang) => (l === "de" ? "de-DE" : "en-GB");
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

/** "Wednesday, 11 June" / "Mittwoch, 11. Juni" for a "yyyy-MM-dd" date. */
export function dayLabel(date: string, lang: Lang): string {
  return cachedFormat(`day|${lang}`, intl(lang), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(noon(date));
}

/** "Tue 10" / "Di. 10." for the day chips. */
export function shortDay(date: string, lang: Lang): string {
  return cachedFormat(`short|${lang}`, intl(lang), { weekday: "short", day: "numeric", timeZone: "UTC" }).format(noon(date));
}

/** "10–13 June 2025" / "10.–13. Juni 2025". */
export function visitDates(first: string, last: string, lang: Lang): string {
  return cachedFormat(`range|${lang}`, intl(lang), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatRange(noon(first), noon(last));
}

/** "11 June" / "11. Juni": the local date of an instant in the zone. */
export function dayMonth(instant: string | Date, timeZone: string, lang: Lang): string {
  return cachedFormat(`daymonth|${lang}|${timeZone}`, intl(lang), { day: "numeric", month: "long", timeZone }).format(new Date(instant));
}

/** "00:53 BST, 30 November" / "00:53 BST, 30. November": a moment in the zone, its zone named. */
export function stampInZone(instant: string | Date, timeZone: string, lang: Lang): string {
  return `${hhmm(instant, timeZone)} ${zoneAbbr(instant, timeZone)}, ${dayMonth(instant, timeZone, lang)}`;
}

// ---- Whose clock: the home-time label (phone, PDF, e-mail) ----------------------------------

/**
 * The zone the guest city keeps: the one most of the delegation's home clocks are in (on a tie,
 * the one met first). Null without delegates.
 */
export function guestCityZone(homeZones: string[]): string | null {
  const count = new Map<string, number>();
  for (const z of homeZones) count.set(z, (count.get(z) ?? 0) + 1);
  let best: string | null = null;
  for (const [z, n] of count) if (best === null || n > count.get(best)!) best = z;
  return best;
}

/**
 * The name a delegate's home time goes by, the same on the phone, in the PDF and in e-mail:
 * the guest city when the delegate's zone is the guest city's zone ("Leipzig", not "Berlin"),
 * otherwise the zone's own city ("Vienna").
 */
export function homeTimeLabel(homeZone: string, guestCity: string, guestZone: string | null): string {
  return guestCity.trim() && homeZone === guestZone ? guestCity.trim() : zoneCity(homeZone);
}
