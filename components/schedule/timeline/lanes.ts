import { displayName } from "@/lib/schedule/view";
import type { Itinerary, ItinerarySlot } from "@/lib/schedule/types";

// What the timeline's columns are: one per venue (the default), per delegate or per host person.

export type LaneMode = "venue" | "delegate" | "host";
export type Lane = { id: string; name: string };

export const NO_VENUE = "__none__";

export const LANE_MODES: { value: LaneMode; label: string }[] = [
  { value: "venue", label: "Venues" },
  { value: "delegate", label: "Delegates" },
  { value: "host", label: "Host people" },
];

export function lanesFor(mode: LaneMode, day: Itinerary): Lane[] {
  if (mode === "delegate") return day.delegates.map((d) => ({ id: d.id, name: displayName(d) }));
  if (mode === "host") return day.organisations.flatMap((o) => o.contacts.map((c) => ({ id: c.id, name: `${c.name} (${o.name})` })));
  const lanes = day.venues.map((v) => ({ id: v.id, name: v.name }));
  if (day.slots.some((s) => !s.venueId)) lanes.push({ id: NO_VENUE, name: "No venue" });
  return lanes;
}

/** The lanes a slot appears in: its venue, or each of its people. */
export function lanesOf(mode: LaneMode, slot: Pick<ItinerarySlot, "venueId" | "attendees">): string[] {
  if (mode === "venue") return [slot.venueId ?? NO_VENUE];
  const kind = mode === "delegate" ? "delegate" : "contact";
  return slot.attendees.filter((a) => a.kind === kind).map((a) => a.personId);
}
