import { instantMs } from "./instants";
import { localClock, type LocalClock } from "./time";
import { travelContext, travelMinutes, isOverridden, type TravelContext } from "./travel";
import type { Itinerary, ItineraryDelegate, ItinerarySlot, ItineraryVenue, ItineraryVisit } from "./types";

// Everything the checks need, computed once per run: instants parsed, slots sorted once into
// time order, and each person's and each venue's slots dealt out in that order. The hot loops
// of a 10,000-slot summit read flat typed arrays indexed by a slot's position in time order
// (its "order") rather than chasing slot objects across the heap: the same facts, a tenth of
// the memory traffic.

export type TimedSlot = {
  slot: ItinerarySlot;
  /** Position in time order (start, then end, then id): a stable, comparable key. */
  order: number;
  start: number;
  end: number;
  /** The venue's number (see ScheduleIndex.venueNos); -1 for no venue. */
  venueNo: number;
};

/** Lists of slot orders grouped by an owner number: owner k's slots are orders[from[k] .. from[k+1]). */
export type Groups = { from: Int32Array; orders: Int32Array };

export type ScheduleIndex = {
  visit: ItineraryVisit;
  /** Every slot in time order: slots[order]. */
  slots: TimedSlot[];
  /** Start and end instants (ms) by order. */
  starts: Float64Array;
  ends: Float64Array;
  /**
   * Venue number by order: the venue's position in the itinerary's venue list, a number past
   * the list for a venue id the list does not know (one per id, so equal ids stay equal),
   * or -1 for a slot without a venue.
   */
  venueNos: Int32Array;
  /** Venue id by venue number. */
  venueIds: string[];
  /** Person id by person number, numbered in order of first appearance in time order. */
  people: string[];
  personNo: Map<string, number>;
  /** Each person's slots in time order (a person in one slot twice appears twice). */
  byPerson: Groups;
  /** Each venue's slots in time order, by venue number. */
  byVenue: Groups;
  venues: Map<string, ItineraryVenue>;
  delegates: Map<string, ItineraryDelegate>;
  personName(id: string): string;
  venueName(id: string): string;
  clock: LocalClock;
  /** Travel minutes by venue numbers, null when unknown, for the hot loop of the travel check. */
  travelByNo(from: number, to: number): number | null;
  overridden(fromVenueId: string, toVenueId: string): boolean;
};

export function indexSchedule(itinerary: Itinerary): ScheduleIndex {
  const venueNumbers = new Map(itinerary.venues.map((v, i) => [v.id, i]));
  const venueIds = itinerary.venues.map((v) => v.id);
  const numberVenue = (id: string | null) => {
    if (id === null) return -1;
    let no = venueNumbers.get(id);
    if (no === undefined) {
      venueNumbers.set(id, (no = venueIds.length));
      venueIds.push(id);
    }
    return no;
  };
  const slots = timeOrdered(itinerary.slots, numberVenue);
  const count = slots.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const venueNos = new Int32Array(count);
  let attendances = 0;
  for (let i = 0; i < count; i++) {
    const t = slots[i];
    starts[i] = t.start;
    ends[i] = t.end;
    venueNos[i] = t.venueNo;
    attendances += t.slot.attendees.length;
  }

  // Number the people, then deal each slot's attendances out to them (two passes, no arrays
  // that grow one push at a time).
  const personNo = new Map<string, number>();
  const people: string[] = [];
  const personOfAttendance = new Int32Array(attendances);
  let k = 0;
  for (const t of slots) {
    for (const a of t.slot.attendees) {
      let p = personNo.get(a.personId);
      if (p === undefined) {
        personNo.set(a.personId, (p = people.length));
        people.push(a.personId);
      }
      personOfAttendance[k++] = p;
    }
  }
  const byPerson = group(people.length, attendances, (add) => {
    let n = 0;
    for (let i = 0; i < count; i++) for (let j = slots[i].slot.attendees.length; j > 0; j--) add(personOfAttendance[n++], i);
  });
  const byVenue = group(venueIds.length, count, (add) => {
    for (let i = 0; i < count; i++) if (venueNos[i] >= 0) add(venueNos[i], i);
  });

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
    starts,
    ends,
    venueNos,
    venueIds,
    people,
    personNo,
    byPerson,
    byVenue,
    venues,
    delegates,
    personName: (id) => names.get(id) ?? id,
    venueName: (id) => venues.get(id)?.name ?? id,
    clock: localClock(itinerary.visit.timeZone),
    travelByNo,
    overridden: (from, to) => isOverridden(from, to, ctx),
  };
}

