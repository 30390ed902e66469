import { TZDate } from "@date-fns/tz";
import { format, type Locale } from "date-fns";
import { de, enGB } from "date-fns/locale";
import { localDate } from "@/lib/schedule/days";
import { hhmm, ymd } from "@/lib/schedule/time";
import type { Itinerary, Language } from "@/lib/schedule/types";

// Dates and times as the PDFs print them. A calendar date ("yyyy-MM-dd") is formatted at noon
// UTC, an instant in the zone it is shown for: never in the machine's zone.

const LOCALES: Record<Language, Locale> = { en: enGB, de };

const calendar = (date: string) => new TZDate(`${date}T12:00:00Z`, "UTC");

/** "Wednesday 11 June 2025" / "Mittwoch, 11. Juni 2025". */
export function dayHeading(date: string, lang: Language): string {
  return format(calendar(date), lang === "de" ? "EEEE, d. MMMM yyyy" : "EEEE d MMMM yyyy", { locale: LOCALES[lang] });
}

/** "11 June 2025" / "11. Juni 2025". */
export function longDate(date: string, lang: Language): string {
  return format(calendar(date), lang === "de" ? "d. MMMM yyyy" : "d MMMM yyyy", { locale: LOCALES[lang] });
}

/** "10–13 June 2025", "30 June – 2 July 2025" / "10.–13. Juni 2025". */
export function dateRange(first: string, last: string, lang: Language): string {
  if (first === last) return longDate(first, lang);
  const a = calendar(first);
  const f = (d: Date, pattern: string) => format(d, pattern, { locale: LOCALES[lang] });
  const dot = lang === "de" ? "." : "";
  if (first.slice(0, 7) === last.slice(0, 7)) return `${f(a, "d")}${dot}–${longDate(last, lang)}`;
  if (first.slice(0, 4) === last.slice(0, 4)) {
    return `${f(a, lang === "de" ? "d. MMMM" : "d MMMM")} – ${longDate(last, lang)}`;
  }
  return `${longDate(first, lang)} – ${longDate(last, lang)}`;
}

/** An instant's date in a zone: "1 June 2025" / "1. Juni 2025". */
export function instantDate(instant: string, timeZone: string, lang: Language): string {
  return longDate(localDate(instant, timeZone), lang);
}

/** An instant as a short day and time: "Tue 10 June, 12:40" / "Di., 10. Juni, 12:40". */
export function dayAndTime(instant: string, timeZone: string, lang: Language): string {
  const pattern = lang === "de" ? "EEEEEE., d. MMMM, HH:mm" : "EEE d MMMM, HH:mm";
  return format(new TZDate(new Date(instant), timeZone), pattern, { locale: LOCALES[lang] });
}

export type TimeRange = { range: string; zone: string };

const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * `make()` once per key for one itinerary (`owner`, the publication's itinerary object, so
 * one export): a summit's slot is in many delegates' itineraries, and formatting an instant
 * in a zone costs more than it looks.
 */
export function once<T>(owner: object, key: string, make: () => T): T {
  let memo = memos.get(owner);
  if (!memo) memos.set(owner, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as T;
}

/**
 * "09:30–12:30" and its zone label ("BST"; "BST/GMT" across a change), "+1" when the end is
 * on a later local day than the start.
 */
export function timeRange(startsAt: string, endsAt: string, timeZone: string): TimeRange {
  const [start, end] = [clock(startsAt, timeZone), clock(endsAt, timeZone)];
  const days = dayDifference(start.date, end.date);
  const range = `${start.time}–${end.time}${days > 0 ? ` (+${days})` : ""}`;
  const [z1, z2] = [zoneLabel(startsAt, timeZone), zoneLabel(endsAt, timeZone)];
  return { range, zone: z1 === z2 ? z1 : `${z1}/${z2}` };
}

const clocks = new Map<string, { date: string; time: string }>();

/**
 * An instant's local date and time in a zone (lib/schedule/time.ts ymd and hhmm), remembered:
 * a summit's 200 itineraries read the same few thousand start and end times in a handful of
 * zones again and again, and each reading costs an Intl call.
 */
export function clock(instant: string, timeZone: string): { date: string; time: string } {
  const key = `${instant}|${timeZone}`;
  let c = clocks.get(key);
  if (!c) {
    if (clocks.size > 100_000) clocks.clear();
    clocks.set(key, (c = { date: ymd(instant, timeZone), time: hhmm(instant, timeZone) }));
  }
  return c;
}

/** Whole calendar days from one "yyyy-MM-dd" to another. */
export function dayDifference(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The zone labels the visit's times are in: "BST", or "GMT, BST" when a clock change falls inside. */
export function zoneLabels(it: Pick<Itinerary, "visit" | "slots">): string {
  const known = labelsOf.get(it);
  if (known) return known;
  const { timeZone, firstDay, lastDay } = it.visit;
  const instants = [`${firstDay}T12:00:00Z`, ...it.slots.map((x) => x.startsAt), `${lastDay}T12:00:00Z`];
  const labels = [...new Set(instants.sort().map((x) => zoneLabel(x, timeZone)))].join(", ");
  labelsOf.set(it, labels);
  return labels;
}

// Once per itinerary: 200 itineraries of a 2,000-slot summit would otherwise ask 400,000 times.
const labelsOf = new WeakMap<object, string>();

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "BST", "CEST" (en-GB names, an offset where none exists), like lib/schedule/time.ts
 * zoneLabel but with one formatter per zone: building an Intl.DateTimeFormat costs more than
 * laying out a slot.
 */
export function zoneLabel(instant: string, timeZone: string): string {
  const key = `${instant}|${timeZone}`;
  let label = zoneLabelsSeen.get(key);
  if (label === undefined) {
    let f = formatters.get(timeZone);
    if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" })));
    label = f.formatToParts(new Date(instant)).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
    if (zoneLabelsSeen.size > 100_000) zoneLabelsSeen.clear();
    zoneLabelsSeen.set(key, label);
  }
  return label;
}

// A summit's slots start and end at a few hundred distinct instants: ask Intl once for each.
const zoneLabelsSeen = new Map<string, string>();
