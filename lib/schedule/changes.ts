import type { Itinerary, ItinerarySlot } from "./types";
import { EMPTY_SLOT_PROTOCOL, type ItineraryLeg, type LegEndpoint, type SlotProtocol } from "./protocol-types";

// What changed between two itineraries, slot by slot. Used for ICS SEQUENCE numbers, the
// "changes since last published" review and the delegate's "changed" marks.

const SLOT_FIELDS = [
  "title",
  "kind",
  "startsAt",
  "endsAt",
  "venueId",
  "hostOrganisationId",
  "description",
  "delegateNotes",
  "attendees",
  "protocol",
] as const;
export type SlotField = (typeof SLOT_FIELDS)[number];

/** A short, stable fingerprint of what a delegate can see of a slot (internal notes excluded). */
export function slotFingerprint(slot: ItinerarySlot, itinerary?: Itinerary): string {
  const venue = itinerary?.venues.find((v) => v.id === slot.venueId);
  const parts = SLOT_FIELDS.map((f) =>
    f === "attendees" ? attendeesKey(slot) : f === "protocol" ? protocolKey(slot) : String(slot[f] ?? ""),
  );
  if (venue) parts.push(venue.name, venue.address, venue.postcode);
  return fnv1a(parts.join("\u0001"));
}

/**
 * The delegate-facing part of a slot's protocol (dress code, interpreting, press, gifts without
 * values): staff-only fields are not published, so they never count as a change to publish.
 * "" for a slot without protocol data, so old fingerprints stay the same.
 */
function protocolKey(slot: ItinerarySlot): string {
  // Built field by field: a snapshot read back from jsonb has its keys in another order.
  const key = (p: SlotProtocol) =>
    JSON.stringify([
      p.dressCode,
      p.dressCodeNotes,
      [p.interpreting.languages, p.interpreting.contactId, p.interpreting.name],
      p.press,
      p.pressNotes,
      p.gifts.map((g) => [g.direction, g.giver, g.item, g.recipient].join("|")),
    ]);
  const k = key(slot.protocol ?? EMPTY_SLOT_PROTOCOL);
  return k === (emptyProtocolKey ??= key(EMPTY_SLOT_PROTOCOL)) ? "" : k;
}
let emptyProtocolKey: string | undefined;

function attendeesKey(slot: ItinerarySlot): string {
  return slot.attendees
    .map((a) => `${a.kind}:${a.personId}:${a.role}`)
    .sort()
    .join(",");
}

/** A short, stable hash of a string (FNV-1a, base 36). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Everything diffItineraries compares of a slot, as one string: two versions of a slot give
 * the same string exactly when the diff finds no changed field (undefined, which the diff
 * tells apart from null, is spelt out).
 */
export function slotChangeText(slot: ItinerarySlot): string {
  const fields = SLOT_FIELDS.map((f) =>
    f === "attendees" ? attendeesKey(slot) : f === "protocol" ? protocolKey(slot) : slot[f] === undefined ? { undefined: true } : slot[f],
  );
  return JSON.stringify(fields);
}

/** How many slots differ between two sets of change keys (slot id -> key): added, removed or changed. */
export function countChanges(before: Record<string, string>, after: Record<string, string>): number {
  let n = 0;
  for (const id in after) if (before[id] !== after[id]) n++;
  for (const id in before) if (!(id in after)) n++;
  return n;
}

export type SlotChange =
  | { type: "added"; slot: ItinerarySlot }
  | { type: "removed"; slot: ItinerarySlot }
  | { type: "changed"; slot: ItinerarySlot; before: ItinerarySlot; fields: SlotField[] };

export function diffItineraries(before: Itinerary | null, after: Itinerary): SlotChange[] {
  const old = new Map((before?.slots ?? []).map((s) => [s.id, s]));
  const changes: SlotChange[] = [];
  for (const slot of after.slots) {
    const prev = old.get(slot.id);
    old.delete(slot.id);
    if (!prev) {
      changes.push({ type: "added", slot });
      continue;
    }
    const fields = SLOT_FIELDS.filter((f) =>
      f === "attendees"
        ? attendeesKey(prev) !== attendeesKey(slot)
        : f === "protocol"
          ? protocolKey(prev) !== protocolKey(slot)
          : prev[f] !== slot[f],
    );
    if (fields.length) changes.push({ type: "changed", slot, before: prev, fields });
  }
  for (const slot of old.values()) changes.push({ type: "removed", slot });
  return changes.sort((a, b) => Date.parse(a.slot.startsAt) - Date.parse(b.slot.startsAt));
}

