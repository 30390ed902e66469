import { fnv1a } from "./changes";
import { dressText, journeyText, legEndName, legsOf, modeAndVehicle } from "./protocol";
import type { DressCode, ItineraryLeg, LegEnd, LegMode } from "./protocol-types";
import { hhmm, timeRange, weekdayDate, zoneCity } from "./time";
import type { Itinerary, ItinerarySlot, Language } from "./types";

// What changed in ONE delegate's programme between two published versions, as before → after
// lines. Pure: the change e-mail and the delegate's phone page ("changed since your last
// visit") both call it, so they say the same thing. Only what the delegate sees counts:
// time, place, title, host, notes for delegates, the dress code, and her own pick-up to the
// slot (the transport leg that takes her there: when, where, vehicle, driver and phone, the
// route); other people joining a meeting does not, nor a leg's notes (for staff and drivers).
// A leg that ends at no slot (from the airport, back to the hotel) is a transfer of its own:
// added, cancelled or changed like a slot.

/** The pick-up that takes one delegate to a slot: when, where, how, and the way there. */
export type PickUpFacts = { at: string; place: string; mode: LegMode; vehicle: string; driver: string; route: string };
export type SlotFacts = {
  title: string;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  host: string | null;
  notes: string;
  dress: { code: DressCode; notes: string };
  pickUp: PickUpFacts | null;
};
export type ChangedField = "time" | "venue" | "title" | "host" | "notes" | "dress" | "pickUp" | "route";

/** A transfer of hers that ends at no slot: from where to where, when, how. */
export type TransferFacts = {
  from: { kind: LegEnd; name: string };
  to: { kind: LegEnd; name: string };
  arriveAt: string;
  pickUp: PickUpFacts;
};

export type DelegateChange =
  /** New in their programme (a new slot, or they were added to one). */
  | { kind: "added"; slotId: string; slot: SlotFacts }
  /** The slot still happens, without them. */
  | { kind: "removed"; slotId: string; slot: SlotFacts }
  /** The slot was taken out of the programme altogether. */
  | { kind: "cancelled"; slotId: string; slot: SlotFacts }
  | { kind: "changed"; slotId: string; before: SlotFacts; after: SlotFacts; fields: ChangedField[] }
  /**
   * A transfer of hers: new (before null), gone (after null; `without` when it still runs
   * without her, as "removed" says of a slot), or changed.
   */
  | { kind: "transfer"; legId: string; before: TransferFacts | null; after: TransferFacts | null; without?: boolean };

const attends = (s: ItinerarySlot, delegateId: string) => s.attendees.some((a) => a.kind === "delegate" && a.personId === delegateId);

/** Lookups built once per itinerary: each delegate's slots, and venue/host names by id. */
type Index = {
  it: Itinerary;
  byDelegate: Map<string, ItinerarySlot[]>;
  slots: Map<string, ItinerarySlot>;
  venues: Map<string, string>;
  hosts: Map<string, string>;
  /** Per delegate, per slot: the (last) leg that takes them there. */
  pickUps: Map<string, Map<string, ItineraryLeg>>;
  /** Per delegate: her legs that end at no slot (the hotel, the airport, a place), by id. */
  transfers: Map<string, Map<string, ItineraryLeg>>;
};
const indexes = new WeakMap<Itinerary, Index>();

function index(it: Itinerary): Index {
  let x = indexes.get(it);
  if (x) return x;
  const byDelegate = new Map<string, ItinerarySlot[]>();
  for (const s of it.slots) {
    for (const a of s.attendees) {
      if (a.kind !== "delegate") continue;
      const list = byDelegate.get(a.personId);
      if (list) list.push(s);
      else byDelegate.set(a.personId, [s]);
    }
  }
  const pickUps = new Map<string, Map<string, ItineraryLeg>>();
  for (const l of [...(it.legs ?? [])].sort((a, b) => Date.parse(a.pickUpAt) - Date.parse(b.pickUpAt))) {
    if (l.to.kind !== "SLOT" || !l.to.slotId) continue;
    for (const p of l.passengers) {
      if (p.kind !== "delegate") continue;
      const mine = pickUps.get(p.personId) ?? new Map<string, ItineraryLeg>();
      mine.set(l.to.slotId, l);
      pickUps.set(p.personId, mine);
    }
  }
  // A leg to a slot is told under the slot (or with it, when she leaves the slot).
  const transfers = new Map<string, Map<string, ItineraryLeg>>();
  for (const d of it.delegates) {
    const mine = new Map(legsOf(it, d.id).flatMap((l) => (l.to.kind === "SLOT" ? [] : [[l.id, l] as const])));
    if (mine.size) transfers.set(d.id, mine);
  }
  x = {
    it,
    byDelegate,
    pickUps,
    transfers,
    slots: new Map(it.slots.map((s) => [s.id, s])),
    venues: new Map(it.venues.map((v) => [v.id, [v.name, v.address].filter(Boolean).join(", ")])),
    hosts: new Map(it.organisations.map((o) => [o.id, o.name])),
  };
  indexes.set(it, x);
  return x;
}

