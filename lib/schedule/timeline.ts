import { findConflicts } from "./conflicts";
import { localDate } from "./days";
import { clockOfMinutes, localToInstant, minuteOfDate } from "./time";
import { travelLookup } from "./travel";
import type { AttendanceRole, Itinerary, ItinerarySlot } from "./types";
import type { Warning } from "./warnings";

// The day timeline's arithmetic, pure so that it runs in the browser while a block is dragged:
// one day's part of the itinerary, where a dragged block would land, the clashes it would
// have there, how blocks that overlap share a lane, and each person's travel legs.

/** A slot's place on the day: minutes from the day's local midnight, and its venue. */
export type Placement = { startMin: number; endMin: number; venueId: string | null };

/**
 * The itinerary cut down to one local day: that day's slots, and only what the checks and the
 * lanes read of the people (the day's page sends this to the browser).
 */
export function dayItinerary(it: Itinerary, date: string): Itinerary {
  const tz = it.visit.timeZone;
  return {
    visit: it.visit,
    venues: it.venues,
    organisations: it.organisations.map((o) => ({ ...o, website: "", contacts: o.contacts.map((c) => ({ ...c, email: "", phone: "" })) })),
    delegates: it.delegates.map((d) => ({ ...d, email: "", phone: "", dietaryNeeds: "", accessNeeds: "" })),
    slots: it.slots.filter((s) => localDate(s.startsAt, tz) === date),
    // The day's transport legs, so its clashes (a late car, a pick-up before a delegate lands)
    // are on the timeline too, also while a block is dragged.
    legs: it.legs?.filter((l) => localDate(l.pickUpAt, tz) === date),
    travelOverrides: it.travelOverrides,
  };
}

/**
 * The day as the page hands it to the browser: each attendee as one short string (kind, role,
 * id) rather than an object. A summit day's 8,000 attendances were two thirds of the page's
 * RSC payload, and every object in it costs the server time to serialize (decision 066).
 */
export type PackedDay = Omit<Itinerary, "slots"> & { slots: (Omit<ItinerarySlot, "attendees"> & { people: string[] })[] };

const ROLE_CODE = { HOST: "H", CHAIR: "C", SPEAKER: "S", ESCORT: "E", ATTENDEE: "A" } as const satisfies Record<AttendanceRole, string>;
const ROLE_OF = Object.fromEntries(Object.entries(ROLE_CODE).map(([role, code]) => [code, role])) as Record<string, AttendanceRole>;

export function packDay(day: Itinerary): PackedDay {
  return {
    ...day,
    slots: day.slots.map(({ attendees, ...s }) => ({
      ...s,
      people: attendees.map((a) => `${a.kind === "delegate" ? "d" : "c"}${ROLE_CODE[a.role]}${a.personId}`),
    })),
  };
}

export function unpackDay(packed: PackedDay): Itinerary {
  return {
    ...packed,
    slots: packed.slots.map(({ people, ...s }) => ({
      ...s,
      attendees: people.map((p) => ({ kind: p[0] === "d" ? "delegate" : "contact", personId: p.slice(2), role: ROLE_OF[p[1]] })),
    })),
  };
}

export function placementOf(slot: ItinerarySlot, date: string, timeZone: string): Placement {
  return {
    startMin: minuteOfDate(slot.startsAt, date, timeZone),
    endMin: minuteOfDate(slot.endsAt, date, timeZone),
    venueId: slot.venueId,
  };
}

/** Local day and times for the slot form and its server action ("ends the next day" past midnight). */
export function placementTimes(p: Placement, date: string) {
  return { date, start: clockOfMinutes(p.startMin), end: clockOfMinutes(p.endMin), endsNextDay: p.endMin >= 1440 };
}

