import { icsLocal, offsetMinutes, zoneAbbr } from "@/lib/schedule/time";

// Pure iCalendar (RFC 5545) writer. Events carry their local wall time with TZID=<visit zone>
// and the calendar carries a VTIMEZONE built from that zone's real offsets for the years the
// events fall in, so a phone shows the right time whatever zone it is set to.

export type IcsEvent = {
  uid: string;
  sequence: number;
  /** ISO instants. */
  start: string;
  end: string;
  summary: string;
  location?: string;
  geo?: { lat: number; lon: number } | null;
  description?: string;
  url?: string;
};

export type IcsCalendar = {
  name: string;
  timeZone: string;
  /** When the data was published: DTSTAMP of every event (stable between fetches). */
  stamp: string;
  events: IcsEvent[];
  /** Suggested refresh interval for subscribed calendars. */
  refreshMinutes?: number;
};

const CRLF = "\r\n";

export function buildCalendar(cal: IcsCalendar): string {
  const years = new Set<number>();
  for (const e of cal.events) for (const t of [e.start, e.end]) years.add(Number(localStamp(t, cal.timeZone).slice(0, 4)));
  if (years.size === 0) years.add(new Date(cal.stamp).getUTCFullYear());
  const refresh = cal.refreshMinutes ?? 60;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Itinera//Delegate programme//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    `X-WR-TIMEZONE:${cal.timeZone}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}M`,
    `X-PUBLISHED-TTL:PT${refresh}M`,
    ...vtimezone(cal.timeZone, [...years].sort()),
    ...cal.events.flatMap((e) => vevent(e, cal)),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

function vevent(e: IcsEvent, cal: IcsCalendar): string[] {
  const tz = cal.timeZone;
  return [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${utcStamp(cal.stamp)}`,
    `DTSTART;TZID=${tz}:${localStamp(e.start, tz)}`,
    `DTEND;TZID=${tz}:${localStamp(e.end, tz)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    ...(e.geo ? [`GEO:${round6(e.geo.lat)};${round6(e.geo.lon)}`] : []),
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.url ? [`URL:${e.url}`] : []),
    "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
    "END:VEVENT",
  ];
}

/** "20250610T150000": the instant's wall-clock time in the zone. */
export function localStamp(instant: string | Date, timeZone: string): string {
  return icsLocal(instant, timeZone);
}

export function utcStamp(instant: string | Date): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

type Transition = { at: number; from: number; to: number };

/** Offset changes (minutes east of UTC) of a zone within one calendar year, found via Intl. */
export function transitions(timeZone: string, year: number): Transition[] {
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let t = Date.UTC(year, 0, 1);
  let off = offsetMinutes(t, timeZone);
  // No zone changes its offset twice within a day: a daily probe finds every change.
  const step = 24 * 3_600_000;
  while (t < end) {
    const next = Math.min(t + step, end);
    const nextOff = offsetMinutes(next, timeZone);
    if (nextOff !== off) {
      // Narrow to the minute: offsets change on whole minutes.
      let [lo, hi] = [t, next];
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(mid, timeZone) === off) lo = mid;
        else hi = mid;
      }
      found.push({ at: hi, from: off, to: nextOff });
      off = nextOff;
    }
    t = next;
  }
  return found;
}

const vtimezones = new Map<string, string[]>();

/** A VTIMEZONE for the zone covering the given years (one observance per real transition). */
export function vtimezone(timeZone: string, years: number[]): string[] {
  const key = `${timeZone}|${years.join(",")}`;
  let lines = vtimezones.get(key);
  if (!lines) vtimezones.set(key, (lines = buildVtimezone(timeZone, years)));
  return lines;
}

function buildVtimezone(timeZone: string, years: number[]): string[] {
  const out = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const first = years[0];
  const startOffset = offsetMinutes(Date.UTC(first, 0, 1), timeZone);
  const all = years.flatMap((y) => transitions(timeZone, y));
  // The observance in force on 1 January of the first year, so that early events have one too.
  const firstChange = all[0];
  const startIsDaylight = firstChange ? firstChange.to < firstChange.from : false;
  out.push(...observance(startIsDaylight, `${first}0101T000000`, startOffset, startOffset, new Date(Date.UTC(first, 0, 1)), timeZone));
  for (const tr of all) {
    const localStart = icsLocal(tr.at + tr.from * 60_000, "UTC");
    out.push(...observance(tr.to > tr.from, localStart, tr.from, tr.to, new Date(tr.at), timeZone));
  }
  out.push("END:VTIMEZONE");
  return out;
}

function observance(daylight: boolean, dtstart: string, from: number, to: number, at: Date, timeZone: string): string[] {
  const kind = daylight ? "DAYLIGHT" : "STANDARD";
  return [
    `BEGIN:${kind}`,
    `DTSTART:${dtstart}`,
    `TZOFFSETFROM:${offset(from)}`,
    `TZOFFSETTO:${offset(to)}`,
    `TZNAME:${escapeText(zoneName(at, timeZone))}`,
    `END:${kind}`,
  ];
}

function zoneName(at: Date, timeZone: string): string {
  return zoneAbbr(at, timeZone);
}

/** "+0100", "-0330", "+0545". */
export function offset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, "0")}${String(m % 60).padStart(2, "0")}`;
}

export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
export function fold(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let cur = "";
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (bytes + n > limit) {
      parts.push(cur);
      cur = "";
      bytes = 0;
      limit = 74; // continuation lines start with one space
    }
    cur += ch;
    bytes += n;
  }
  parts.push(cur);
  return parts.join(`${CRLF} `);
}
