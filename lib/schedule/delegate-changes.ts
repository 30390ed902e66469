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

function facts(s: ItinerarySlot, it: Itinerary): SlotFacts {
  const v = s.venueId ? it.venues.find((x) => x.id === s.venueId) : undefined;
  const venue = v ? [v.name, v.address].filter(Boolean).join(", ") : null;
  const host = s.hostOrganisationId ? (it.organisations.find((o) => o.id === s.hostOrganisationId)?.name ?? null) : null;
  return { title: s.title, startsAt: s.startsAt, endsAt: s.endsAt, venue, host, notes: [s.description, s.delegateNotes].join("\n").trim() };
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
 */
export function delegateChanges(before: Itinerary | null, after: Itinerary, delegateId: string): DelegateChange[] {
  const old = new Map((before?.slots ?? []).map((s) => [s.id, s]));
  const now = new Map(after.slots.map((s) => [s.id, s]));
  const out: DelegateChange[] = [];
  for (const s of after.slots) {
    if (!attends(s, delegateId)) continue;
    const prev = old.get(s.id);
    if (!prev || !attends(prev, delegateId)) {
      out.push({ kind: "added", slotId: s.id, slot: facts(s, after) });
      continue;
    }
    const [a, b] = [facts(prev, before!), facts(s, after)];
    const fields = fieldsChanged(a, b);
    if (fields.length) out.push({ kind: "changed", slotId: s.id, before: a, after: b, fields });
  }
  for (const prev of before?.slots ?? []) {
    if (!attends(prev, delegateId)) continue;
    const still = now.get(prev.id);
    if (!still) out.push({ kind: "cancelled", slotId: prev.id, slot: facts(prev, before!) });
    else if (!attends(still, delegateId)) out.push({ kind: "removed", slotId: prev.id, slot: facts(prev, before!) });
  }
  const at = (c: DelegateChange) => Date.parse(c.kind === "changed" ? c.after.startsAt : c.slot.startsAt);
  return out.sort((x, y) => at(x) - at(y));
}

/** The delegates (ids) whose own programme differs between the two versions. */
export function changedDelegates(before: Itinerary | null, after: Itinerary): Map<string, DelegateChange[]> {
  const ids = new Set([...after.delegates.map((d) => d.id)]);
  const result = new Map<string, DelegateChange[]>();
  for (const id of ids) {
    const changes = delegateChanges(before, after, id);
    if (changes.length) result.set(id, changes);
  }
  return result;
}

/** The words a change line needs, from the message catalogue (namespace "mail.change"). */
export type ChangeWords = Record<"added" | "removed" | "cancelled" | "changed" | ChangedField | "noVenue" | "noHost" | "notesUpdated", string>;

export type ChangeLine = { label: string; before: string | null; after: string };
export type DescribedChange = { kind: DelegateChange["kind"]; heading: string; title: string; lines: ChangeLine[] };

/**
 * A change as words: a heading ("Changed"), the slot's title, and one line per field with
 * before → after. Times are in the visit's zone, with the delegate's home time beside them
 * when it differs ("Wed 11 June, 10:05–11:00 BST (Leipzig 11:05–12:00 CEST)").
 */
export function describeChange(
  c: DelegateChange,
  o: { words: ChangeWords; language: Language; timeZone: string; homeTimeZone: string },
): DescribedChange {
  const when = (s: SlotFacts) => whenText(s.startsAt, s.endsAt, o.timeZone, o.homeTimeZone, o.language);
  const where = (s: SlotFacts) => s.venue ?? o.words.noVenue;
  if (c.kind !== "changed") {
    return { kind: c.kind, heading: o.words[c.kind], title: c.slot.title, lines: [{ label: o.words.time, before: null, after: when(c.slot) }, { label: o.words.venue, before: null, after: where(c.slot) }] };
  }
  const lines = c.fields.map((f): ChangeLine => {
    switch (f) {
      case "time": return { label: o.words.time, before: when(c.before), after: when(c.after) };
      case "venue": return { label: o.words.venue, before: where(c.before), after: where(c.after) };
      case "title": return { label: o.words.title, before: c.before.title, after: c.after.title };
      case "host": return { label: o.words.host, before: c.before.host ?? o.words.noHost, after: c.after.host ?? o.words.noHost };
      case "notes": return { label: o.words.notes, before: null, after: o.words.notesUpdated };
    }
  });
  if (!c.fields.includes("time")) lines.unshift({ label: o.words.time, before: null, after: when(c.after) });
  return { kind: "changed", heading: o.words.changed, title: c.after.title, lines };
}

/** "Wed 11 June, 10:05–11:00 BST (Leipzig 11:05–12:00 CEST)"; the home part only where it reads differently. */
export function whenText(startsAt: string, endsAt: string, timeZone: string, homeTimeZone: string, language: Language): string {
  return `${weekdayDate(startsAt, timeZone, language)}, ${clockText(startsAt, endsAt, timeZone, homeTimeZone)}`;
}

/** "10:05–11:00 BST (Leipzig 11:05–12:00 CEST)": local time, and home time where it differs. */
export function clockText(startsAt: string, endsAt: string, timeZone: string, homeTimeZone: string): string {
  const here = timeRange(startsAt, endsAt, timeZone);
  const home = timeRange(startsAt, endsAt, homeTimeZone);
  return home === here ? here : `${here} (${zoneCity(homeTimeZone)} ${home})`;
}