function facts(s: ItinerarySlot, x: Index, delegateId: string): SlotFacts {
  const venue = s.venueId ? (x.venues.get(s.venueId) ?? null) : null;
  const host = s.hostOrganisationId ? (x.hosts.get(s.hostOrganisationId) ?? null) : null;
  return {
    title: s.title,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    venue,
    host,
    notes: [s.description, s.delegateNotes].join("\n").trim(),
    dress: { code: s.protocol?.dressCode ?? "NONE", notes: s.protocol?.dressCodeNotes ?? "" },
    pickUp: pickUpOf(x, delegateId, s.id),
  };
}

function pickUpOf(x: Index, delegateId: string, slotId: string): PickUpFacts | null {
  const l = x.pickUps.get(delegateId)?.get(slotId);
  return l ? legPickUp(l) : null;
}

function legPickUp(l: ItineraryLeg): PickUpFacts {
  const driver = [l.driverName, l.driverPhone].filter(Boolean).join(" ");
  return { at: l.pickUpAt, place: l.pickUpPlace, mode: l.mode, vehicle: l.vehicle, driver, route: l.route };
}

function transferFacts(l: ItineraryLeg, x: Index, delegateId: string): TransferFacts {
  const me = x.it.delegates.find((d) => d.id === delegateId);
  const end = (e: ItineraryLeg["from"]) => ({ kind: e.kind, name: legEndName(x.it, e, me) });
  return { from: end(l.from), to: end(l.to), arriveAt: l.arriveAt, pickUp: legPickUp(l) };
}

/** Everything of a transfer she is told about, as one string: equal exactly when nothing changed for her. */
function transferText(f: TransferFacts): string {
  return `${transferTextBeforeRoutes(f)}\u0001${f.pickUp.route}`;
}

/** The same without the route: what her page's key was made of before routes were told. */
function transferTextBeforeRoutes(f: TransferFacts): string {
  const p = f.pickUp;
  return [
    f.from.kind,
    f.from.name,
    f.to.kind,
    f.to.name,
    Date.parse(f.arriveAt),
    Date.parse(p.at),
    p.place,
    p.mode,
    p.vehicle,
    p.driver,
  ].join("\u0001");
}

/**
 * The route's part of a key on her page: "~" and its hash, "" without a route. Keys stored
 * before routes were told lack it (SeenState.routes), and keyBeforeRoutes takes it off a
 * current key to compare with them, so that change marks nothing by itself.
 */
const routeKey = (route: string) => (route ? `~${fnv1a(route)}` : "");

/** A key of her page as it was made before routes were told (routeKey). */
export function keyBeforeRoutes(key: string): string {
  const i = key.indexOf("~");
  return i < 0 ? key : key.slice(0, i);
}

/**
 * A short key of the pick-up taking the delegate to the slot ("" when none): added to the
 * slot's fingerprint on her page, so a changed pick-up (its route too) marks the slot as changed.
 */
export function pickUpKey(it: Itinerary, delegateId: string, slotId: string): string {
  const p = pickUpOf(index(it), delegateId, slotId);
  return p ? `.${fnv1a([p.at, p.place, p.mode, p.vehicle, p.driver].join("\u0001"))}${routeKey(p.route)}` : "";
}

/** The page's key for a transfer of hers in the seen state ("leg:" + the leg's id). */
export const transferMarkId = (legId: string) => `leg:${legId}`;

/**
 * Per transfer of hers (a leg that ends at no slot), keyed by transferMarkId: a short key of
 * what the change e-mail compares, so her page marks the transfer when it would be told.
 */
export function transferKeys(it: Itinerary, delegateId: string): Record<string, string> {
  const x = index(it);
  const out: Record<string, string> = {};
  for (const [id, l] of x.transfers.get(delegateId) ?? []) {
    const f = transferFacts(l, x, delegateId);
    out[transferMarkId(id)] = fnv1a(transferTextBeforeRoutes(f)) + routeKey(f.pickUp.route);
  }
  return out;
}

