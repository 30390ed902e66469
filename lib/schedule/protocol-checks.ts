import type { ScheduleIndex, TimedSlot } from "./schedule-index";
import { interpreterDoubleBooked, lateCar, transferOutsideStay, type Words } from "./warning-messages";
import { warning, type Found } from "./warnings";
import { legTitle } from "./protocol";
import type { Itinerary, ItinerarySlot } from "./types";

// Protocol clashes as data (decision 074): an interpreter booked for two slots at once (or
// interpreting while attending another slot), and a "late car" — a transport leg that picks
// up before the slot it leaves from has ended, or arrives after the slot it goes to has begun;
// and a leg that picks a delegate up before she arrives or brings her after she has left.

const overlap = (a: TimedSlot, b: TimedSlot) => a.start < b.end && b.start < a.end;

/** Who interprets a slot, as one identity: a host contact's id, or an outside name. */
function interpreterKey(slot: ItinerarySlot): { key: string; contactId: string | null; name: string } | null {
  const i = slot.protocol?.interpreting;
  if (!i) return null;
  if (i.contactId) return { key: `c:${i.contactId}`, contactId: i.contactId, name: i.name };
  const name = i.name.trim();
  return name ? { key: `n:${name.toLowerCase()}`, contactId: null, name } : null;
}

export function interpreterDoubleBookings(ix: ScheduleIndex, words: Words): Found[] {
  type Job = { t: TimedSlot; attending: boolean };
  const jobs = new Map<string, { label: string; contactId: string | null; list: Job[] }>();
  for (const t of ix.slots) {
    const who = interpreterKey(t.slot);
    if (!who) continue;
    const label = who.contactId ? words.personName(who.contactId) : who.name;
    const entry = jobs.get(who.key) ?? jobs.set(who.key, { label, contactId: who.contactId, list: [] }).get(who.key)!;
    entry.list.push({ t, attending: false });
  }
  // A host contact who interprets is also busy in the slots they attend.
  for (const entry of jobs.values()) {
    if (!entry.contactId) continue;
    for (const t of ix.slots) {
      if (t.slot.attendees.some((a) => a.kind === "contact" && a.personId === entry.contactId) && !entry.list.some((j) => j.t === t)) {
        entry.list.push({ t, attending: true });
      }
    }
    entry.list.sort((a, b) => a.t.order - b.t.order);
  }
  const found: Found[] = [];
  for (const { label, contactId, list } of jobs.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j].t.start < list[i].t.end; j++) {
        const [a, b] = [list[i], list[j]];
        if ((a.attending && b.attending) || !overlap(a.t, b.t)) continue;
        // The interpreting job is named first; an attendance is the other place they are needed.
        const [job, other] = a.attending ? [b, a] : [a, b];
        found.push({
          first: a.t.order,
          second: b.t.order,
          w: warning("interpreter-double-booked", {
            slotIds: [a.t.slot.id, b.t.slot.id],
            personIds: contactId ? [contactId] : [],
            venueId: null,
            message: interpreterDoubleBooked(words, label, job.t, other.t, other.attending),
          }),
        });
      }
    }
  }
  return found;
}

export function lateCars(it: Itinerary, ix: ScheduleIndex, words: Words): Found[] {
  const byId = new Map(ix.slots.map((t) => [t.slot.id, t]));
  const found: Found[] = [];
  for (const leg of it.legs ?? []) {
    const pickUp = Date.parse(leg.pickUpAt);
    const arrive = Date.parse(leg.arriveAt);
    const personIds = leg.passengers.map((p) => p.personId);
    const from = leg.from.kind === "SLOT" && leg.from.slotId ? byId.get(leg.from.slotId) : undefined;
    const to = leg.to.kind === "SLOT" && leg.to.slotId ? byId.get(leg.to.slotId) : undefined;
    if (from && pickUp < from.end) {
      found.push({
        first: from.order,
        second: to?.order ?? -1,
        w: warning("late-car", {
          slotIds: [from.slot.id],
          personIds,
          venueId: from.slot.venueId,
          legId: leg.id,
          message: lateCar(words, legTitle(it, leg, words.leg), from, "leaves", pickUp),
        }),
      });
    }
    if (to && arrive > to.start) {
      found.push({
        first: to.order,
        second: -1,
        w: warning("late-car", {
          slotIds: [to.slot.id],
          personIds,
          venueId: to.slot.venueId,
          legId: leg.id,
          message: lateCar(words, legTitle(it, leg, words.leg), to, "arrives", arrive),
        }),
      });
    }
  }
  return found;
}

/**
 * A delegate on a transport leg that picks her up before she arrives (the minibus waits at
 * arrivals before her flight lands) or arrives after she leaves (the airport run reaches the
 * terminal after her departure time). Shown with the leg, and under "Outside a delegate's stay".
 */
export function transferStayWarnings(it: Itinerary, ix: ScheduleIndex, words: Words): Found[] {
  const found: Found[] = [];
  // Where the leg falls among the slots in time order, so the list keeps time order.
  const position = (ms: number) => {
    let lo = 0;
    let hi = ix.slots.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ix.slots[mid].start < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo - 0.5;
  };
  for (const leg of it.legs ?? []) {
    const pickUp = Date.parse(leg.pickUpAt);
    const arrive = Date.parse(leg.arriveAt);
    let title: string | undefined; // only for a leg with a clash
    const titled = () => (title ??= legTitle(it, leg, words.leg));
    for (const p of leg.passengers) {
      if (p.kind !== "delegate") continue;
      const d = ix.delegates.get(p.personId);
      if (!d) continue;
      const arrival = d.arrivalAt ? Date.parse(d.arrivalAt) : null;
      const departure = d.departureAt ? Date.parse(d.departureAt) : null;
      const fields = { slotIds: [], personIds: [d.id], venueId: null, legId: leg.id };
      if (arrival !== null && pickUp < arrival) {
        const message = transferOutsideStay(words, d, titled(), "arrival", arrival, pickUp);
        found.push({ first: position(pickUp), second: -1, w: warning("outside-stay", { ...fields, message }) });
      }
      if (departure !== null && arrive > departure) {
        const message = transferOutsideStay(words, d, titled(), "departure", departure, arrive);
        found.push({ first: position(pickUp), second: -1, w: warning("outside-stay", { ...fields, message }) });
      }
    }
  }
  return found;
}