/** The slot at a new placement, or null when a time does not exist that day (spring forward). */
export function placedSlot(slot: ItinerarySlot, p: Placement, date: string, timeZone: string): ItinerarySlot | null {
  const t = placementTimes(p, date);
  const next = new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const a = localToInstant(date, t.start, timeZone);
  const b = localToInstant(t.endsNextDay ? next : date, t.end, timeZone);
  if (!a.ok || !b.ok || b.instant <= a.instant) return null;
  return { ...slot, startsAt: a.instant.toISOString(), endsAt: b.instant.toISOString(), venueId: p.venueId };
}

/** Snaps a drag: minutes to a 5-minute step, keeping the block inside the day and at least 5 minutes long. */
export function snapMinutes(minutes: number, step = 5): number {
  return Math.round(minutes / step) * step;
}

/**
 * The clashes `slot` would have if it sat at `moved` instead, as findConflicts would report
 * them. What the timeline shows live while a block is dragged, so it runs on every step: only
 * the slots that share a person or the venue with the moved slot can clash with it (double
 * bookings, travel between a person's consecutive slots), so the checks run on those alone.
 */
export function clashesIfMoved(day: Itinerary, moved: ItinerarySlot): Warning[] {
  const people = new Set(moved.attendees.map((a) => a.personId));
  const related = day.slots.filter(
    (s) =>
      s.id !== moved.id && ((moved.venueId !== null && s.venueId === moved.venueId) || s.attendees.some((a) => people.has(a.personId))),
  );
  related.push(moved);
  return findConflicts({ ...day, slots: related }).filter((w) => w.slotIds.includes(moved.id));
}

/**
 * Columns for blocks that overlap in one lane: each item gets a column and the number of
 * columns of its group of overlapping items, so clashing blocks sit side by side.
 */
export function laneColumns(items: { id: string; startMin: number; endMin: number }[]): Map<string, { col: number; cols: number }> {
  const sorted = [...items].sort((a, b) => a.startMin - b.startMin || a.endMin - b.endMin);
  const out = new Map<string, { col: number; cols: number }>();
  let group: { id: string; col: number }[] = [];
  let groupEnd = -Infinity;
  let colEnds: number[] = [];
  const flush = () => {
    const cols = colEnds.length;
    for (const g of group) out.set(g.id, { col: g.col, cols });
    group = [];
    colEnds = [];
  };
  for (const it of sorted) {
    if (it.startMin >= groupEnd) flush();
    let col = colEnds.findIndex((end) => end <= it.startMin);
    if (col < 0) col = colEnds.push(0) - 1;
    colEnds[col] = it.endMin;
    group.push({ id: it.id, col });
    groupEnd = Math.max(groupEnd === -Infinity ? it.endMin : groupEnd, it.endMin);
  }
  flush();
  return out;
}

export type TravelLeg = { fromSlotId: string; toSlotId: string; fromMin: number; toMin: number; minutes: number | null; short: boolean };

/**
 * A person's travel between consecutive slots at different venues on the day: when they leave,
 * when the next slot starts, the minutes the trip takes (null when unknown) and whether the gap
 * is too short.
 */
export function travelLegs(day: Itinerary, personId: string, date: string): TravelLeg[] {
  const tz = day.visit.timeZone;
  const travel = travelLookup(day);
  const mine = day.slots
    .filter((s) => s.attendees.some((a) => a.personId === personId))
    .map((s) => ({ s, p: placementOf(s, date, tz) }))
    .sort((a, b) => a.p.startMin - b.p.startMin || a.p.endMin - b.p.endMin);
  const legs: TravelLeg[] = [];
  for (let i = 1; i < mine.length; i++) {
    const a = mine[i - 1];
    const b = mine[i];
    if (!a.s.venueId || !b.s.venueId || a.s.venueId === b.s.venueId || a.p.endMin > b.p.startMin) continue;
    const minutes = travel(a.s.venueId, b.s.venueId);
    legs.push({
      fromSlotId: a.s.id,
      toSlotId: b.s.id,
      fromMin: a.p.endMin,
      toMin: b.p.startMin,
      minutes,
      short: minutes !== null && b.p.startMin - a.p.endMin < minutes,
    });
  }
  return legs;
}