/** The same pick-up for her: `route` false leaves the route out (it has a line of its own). */
const samePickUp = (a: PickUpFacts | null, b: PickUpFacts | null, route = true) =>
  a === b ||
  (!!a &&
    !!b &&
    Date.parse(a.at) === Date.parse(b.at) &&
    a.place === b.place &&
    a.mode === b.mode &&
    a.vehicle === b.vehicle &&
    a.driver === b.driver &&
    (!route || a.route === b.route));

/** The cheap check first: most slots of most delegates did not change. */
function sameForDelegate(a: ItinerarySlot, xa: Index, b: ItinerarySlot, xb: Index, delegateId: string): boolean {
  return (
    (a.protocol?.dressCode ?? "NONE") === (b.protocol?.dressCode ?? "NONE") &&
    (a.protocol?.dressCodeNotes ?? "") === (b.protocol?.dressCodeNotes ?? "") &&
    samePickUp(pickUpOf(xa, delegateId, a.id), pickUpOf(xb, delegateId, b.id)) &&
    a.startsAt === b.startsAt &&
    a.endsAt === b.endsAt &&
    a.title === b.title &&
    a.description === b.description &&
    a.delegateNotes === b.delegateNotes &&
    a.venueId === b.venueId &&
    a.hostOrganisationId === b.hostOrganisationId &&
    (!a.venueId || xa.venues.get(a.venueId) === xb.venues.get(b.venueId!)) &&
    (!a.hostOrganisationId || xa.hosts.get(a.hostOrganisationId) === xb.hosts.get(b.hostOrganisationId!))
  );
}

function fieldsChanged(a: SlotFacts, b: SlotFacts): ChangedField[] {
  const out: ChangedField[] = [];
  if (Date.parse(a.startsAt) !== Date.parse(b.startsAt) || Date.parse(a.endsAt) !== Date.parse(b.endsAt)) out.push("time");
  if (a.venue !== b.venue) out.push("venue");
  if (a.title !== b.title) out.push("title");
  if (a.host !== b.host) out.push("host");
  if (a.notes !== b.notes) out.push("notes");
  if (a.dress.code !== b.dress.code || a.dress.notes !== b.dress.notes) out.push("dress");
  if (!samePickUp(a.pickUp, b.pickUp, false)) out.push("pickUp");
  // The way there, when she has a pick-up now and its route is not the one she had.
  if (b.pickUp && b.pickUp.route !== (a.pickUp?.route ?? "")) out.push("route");
  return out;
}

/**
 * The changes to one delegate's programme, earliest first (by the time the slot has now, or
 * had when it went). `before` null (never published) gives every slot of theirs as added.
 * Each itinerary is indexed once (and remembered), so asking for every delegate is cheap.
 */
export function delegateChanges(before: Itinerary | null, after: Itinerary, delegateId: string): DelegateChange[] {
  const xa = index(after);
  const xb = before ? index(before) : null;
  const out: DelegateChange[] = [];
  for (const s of xa.byDelegate.get(delegateId) ?? []) {
    const prev = xb?.slots.get(s.id);
    if (!prev || !attends(prev, delegateId)) {
      out.push({ kind: "added", slotId: s.id, slot: facts(s, xa, delegateId) });
      continue;
    }
    if (sameForDelegate(prev, xb!, s, xa, delegateId)) continue;
    const [a, b] = [facts(prev, xb!, delegateId), facts(s, xa, delegateId)];
    const fields = fieldsChanged(a, b);
    if (fields.length) out.push({ kind: "changed", slotId: s.id, before: a, after: b, fields });
  }
  for (const prev of xb?.byDelegate.get(delegateId) ?? []) {
    const still = xa.slots.get(prev.id);
    if (!still) out.push({ kind: "cancelled", slotId: prev.id, slot: facts(prev, xb!, delegateId) });
    else if (!attends(still, delegateId)) out.push({ kind: "removed", slotId: prev.id, slot: facts(prev, xb!, delegateId) });
  }
  const transfersBefore = xb?.transfers.get(delegateId);
  for (const [id, l] of xa.transfers.get(delegateId) ?? []) {
    const after = transferFacts(l, xa, delegateId);
    const prev = transfersBefore?.get(id);
    const before = prev ? transferFacts(prev, xb!, delegateId) : null;
    if (!before || transferText(before) !== transferText(after)) out.push({ kind: "transfer", legId: id, before, after });
  }
  for (const [id, prev] of transfersBefore ?? []) {
    if (xa.transfers.get(delegateId)?.has(id)) continue;
    const without = (xa.it.legs ?? []).some((l) => l.id === id);
    out.push({ kind: "transfer", legId: id, before: transferFacts(prev, xb!, delegateId), after: null, without });
  }
  const at = (c: DelegateChange) =>
    Date.parse(c.kind === "changed" ? c.after.startsAt : c.kind === "transfer" ? (c.after ?? c.before)!.pickUp.at : c.slot.startsAt);
  return out.sort((x, y) => at(x) - at(y));
}

