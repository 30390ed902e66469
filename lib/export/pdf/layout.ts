import { groupSlotsByDay, localDate, withPickUps } from "@/lib/schedule/days";
import type { Itinerary, ItinerarySlot } from "@/lib/schedule/types";
import { dayHeading, once } from "./dates";
import type { PdfLabels } from "./labels";

// The shapes the Typst templates read (lib/export/typst/templates/common.typ): plain strings,
// already worded and formatted, so the templates only lay them out.

export type FieldLine = string | { text: string; strong?: boolean; muted?: boolean };
export type FieldData = { label: string; lines: FieldLine[] };
export type SlotData = {
  time: string;
  zone: string;
  home?: string;
  kind: string;
  role?: string;
  title: string;
  fields: FieldData[];
  description: string;
  note: { label: string; text: string } | null;
  /** Short enough to keep whole on one page (a longer slot flows on). */
  keep: boolean;
};
export type DayData = { heading: string; continued: string; slots: SlotData[] };
export type Fact = { label: string; value: string };

/** An entry that is not a slot (a delegate's pick-up), placed in its day by its start. */
export type ExtraEntry = { startsAt: string; data: SlotData };

/**
 * The visit's days (every day, empty ones too) with `slots` (all of the itinerary's, or one
 * delegate's) made by `slot`, and `extras` between them by time (before a slot that starts
 * with them). The whole itinerary is grouped once per export: 200 delegates' itineraries
 * would otherwise place the same slots in their days 200 times.
 */
export function daysOf(
  it: Itinerary,
  slots: ItinerarySlot[],
  t: PdfLabels,
  slot: (s: ItinerarySlot) => SlotData,
  extras: ExtraEntry[] = [],
): DayData[] {
  const { timeZone, firstDay, lastDay } = it.visit;
  const days = once(it, "days", () => groupSlotsByDay(it.slots, timeZone, firstDay, lastDay));
  const wanted = slots.length === it.slots.length ? null : new Set(slots);
  const extraDays = new Map<string, ExtraEntry[]>();
  for (const e of extras) {
    const date = localDate(e.startsAt, timeZone);
    extraDays.set(date, [...(extraDays.get(date) ?? []), e]);
  }
  const dates = [...new Set([...days.map((d) => d.date), ...extraDays.keys()])].sort();
  const byDate = new Map(days.map((d) => [d.date, d.slots]));
  return dates.map((date) => {
    const heading = once(it, `heading ${date} ${t.lang}`, () => dayHeading(date, t.lang));
    const all = byDate.get(date) ?? [];
    const mine = wanted ? all.filter((s) => wanted.has(s)) : all;
    const more = extraDays.get(date);
    const entries = more ? withPickUps(more, mine).map((e) => e.leg?.data ?? slot(e.slot!)) : mine.map(slot);
    return { heading, continued: t.continued(heading), slots: entries };
  });
}

// Estimated heights, in points, from the length of the text. They decide one thing only:
// whether a slot is short enough to keep whole (an unbreakable block taller than a page
// would run off its edge). A4 less margins is about 710 pt; a day heading and slack 60.
const CHARS_PER_LINE = 75;
const LINE = 13.5;
const ROOM = 650;

export function fitsOnAPage(texts: string[], extraLines: number): boolean {
  const lines = texts
    .filter(Boolean)
    .flatMap((x) => x.split("\n"))
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), extraLines);
  return lines * LINE + 20 <= ROOM;
}
