import { localClock, type LocalClock } from "./local-clock";
import { travelContext, travelMinutes, isOverridden, type TravelContext, type TravelLookup } from "./travel";
import type { Itinerary, ItineraryDelegate, ItinerarySlot, ItineraryVenue, ItineraryVisit } from "./types";

// Everything the checks need, computed once per run: instants parsed, slots sorted once
// into time order and dealt out per person and per venue (so each list is already sorted).

export type TimedSlot = {
  slot: ItinerarySlot;
  /** Position in time order (start, then end, then id): a stable, comparable key. */
  order: number;
  start: number;
  end: number;
  /** The venue's position in the itinerary's venue list; -1 for no venue or an unknown one. */
  venueNo: number;
};

export type ScheduleIndex = {
  visit: ItineraryVisit;
  slots: TimedSlot[];
  byPerson: Map<string, TimedSlot[]>;
  byVenue: Map<string, TimedSlot[]>;
  venues: Map<string, ItineraryVenue>;
  delegates: Map<string, ItineraryDelegate>;
  personName(id: string): string;
  venueName(id: string): string;
  clock: LocalClock;
  travel: TravelLookup;
  /** The same by venue numbers (TimedSlot.venueNo), for the hot loop of the travel check. */
  travelByNo(from: number, to: number): number | null;
  overridden(fromVenueId: string, toVenueId: string): boolean;
};

export function indexSchedule(itinerary: Itinerary): ScheduleIndex {
  const venueNo = new Map(itinerary.venues.map((v, i) => [v.id, i]));
  const slots = timeOrdered(itinerary.slots, venueNo);
  const byPerson = new Map<string, TimedSlot[]>();
  const byVenue = new Map<string, TimedSlot[]>();
  for (const t of slots) {
    for (const a of t.slot.attendees) push(byPerson, a.personId, t);
    if (t.slot.venueId !== null) push(byVenue, t.slot.venueId, t);
  }
  const venues = new Map(itinerary.venues.map((v) => [v.id, v]));
  const delegates = new Map(itinerary.delegates.map((d) => [d.id, d]));
  const names = new Map<string, string>();
  for (const o of itinerary.organisations) for (const c of o.contacts) names.set(c.id, c.name);
  for (const d of itinerary.delegates) names.set(d.id, d.honorific ? `${d.honorific} ${d.name}` : d.name);
  const ctx = travelContext(itinerary.visit, itinerary.travelOverrides);
  const travelByNo = numberedLookup(itinerary.venues, ctx);
  return {
    visit: itinerary.visit,
    slots,
    byPerson,
    byVenue,
    venues,
    delegates,
    personName: (id) => names.get(id) ?? id,
    venueName: (id) => venues.get(id)?.name ?? id,
    clock: localClock(itinerary.visit.timeZone),
    travel: (from, to) => travelByNo(venueNo.get(from) ?? -1, venueNo.get(to) ?? -1),
    travelByNo,
    overridden: (from, to) => isOverridden(from, to, ctx),
  };
}

/**
 * Travel minutes between venues, cached by venue numbers: the checks ask about the same pairs
 * tens of thousands of times, and a numeric key spares building a string for each question.
 */
function numberedLookup(venues: ItineraryVenue[], ctx: TravelContext): (from: number, to: number) => number | null {
  const n = venues.length;
  const compute = (a: number, b: number) => travelMinutes(venues[a], venues[b], ctx);
  if (n <= 1000) {
    // A flat table (NaN = not asked yet, -1 = unknown) for the usual number of venues.
    const table = new Float64Array(n * n).fill(Number.NaN);
    return (a, b) => {
      if (a < 0 || b < 0) return null;
      let m = table[a * n + b];
      if (Number.isNaN(m)) table[a * n + b] = m = compute(a, b) ?? -1;
      return m < 0 ? null : m;
    };
  }
  const cache = new Map<number, number | null>();
  return (a, b) => {
    if (a < 0 || b < 0) return null;
    const key = a * n + b;
    let minutes = cache.get(key);
    if (minutes === undefined) cache.set(key, (minutes = compute(a, b)));
    return minutes;
  };
}

function timeOrdered(slots: ItinerarySlot[], venueNo: Map<string, number>): TimedSlot[] {
  const timed = slots.map((slot) => ({
    slot,
    order: 0,
    start: Date.parse(slot.startsAt),
    end: Date.parse(slot.endsAt),
    venueNo: slot.venueId === null ? -1 : (venueNo.get(slot.venueId) ?? -1),
  }));
  timed.sort((a, b) => a.start - b.start || a.end - b.end || (a.slot.id < b.slot.id ? -1 : a.slot.id > b.slot.id ? 1 : 0));
  timed.forEach((t, i) => (t.order = i));
  return timed;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