/** The delegates (ids) whose own programme differs between the two versions, with their changes. */
export function changedDelegates(before: Itinerary | null, after: Itinerary): Map<string, DelegateChange[]> {
  const result = new Map<string, DelegateChange[]>();
  for (const d of after.delegates) {
    const changes = delegateChanges(before, after, d.id);
    if (changes.length) result.set(d.id, changes);
  }
  return result;
}

/** The words a change line needs, from the message catalogue (namespace "mail.change", and
 * the protocol namespace's names of dress codes and means of transport). */
export type ChangeWords = Record<
  | "added"
  | "removed"
  | "cancelled"
  | "changed"
  | ChangedField
  | "noVenue"
  | "noHost"
  | "notesUpdated"
  | "noDress"
  | "noPickUp"
  | "noRoute"
  | "routeThere"
  | "journey"
  | "ride",
  string
> & { dressCodes: Record<DressCode, string>; legModes: Record<LegMode, string>; legEnds: Record<LegEnd, string> };

export type ChangeLine = { label: string; before: string | null; after: string };
export type DescribedChange = { kind: Exclude<DelegateChange["kind"], "transfer">; heading: string; title: string; lines: ChangeLine[] };

/**
 * A change as words: a heading ("Changed"), the slot's title, and one line per field with
 * before → after. Times are in the visit's zone, with the delegate's home time beside them
 * when it differs ("Wed 11 June, 10:05–11:00 BST (Leipzig 11:05–12:00 CEST)").
 */
export function describeChange(
  c: DelegateChange,
  /** `homeCity` names the home time (default: the zone's city, "Berlin"); the page says "Leipzig". */
  o: { words: ChangeWords; language: Language; timeZone: string; homeTimeZone: string; homeCity?: string },
): DescribedChange {
  const when = (s: SlotFacts) => whenText(s.startsAt, s.endsAt, o.timeZone, o.homeTimeZone, o.language, o.homeCity);
  const where = (s: SlotFacts) => s.venue ?? o.words.noVenue;
  const dress = ({ dress: d }: SlotFacts) => dressText(d.code, d.notes, o.words.dressCodes) || o.words.noDress;
  // "18:05, Hotel entrance · Car, Council car (silver Skoda), Gary Holt +44 7700 900101"
  const pickUp = ({ pickUp: p }: SlotFacts) =>
    p ? `${[hhmm(p.at, o.timeZone), p.place].filter(Boolean).join(", ")} · ${rideText(p, o.words)}` : o.words.noPickUp;
  if (c.kind === "transfer") return describeTransfer(c, o);
  if (c.kind !== "changed") {
    return {
      kind: c.kind,
      heading: o.words[c.kind],
      title: c.slot.title,
      lines: [
        { label: o.words.time, before: null, after: when(c.slot) },
        { label: o.words.venue, before: null, after: where(c.slot) },
      ],
    };
  }
  const lines = c.fields.map((f): ChangeLine => {
    switch (f) {
      case "time":
        return { label: o.words.time, before: when(c.before), after: when(c.after) };
      case "venue":
        return { label: o.words.venue, before: where(c.before), after: where(c.after) };
      case "title":
        return { label: o.words.title, before: c.before.title, after: c.after.title };
      case "host":
        return { label: o.words.host, before: c.before.host ?? o.words.noHost, after: c.after.host ?? o.words.noHost };
      case "notes":
        return { label: o.words.notes, before: null, after: o.words.notesUpdated };
      case "dress":
        return { label: o.words.dress, before: dress(c.before), after: dress(c.after) };
      case "pickUp":
        return { label: o.words.pickUp, before: pickUp(c.before), after: pickUp(c.after) };
      case "route":
        // "Way there: Broad Street … → Bridge Street …"; a pick-up new to the slot has no "before".
        return {
          label: o.words.routeThere,
          before: c.before.pickUp ? c.before.pickUp.route || o.words.noRoute : null,
          after: c.after.pickUp?.route || o.words.noRoute,
        };
    }
  });
  if (!c.fields.includes("time")) lines.unshift({ label: o.words.time, before: null, after: when(c.after) });
  return { kind: "changed", heading: o.words.changed, title: c.after.title, lines };
}

