import type { OpeningHours } from "@/lib/schedule/types";

// Opening hours as the editor and CSV files write them. The stored form is a list of
// { day (ISO, Monday = 1), opens, closes }; a weekday missing from a known list is closed,
// and null means "not known" (the venue's hours are then not checked).

export const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export type Interval = { opens: string; closes: string };
/** A weekday in the editor: its first interval, and `more` when it closes in between (lunch). */
export type DayRow = { day: number; open: boolean; opens: string; closes: string; more: Interval[] };

const closedDay = (day: number): DayRow => ({ day, open: false, opens: "", closes: "", more: [] });

/** Seven rows for the editor, every stored interval kept, earliest first. */
export function weekRows(hours: OpeningHours | null): DayRow[] {
  return WEEKDAYS.map((_, i) => {
    const [first, ...more] = (hours ?? [])
      .filter((x) => x.day === i + 1)
      .sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0));
    if (!first) return closedDay(i + 1);
    return { day: i + 1, open: true, opens: first.opens, closes: first.closes, more: more.map(({ opens, closes }) => ({ opens, closes })) };
  });
}

/** "Mon–Fri 08:00–18:00 · Sat 10:00–14:00 · Sun closed", or "not known". */
export function hoursSummary(hours: OpeningHours | null): string {
  if (!hours || hours.length === 0) return "not known";
  const label = (d: number) => {
    const h = hours.filter((x) => x.day === d).map((x) => `${x.opens}–${x.closes}`);
    return h.length ? h.join(", ") : "closed";
  };
  const parts: string[] = [];
  let start = 1;
  for (let d = 2; d <= 8; d++) {
    if (d <= 7 && label(d) === label(start)) continue;
    const days = d - 1 === start ? WEEKDAYS[start - 1] : `${WEEKDAYS[start - 1]}–${WEEKDAYS[d - 2]}`;
    parts.push(`${days} ${label(start)}`);
    start = d;
  }
  return parts.join(" · ");
}

const DAY_PART = /^(mon|tue|wed|thu|fri|sat|sun)(?:\s*-\s*(mon|tue|wed|thu|fri|sat|sun))?\s+(.+)$/i;
const TIME_PART = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/;
const dayNumber = (s: string) => WEEKDAYS.findIndex((d) => d.toLowerCase() === s.slice(0, 3).toLowerCase()) + 1;
const pad = (t: string) => (t.length === 4 ? `0${t}` : t);

export const HOURS_TEXT_HINT =
  'write days like "Mon-Fri 09:00-17:00; Sat 10:00-13:00, 14:00-16:00; Sun closed", or leave empty if not known';

/**
 * Reads the CSV form, e.g. "Mon-Fri 09:00-17:00; Sat 10:00-13:00, 14:00-16:00; Sun closed"
 * (several intervals a day separated by commas, as hoursSummary writes them). Days not named are closed;
 * empty (or "not known") means not known. Returns the editor's seven rows, so the result
 * goes through the same schema as the form; a string is the problem to show.
 */
export function parseHoursText(text: string): DayRow[] | null | string {
  const t = text.trim();
  if (t === "" || /^(not known|unknown)$/i.test(t)) return null;
  const rows = weekRows([]);
  for (const raw of t
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = DAY_PART.exec(raw);
    if (!m) return `cannot read "${raw}": ${HOURS_TEXT_HINT}`;
    const from = dayNumber(m[1]);
    const to = m[2] ? dayNumber(m[2]) : from;
    if (to < from) return `"${raw}": name the days Monday first, like Mon-Fri`;
    const rest = m[3].trim();
    const closed = /^closed$/i.test(rest);
    const times = closed ? [] : rest.split(",").map((x) => TIME_PART.exec(x.trim()));
    if (!closed && times.some((t) => !t)) return `cannot read "${raw}": ${HOURS_TEXT_HINT}`;
    const [first, ...more] = times.map((t) => ({ opens: pad(t![1]), closes: pad(t![2]) }));
    for (let d = from; d <= to; d++) {
      rows[d - 1] = first ? { day: d, open: true, ...first, more } : closedDay(d);
    }
  }
  if (!rows.some((r) => r.open))
    return "every day is closed: give the hours of at least one day, or leave it empty when the hours are not known";
  return rows;
}
