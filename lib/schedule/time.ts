import { TZDate, tzOffset } from "@date-fns/tz";
import { format, parseISO } from "date-fns";
import { de, enGB } from "date-fns/locale";
import { instantMs } from "./instants";

// The one module for time and zone formatting. Instants are UTC; every reading and every
// string is in a zone passed explicitly (the visit's), never the machine's. Sections: zones,
// wall-clock readings, local time -> instant, words for dates and times, and the fast clock
// the conflict checks use for every slot of a summit.

// ---------------------------------------------------------------------------------- zones

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.includes("/") || tz === "UTC";
  } catch {
    return false;
  }
}

/** The city part of an IANA zone: "Europe/London" -> "London". */
export function zoneCity(timeZone: string): string {
  return timeZone.split("/").pop()!.replace(/_/g, " ");
}

/** Short zone label for an instant, e.g. "BST", "CEST" (en-GB names; an offset where none exists). */
export function zoneLabel(instant: string | Date | number, timeZone: string): string {
  return zoneAbbr(instant, timeZone);
}

// ---------------------------------------------------------------------- wall-clock readings

/** "09:30" in the zone. */
export function localTime(instant: string | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant), timeZone), "HH:mm");
}

/**
 * The local calendar date of an instant in a zone ("2025-06-11"). Read through the fast clock:
 * the Schedule tab asks this of every slot of a summit on each request.
 */
export function localDate(instant: string | Date, timeZone: string): string {
  return localClock(timeZone).date(msOf(instant));
}

/** The hour on the wall clock in the zone, 0..23. */
export function localHour(instant: string | Date, timeZone: string): number {
  return wall(instant, timeZone).hour;
}

/** "2025-06-10 12:40" in the zone: how forms and CSV files write an instant ("" for none). */
export function localInput(instant: Date | null, timeZone: string): string {
  return instant ? format(new TZDate(instant, timeZone), "yyyy-MM-dd HH:mm") : "";
}

/** "2025-06-10" plus n calendar days (no zone involved: a calendar date has none). */
export function addDaysToDate(date: string, n: number): string {
  const ms = Date.parse(`${date}T12:00:00Z`);
  return Number.isNaN(ms) ? date : new Date(ms + n * 86_400_000).toISOString().slice(0, 10);
}

/** ISO 8601 with the zone's offset, e.g. "2025-06-11T09:30:00+01:00" (used in JSON export). */
export function isoInZone(instant: string | Date, timeZone: string): string {
  return format(new TZDate(new Date(instant), timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

// ---------------------------------------------------------------- local time -> instant

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
  const wallMs = Date.UTC(y, mo, d, h, mi);
  const check = new Date(wallMs);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo || check.getUTCDate() !== d) {
    return { ok: false, reason: "invalid" };
  }
  // Try the offsets in force a day either side; keep those that map back to the same wall time.
  const candidates = new Set<number>();
  for (const probe of [wallMs - 86_400_000, wallMs, wallMs + 86_400_000]) {
    candidates.add(wallMs - (wallClockMs(new Date(probe), timeZone) - probe));
  }
  const matches = [...candidates].filter((c) => wallClockMs(new Date(c), timeZone) === wallMs).sort((a, b) => a - b);
  if (matches.length === 0) return { ok: false, reason: "nonexistent" };
  return { ok: true, instant: new Date(matches[0]) };
}

function wallClockMs(instant: Date, timeZone: string): number {
  const z = new TZDate(instant, timeZone);
  return Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds());
}

// ------------------------------------------------------------ words for dates and times

const LOCALES = { en: enGB, de } as const;
export type Locale = keyof typeof LOCALES;

/** "Wednesday 11 June 2025" / "Mittwoch, 11. Juni 2025" for a "yyyy-MM-dd" date. */
export function longDate(date: string, locale: Locale = "en"): string {
  const z = new TZDate(parseISO(`${date}T12:00:00Z`), "UTC");
  return locale === "de" ? format(z, "EEEE, d. MMMM yyyy", { locale: de }) : format(z, "EEEE d MMMM yyyy", { locale: enGB });
}

