import { addDays, parseISO } from "date-fns";
import { localDate } from "./time";
import type { ItinerarySlot } from "./types";

export { localDate };

export type ScheduleDay<S extends Pick<ItinerarySlot, "startsAt" | "endsAt"> = ItinerarySlot> = {
  /** "yyyy-MM-dd" in the visit's zone. */
  date: string;
  slots: S[];
};

/** Every calendar date from first to last day inclusive ("yyyy-MM-dd"). */
export function visitDates(firstDay: string, lastDay: string): string[] {
  const dates: string[] = [];
  // Calendar arithmetic on a UTC-noon anchor never crosses a DST edge of the machine zone.
  let d = parseISO(`${firstDay}T12:00:00Z`);
  const end = parseISO(`${lastDay}T12:00:00Z`);
  while (d <= end) {
    dates.push(d.toISOString().slice(0, 10));
    d = addDays(d, 1);
  }
  return dates;
}

/**
 * Groups slots into the visit's days by their local start date, each day in time order
 * (then by end, then title). Every visit day appears, empty or not; a slot outside the
 * visit's days gets a day of its own so that it is never hidden.
 */
export function groupSlotsByDay<S extends Pick<ItinerarySlot, "startsAt" | "endsAt"> & { title?: string }>(
  slots: S[],
  timeZone: string,
  firstDay: string,
  lastDay: string,
): ScheduleDay<S>[] {
  const byDate = new Map<string, S[]>(visitDates(firstDay, lastDay).map((d) => [d, []]));
  for (const slot of slots) {
    const date = localDate(slot.startsAt, timeZone);
    if (!byDate.has(date)) byDate.set(date, []);
    byDate.get(date)!.push(slot);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, daySlots]) => ({ date, slots: daySlots.sort(compareSlots) }));
}

export function compareSlots(
  a: Pick<ItinerarySlot, "startsAt" | "endsAt"> & { title?: string },
  b: Pick<ItinerarySlot, "startsAt" | "endsAt"> & { title?: string },
): number {
  return (
    Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
    Date.parse(a.endsAt) - Date.parse(b.endsAt) ||
    (a.title ?? "").localeCompare(b.title ?? "")
  );
}

/**
 * A day's pick-ups and slots in one list by start time; a pick-up goes before a slot that
 * starts at the same minute (the car takes the delegate there).
 */
export function withPickUps<L extends { startsAt: string }, S extends { startsAt: string }>(
  legs: L[],
  slots: S[],
): { leg: L | null; slot: S | null }[] {
  return [
    ...legs.map((leg) => ({ at: Date.parse(leg.startsAt), leg, slot: null })),
    ...slots.map((slot) => ({ at: Date.parse(slot.startsAt) + 0.5, leg: null, slot })),
  ].sort((a, b) => a.at - b.at);
}
