import { timeRange, weekdayDate, zoneCity } from "./time";
import type { Itinerary, ItinerarySlot, Language } from "./types";

// What changed in ONE delegate's programme between two published versions, as before → after
// lines. Pure: the change e-mail and the delegate's phone page ("changed since your last
// visit") both call it, so they say the same thing. Only what the delegate sees counts:
// time, place, title, host and notes for delegates; other people joining a meeting does not.

export type SlotFacts = { title: string; startsAt: string; endsAt: string; venue: string | null; host: string | null; notes: string };
export type ChangedField = "time" | "venue" | "title" | "host" | "notes";

export type DelegateChange =
  /** New in their programme (a new slot, or they were added to one). */
  | { kind: "added"; slotId: string; slot: SlotFacts }
  /** The slot still happens, without them. */
  | { kind: "removed"; slotId: string; slot: SlotFacts }
  /** The slot was taken out of the programme altogether. */
  | { kind: "cancelled"; slotId: string; slot: SlotFacts }
  | { kind: "changed"; slotId: string; before: SlotFacts; after: SlotFacts; fields: ChangedField[] };

const attends = (s: ItinerarySlot, delegateId: string) => s.attendees.some((a) => a.kind === "delegate" && a.personId === delegateId);

/** Lookups built once per itinerary: each delegate's slots, and venue/host names by id. */
type Index = {
  it: Itinerary;
  byDelegate: Map<string, ItinerarySlot[]>;
  slots: Map<string, ItinerarySlot>;
  venues: Map<string, string>;
  hosts: Map<string, string>;
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
  x = {
    it,
    byDelegate,
    slots: new Map(it.slots.map((s) => [s.id, s])),
    venues: new Map(it.venues.map((v) => [v.id, [v.name, v.address].filter(Boolean).join(", ")])),
    hosts: new Map(it.organisations.map((o) => [o.id, o.name])),
  };
  indexes.set(it, x);
  return x;
}

function facts(s: ItinerarySlot, x: Index): SlotFacts {
  const venue = s.venueId ? (x.venues.get(s.venueId) ?? null) : null;
  const host = s.hostOrganisationId ? (x.hosts.get(s.hostOrganisationId) ?? null) : null;
  return { title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, venue, host, notes: [s.description, s.delegateNotes].join("\n").trim() };
}

/** The cheap check first: most slots of most delegates did not change. */
function sameForDelegate(a: ItinerarySlot, xa: Index, b: ItinerarySlot, xb: Index): boolean {
  return (
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
      out.push({ kind: "added", slotId: s.id, slot: facts(s, xa) });
      continue;
    }
    if (sameForDelegate(prev, xb!, s, xa)) continue;
    const [a, b] = [facts(prev, xb!), facts(s, xa)];
    const fields = fieldsChanged(a, b);
    if (fields.length) out.push({ kind: "changed", slotId: s.id, before: a, after: b, fields });
  }
  for (const prev of xb?.byDelegate.get(delegateId) ?? []) {
    const still = xa.slots.get(prev.id);
    if (!still) out.push({ kind: "cancelled", slotId: prev.id, slot: facts(prev, xb!) });
    else if (!attends(still, delegateId)) out.push({ kind: "removed", slotId: prev.id, slot: facts(prev, xb!) });
  }
  const at = (c: DelegateChange) => Date.parse(c.kind === "changed" ? c.after.startsAt : c.slot.startsAt);
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

/** The words a change line needs, from the message catalogue (namespace "mail.change"). */
export type ChangeWords = Record<
  "added" | "removed" | "cancelled" | "changed" | ChangedField | "noVenue" | "noHost" | "notesUpdated",
  string
>;

export type ChangeLine = { label: string; before: string | null; after: string };
export type DescribedChange = { kind: DelegateChange["kind"]; heading: string; title: string; lines: ChangeLine[] };

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
    }
  });
  if (!c.fields.includes("time")) lines.unshift({ label: o.words.time, before: null, after: when(c.after) });
  return { kind: "changed", heading: o.words.changed, title: c.after.title, lines };
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