/** "10–13 June 2025" (or across months/years as needed). */
export function dateRange(first: string, last: string, locale: Locale = "en"): string {
  const [a, b] = [new TZDate(parseISO(`${first}T12:00:00Z`), "UTC"), new TZDate(parseISO(`${last}T12:00:00Z`), "UTC")];
  const l = { locale: LOCALES[locale] };
  const dd = locale === "de" ? "d." : "d";
  if (first === last) return format(a, `${dd} MMMM yyyy`, l);
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, `${dd} MMMM yyyy`, l)} – ${format(b, `${dd} MMMM yyyy`, l)}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, `${dd} MMMM`, l)} – ${format(b, `${dd} MMMM yyyy`, l)}`;
  return `${format(a, dd, l)}–${format(b, `${dd} MMMM yyyy`, l)}`;
}

/**
 * "09:30–12:30 BST" in the zone; a slot across a DST change names both zones, and one that
 * ends on a later local day says by how many ("22:00–00:30 (+1) BST").
 */
export function timeRange(startsAt: string, endsAt: string, timeZone: string): string {
  const a = zoneLabel(startsAt, timeZone);
  const b = zoneLabel(endsAt, timeZone);
  const days = Math.round((Date.parse(localDate(endsAt, timeZone)) - Date.parse(localDate(startsAt, timeZone))) / 86_400_000);
  const later = days > 0 ? ` (+${days})` : "";
  const range = `${localTime(startsAt, timeZone)}–${localTime(endsAt, timeZone)}${later}`;
  return a === b ? `${range} ${a}` : `${localTime(startsAt, timeZone)} ${a}–${localTime(endsAt, timeZone)}${later} ${b}`;
}

/** "Wed 11 Jun 2025, 09:30 BST": an instant in the visit's zone, labelled. */
export function shortInstant(instant: string | Date, timeZone: string): string {
  return `${format(new TZDate(new Date(instant), timeZone), "EEE d MMM yyyy, HH:mm")} ${zoneLabel(instant, timeZone)}`;
}

/** "Wed 11 Jun 09:30" without the year, for slot times in lists. */
export function slotStart(instant: string, timeZone: string): string {
  return format(new TZDate(new Date(instant), timeZone), "EEE d MMM HH:mm");
}

/**
 * A form's local date and time ("2025-06-10 12:40", already the visit's wall clock) as staff
 * read it in a list: "Tue 10 Jun 12:40". Anything else is returned as it is.
 */
export function wallText(local: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(local);
  if (!m) return local;
  return `${format(new TZDate(parseISO(`${m[1]}T12:00:00Z`), "UTC"), "EEE d MMM")} ${m[2]}`;
}

/** "Wed 11 Jun" in the zone. */
export function slotDay(instant: string, timeZone: string): string {
  return format(new TZDate(new Date(instant), timeZone), "EEE d MMM");
}

// ---------------------------------------------------------------------- the fast clock

// Wall-clock readings of instants in one zone, cheap enough to call for every slot of a
// 10,000-slot summit. The zone's offset is looked up through Intl once per quarter hour and
// cached; after that a reading is integer arithmetic, and every string is cached (formatting
// each instant through TZDate costs microseconds, which a summit multiplies by 100,000).

const MINUTE = 60_000;
const DAY = 86_400_000;
const QUARTER_HOUR = 15 * MINUTE;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export type LocalClock = {
  /** The local calendar day as a count of days since 1970-01-01: comparable, cheap. */
  dayNumber(ms: number): number;
  /** Minutes since local midnight, 0..1439. */
  minuteOfDay(ms: number): number;
  /** ISO weekday: 1 Monday .. 7 Sunday. */
  isoWeekday(ms: number): number;
  /** "yyyy-MM-dd" */
  date(ms: number): string;
  /** "09:30" */
  time(ms: number): string;
  /** "Tue 10 Jun" */
  day(ms: number): string;
  /** "BST" */
  zone(ms: number): string;
};

/** "2025-06-10" as a day number (see LocalClock.dayNumber). */
export const dayNumberOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);

/** ISO weekday of a day number; 1970-01-01 was a Thursday. */
export const weekdayOf = (dayNumber: number) => ((((dayNumber + 3) % 7) + 7) % 7) + 1;

/** "Tue 10 Jun" for a day number. */
export function dayNumberLabel(dayNumber: number): string {
  const d = new Date(dayNumber * DAY);
  return `${WEEKDAYS[weekdayOf(dayNumber) - 1]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

const clocks = new Map<string, LocalClock>();

/**
 * The clock of a zone, shared by every run in this process: its caches depend only on the
 * zone's rules, and filling them (an Intl lookup per quarter hour) is most of a small run.
 */
export function localClock(timeZone: string): LocalClock {
  let clock = clocks.get(timeZone);
  if (!clock) clocks.set(timeZone, (clock = makeClock(timeZone)));
  return clock;
}

function makeClock(timeZone: string): LocalClock {
  const offsets = new Map<number, number>();
  const zones = new Map<number, string>();
  const dates = new Map<number, string>();
  const days = new Map<number, string>();
  const times = Array.from({ length: 1440 }, (_, m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`);
  const exact = (ms: number) => tzOffset(timeZone, new Date(ms)) * MINUTE;

  function offsetMs(ms: number): number {
    const bucket = Math.floor(ms / QUARTER_HOUR);
    const cached = offsets.get(bucket);
    if (cached !== undefined) return cached;
    const first = exact(bucket * QUARTER_HOUR);
    // The offset changes inside this quarter hour: answer exactly and cache nothing.
    if (first !== exact(bucket * QUARTER_HOUR + QUARTER_HOUR - 1)) return exact(ms);
    offsets.set(bucket, first);
    return first;
  }
  const wallMs = (ms: number) => ms + offsetMs(ms);
  const dayNumber = (ms: number) => Math.floor(wallMs(ms) / DAY);
  const minuteOfDay = (ms: number) => Math.floor((wallMs(ms) - dayNumber(ms) * DAY) / MINUTE);
  const memo = <K, V>(cache: Map<K, V>, key: K, make: () => V) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = make()));
    return v;
  };

  return {
    dayNumber,
    minuteOfDay,
    isoWeekday: (ms) => weekdayOf(dayNumber(ms)),
    date: (ms) => {
      const n = dayNumber(ms);
      return memo(dates, n, () => new Date(n * DAY).toISOString().slice(0, 10));
    },
    time: (ms) => times[minuteOfDay(ms)],
    day: (ms) => {
      const n = dayNumber(ms);
      return memo(days, n, () => dayNumberLabel(n));
    },
    zone: (ms) => memo(zones, offsetMs(ms), () => zoneLabel(new Date(ms), timeZone)),
  };
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
  const f = cachedFormat(`wall|${timeZone}`, "en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
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
  return cachedFormat(`range|${lang}`, intl(lang), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatRange(
    noon(first),
    noon(last),
  );
}

/** "11 June" / "11. Juni": the local date of an instant in the zone. */
export function dayMonth(instant: string | Date, timeZone: string, lang: Lang): string {
  return cachedFormat(`daymonth|${lang}|${timeZone}`, intl(lang), { day: "numeric", month: "long", timeZone }).format(new Date(instant));
}

/** "00:53 BST, 30 November" / "00:53 BST, 30. November": a moment in the zone, its zone named. */
export function stampInZone(instant: string | Date, timeZone: string, lang: Lang): string {
  return `${hhmm(instant, timeZone)} ${zoneAbbr(instant, timeZone)}, ${dayMonth(instant, timeZone, lang)}`;
}

// ------------------------------------------------- timeline, PDFs and e-mail

/** 570 -> "09:30", 1470 -> "00:30" (the caller knows it is the next day). */
export function clockOfMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

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

/** homeTimeLabel for one traveller of a visit (the phone page and e-mails; the PDF finds the zone once). */
export function homeCityOf(it: { visit: { guestCity: string }; delegates: { homeTimeZone: string }[] }, homeZone: string): string {
  return homeTimeLabel(homeZone, it.visit.guestCity, guestCityZone(it.delegates.map((d) => d.homeTimeZone)));
}

/**
 * Wall-clock minutes of an instant counted from the local midnight that starts `date` in the
 * zone: 570 for 09:30 that day, 1470 for 00:30 the day after (a slot past midnight).
 */
export function minuteOfDate(instant: string | Date, date: string, timeZone: string): number {
  const clock = localClock(timeZone);
  const ms = msOf(instant);
  return (clock.dayNumber(ms) - dayNumberOf(date)) * 1440 + clock.minuteOfDay(ms);
}

const msOf = (instant: string | Date) => (typeof instant === "string" ? instantMs(instant) : instant.getTime());

/** "Wed 11 June" / "Mi., 11. Juni": the weekday and date of an instant in the zone. */
export function weekdayDate(instant: string | Date, timeZone: string, locale: "en" | "de" = "en"): string {
  const z = new TZDate(new Date(instant), timeZone);
  return locale === "de" ? format(z, "EEEEEE., d. MMMM", { locale: de }) : format(z, "EEE d MMMM", { locale: enGB });
}