/**
 * A transfer as words: "Added" / "Cancelled" / "Changed", "Minibus: Birmingham Airport → Hyatt
 * Regency Birmingham" (as her programme names it), and the time from pick-up to arrival and
 * where she is picked up, by whom and which way, each before → after where it changed.
 */
function describeTransfer(
  c: Extract<DelegateChange, { kind: "transfer" }>,
  o: { words: ChangeWords; language: Language; timeZone: string; homeTimeZone: string; homeCity?: string },
): DescribedChange {
  const w = o.words;
  const now = (c.after ?? c.before)!;
  const journey = (t: TransferFacts) => journeyText(t.from, t.to, w.legEnds);
  const title = `${w.legModes[now.pickUp.mode]}: ${journey(now)}`;
  const when = (t: TransferFacts) => whenText(t.pickUp.at, t.arriveAt, o.timeZone, o.homeTimeZone, o.language, o.homeCity);
  if (!c.before || !c.after) {
    // "Hotel entrance, Bridge Street · Minibus (white Ford Transit), Sandra Price +44 …"
    return {
      kind: c.before ? (c.without ? "removed" : "cancelled") : "added",
      heading: c.before ? (c.without ? w.removed : w.cancelled) : w.added,
      title,
      lines: [
        { label: w.time, before: null, after: when(now) },
        { label: w.pickUp, before: null, after: [now.pickUp.place, rideText(now.pickUp, w)].filter(Boolean).join(" · ") },
        // A new transfer's way, as her page shows it; a cancelled one needs none.
        ...(!c.before && now.pickUp.route ? [{ label: w.route, before: null, after: now.pickUp.route }] : []),
      ],
    };
  }
  // Changed: the time and the place always (before → after where they changed), the vehicle,
  // driver (and phone) and the route only when they changed.
  const { before, after } = c;
  const moved = Date.parse(before.pickUp.at) !== Date.parse(after.pickUp.at) || Date.parse(before.arriveAt) !== Date.parse(after.arriveAt);
  const lines: ChangeLine[] = [{ label: w.time, before: moved ? when(before) : null, after: when(after) }];
  if (before.pickUp.place || after.pickUp.place) {
    lines.push({
      label: w.pickUp,
      before: before.pickUp.place === after.pickUp.place ? null : before.pickUp.place,
      after: after.pickUp.place,
    });
  }
  const [r0, r1] = [rideText(before.pickUp, w), rideText(after.pickUp, w)];
  if (r0 !== r1) lines.push({ label: w.ride, before: r0, after: r1 });
  if (before.pickUp.route !== after.pickUp.route) {
    lines.push({ label: w.route, before: before.pickUp.route || w.noRoute, after: after.pickUp.route || w.noRoute });
  }
  if (journey(before) !== journey(after)) lines.push({ label: w.journey, before: journey(before), after: journey(after) });
  return { kind: "changed", heading: w.changed, title, lines };
}

/** How she travels: "Car, Council car (silver Skoda), Gary Holt +44 …" (modeAndVehicle). */
function rideText(p: PickUpFacts, w: ChangeWords): string {
  return [modeAndVehicle(w.legModes[p.mode], p.vehicle), p.driver].filter(Boolean).join(", ");
}

/** "Wed 11 June, 10:05–11:00 BST (Leipzig 11:05–12:00 CEST)"; the home part only where it reads differently. */
export function whenText(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  homeTimeZone: string,
  language: Language,
  homeCity?: string,
): string {
  return `${weekdayDate(startsAt, timeZone, language)}, ${clockText(startsAt, endsAt, timeZone, homeTimeZone, homeCity)}`;
}

/** "10:05–11:00 BST (Leipzig 11:05–12:00 CEST)": local time, and home time where it differs. */
export function clockText(startsAt: string, endsAt: string, timeZone: string, homeTimeZone: string, homeCity?: string): string {
  const here = timeRange(startsAt, endsAt, timeZone);
  const home = timeRange(startsAt, endsAt, homeTimeZone);
  return home === here ? here : `${here} (${homeCity || zoneCity(homeTimeZone)} ${home})`;
}