/**
 * Carries each slot's and each transport leg's SEQUENCE from the previous publication, raised
 * by one where it changed (a leg counts as changed when the publish review lists it). A slot's
 * calendar event tells the pick-up that takes her there (time, place, car, driver, route), so
 * a leg to the slot that is added, removed or changed raises the slot's SEQUENCE too.
 */
export function withSequences(previous: Itinerary | null, next: Itinerary): Itinerary {
  const prev = new Map((previous?.slots ?? []).map((s) => [s.id, s]));
  const prevLegs = new Map((previous?.legs ?? []).map((l) => [l.id, l]));
  const [legsBefore, legsNow] = [legsToSlots(previous), legsToSlots(next)];
  return {
    ...next,
    slots: next.slots.map((s) => {
      const p = prev.get(s.id);
      if (!p) return { ...s, sequence: 0 };
      const same =
        slotFingerprint(p, previous!) === slotFingerprint(s, next) && !legsDiffer(legsBefore.get(s.id) ?? [], legsNow.get(s.id) ?? []);
      return { ...s, sequence: same ? p.sequence : p.sequence + 1 };
    }),
    ...(next.legs && {
      legs: next.legs.map((l) => {
        const p = prevLegs.get(l.id);
        const was = p?.sequence ?? 0;
        return { ...l, sequence: !p || legFields(p, l).length === 0 ? was : was + 1 };
      }),
    }),
  };
}

/** The legs that end at each slot, by slot id. */
function legsToSlots(it: Itinerary | null): Map<string, ItineraryLeg[]> {
  const out = new Map<string, ItineraryLeg[]>();
  for (const l of it?.legs ?? []) {
    if (l.to.kind !== "SLOT" || !l.to.slotId) continue;
    out.set(l.to.slotId, [...(out.get(l.to.slotId) ?? []), l]);
  }
  return out;
}

function legsDiffer(before: ItineraryLeg[], after: ItineraryLeg[]): boolean {
  if (before.length !== after.length) return true;
  const was = new Map(before.map((l) => [l.id, l]));
  return after.some((l) => {
    const p = was.get(l.id);
    return !p || legFields(p, l).length > 0;
  });
}

/** What the publish review compares of a transport leg (every field a publication keeps). */
export type LegField = "from" | "to" | "mode" | "time" | "pickUpPlace" | "vehicle" | "driver" | "route" | "notes" | "passengers";

export type LegChange =
  | { type: "added"; leg: ItineraryLeg }
  | { type: "removed"; leg: ItineraryLeg }
  | { type: "changed"; leg: ItineraryLeg; before: ItineraryLeg; fields: LegField[] };

const endKey = (e: LegEndpoint) => `${e.kind}:${e.slotId ?? ""}:${e.place}`;
const passengersKey = (l: ItineraryLeg) =>
  l.passengers
    .map((p) => `${p.kind}:${p.personId}`)
    .sort()
    .join(",");

function legFields(a: ItineraryLeg, b: ItineraryLeg): LegField[] {
  const out: LegField[] = [];
  if (endKey(a.from) !== endKey(b.from)) out.push("from");
  if (endKey(a.to) !== endKey(b.to)) out.push("to");
  if (a.mode !== b.mode) out.push("mode");
  if (Date.parse(a.pickUpAt) !== Date.parse(b.pickUpAt) || Date.parse(a.arriveAt) !== Date.parse(b.arriveAt)) out.push("time");
  if (a.pickUpPlace !== b.pickUpPlace) out.push("pickUpPlace");
  if (a.vehicle !== b.vehicle) out.push("vehicle");
  if (a.driverName !== b.driverName || a.driverPhone !== b.driverPhone) out.push("driver");
  if (a.route !== b.route) out.push("route");
  if (a.notes !== b.notes) out.push("notes");
  if (passengersKey(a) !== passengersKey(b)) out.push("passengers");
  return out;
}

/** The transport legs added, removed or changed between two itineraries, by pick-up time. */
export function diffLegs(before: Itinerary | null, after: Itinerary): LegChange[] {
  const old = new Map((before?.legs ?? []).map((l) => [l.id, l]));
  const out: LegChange[] = [];
  for (const leg of after.legs ?? []) {
    const prev = old.get(leg.id);
    old.delete(leg.id);
    if (!prev) out.push({ type: "added", leg });
    else {
      const fields = legFields(prev, leg);
      if (fields.length) out.push({ type: "changed", leg, before: prev, fields });
    }
  }
  for (const leg of old.values()) out.push({ type: "removed", leg });
  return out.sort((a, b) => Date.parse(a.leg.pickUpAt) - Date.parse(b.leg.pickUpAt));
}