/**
 * Groups of `total` entries over `owners` owners, filled in the order `deal` calls `add`
 * (counted in a first run of `deal`, placed in a second).
 */
function group(owners: number, total: number, deal: (add: (owner: number, order: number) => void) => void): Groups {
  const from = new Int32Array(owners + 1);
  deal((owner) => from[owner + 1]++);
  for (let o = 0; o < owners; o++) from[o + 1] += from[o];
  const next = from.slice(0, owners);
  const orders = new Int32Array(total);
  deal((owner, order) => (orders[next[owner]++] = order));
  return { from, orders };
}

/**
 * Travel minutes between venues, cached by venue numbers: the checks ask about the same pairs
 * tens of thousands of times, and a numeric key spares building a string for each question.
 * A number past the venue list (an id the list does not know) has no travel time.
 */
function numberedLookup(venues: ItineraryVenue[], ctx: TravelContext): (from: number, to: number) => number | null {
  const n = venues.length;
  const compute = (a: number, b: number) => travelMinutes(venues[a], venues[b], ctx);
  if (n <= 1000) {
    // A flat table of minutes (NOT_ASKED, UNKNOWN or 0..) for the usual number of venues.
    // Minutes fit 16 bits (a trip is refused above a day), which keeps 300 venues' table in
    // 180 kB, and the buffer is reused by the next run rather than left to the collector.
    const table = scratchTable(n * n);
    const mine = scratchOwner;
    return (a, b) => {
      if (a < 0 || b < 0 || a >= n || b >= n) return null;
      // A later index took the buffer: answer without it (still right, just not cached).
      if (scratchOwner !== mine) return compute(a, b);
      let m = table[a * n + b];
      if (m === NOT_ASKED) table[a * n + b] = m = clampMinutes(compute(a, b));
      return m === UNKNOWN ? null : m;
    };
  }
  const cache = new Map<number, number | null>();
  return (a, b) => {
    if (a < 0 || b < 0 || a >= n || b >= n) return null;
    const key = a * n + b;
    let minutes = cache.get(key);
    if (minutes === undefined) cache.set(key, (minutes = compute(a, b)));
    return minutes;
  };
}

const NOT_ASKED = -2;
const UNKNOWN = -1;
/** null -> UNKNOWN; anything past Int16's range is as good as "far too long" for a gap in a day. */
const clampMinutes = (m: number | null) => (m === null ? UNKNOWN : Math.min(m, 32_000));

let scratch = new Int16Array(0);
let scratchOwner = 0;
/**
 * The travel table's buffer, filled with NOT_ASKED. One per process, owned by the latest
 * index (`scratchOwner`); an older index that is still asked falls back to computing.
 */
function scratchTable(size: number): Int16Array {
  scratchOwner++;
  if (scratch.length < size) scratch = new Int16Array(size);
  const table = scratch.subarray(0, size);
  table.fill(NOT_ASKED);
  return table;
}

function timeOrdered(slots: ItinerarySlot[], venueNo: (id: string | null) => number): TimedSlot[] {
  const timed = slots.map((slot) => ({
    slot,
    order: 0,
    start: instantMs(slot.startsAt),
    end: instantMs(slot.endsAt),
    venueNo: venueNo(slot.venueId),
  }));
  timed.sort((a, b) => a.start - b.start || a.end - b.end || (a.slot.id < b.slot.id ? -1 : a.slot.id > b.slot.id ? 1 : 0));
  timed.forEach((t, i) => (t.order = i));
  return timed;
}
