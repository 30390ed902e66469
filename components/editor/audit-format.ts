import { KIND_LABELS, ROLE_LABELS } from "@/lib/i18n/labels";
import type { Itinerary } from "@/lib/schedule/types";
import { displayName } from "@/lib/schedule/view";
import { slotStart, zoneLabel } from "@/lib/schedule/time";

// Turns any audit entry (slots, delegates, venues, publications … whoever wrote it) into a
// sentence and a compact before → after, from its entity, action and JSON alone.

export type AuditLike = { action: string; entity: string; before: unknown; after: unknown };
export type FieldChange = { field: string; before: string; after: string };

const ENTITY: Record<string, string> = {
  TimeSlot: "slot",
  Delegate: "delegate",
  HostOrganisation: "host organisation",
  HostContact: "host person",
  Venue: "venue",
  TravelOverride: "travel time",
  Publication: "version",
  Visit: "visit",
  StaffUser: "staff account",
  Attendance: "attendance",
};
const ACTION: Record<string, string> = {
  create: "Added",
  update: "Changed",
  delete: "Deleted",
  move: "Moved",
  shift: "Shifted",
  publish: "Published",
  import: "Imported",
  undo: "Undid a change to",
  archive: "Archived",
  unarchive: "Restored from the archive",
};
const LABEL: Record<string, string> = {
  startsAt: "Start",
  endsAt: "End",
  venueId: "Venue",
  hostOrganisationId: "Host",
  organisationId: "Organisation",
  fromVenueId: "From",
  toVenueId: "To",
  delegateNotes: "Notes for delegates",
  internalNotes: "Internal notes",
  attendees: "People",
  arrivalAt: "Arrival",
  departureAt: "Departure",
  hostContactId: "Host person",
  delegateId: "Delegate",
  slotId: "Slot",
  title: "Title",
  name: "Name",
  kind: "Kind",
  role: "Role",
  email: "E-mail",
  phone: "Phone",
  description: "Description",
  openingHours: "Opening hours",
  latitude: "Latitude",
  longitude: "Longitude",
  address: "Address",
  postcode: "Postcode",
  accessNotes: "Access notes",
  website: "Website",
  honorific: "Honorific",
  position: "Position",
  organisation: "Organisation",
  language: "Language",
  homeTimeZone: "Home time zone",
  dietaryNeeds: "Dietary needs",
  accessNeeds: "Access needs",
  notes: "Notes",
  firstDay: "First day",
  lastDay: "Last day",
  timeZone: "Time zone",
  guestCity: "Guest city",
  hostCity: "Host city",
  travelMode: "Travel mode",
  travelSpeedKmh: "Travel speed (km/h)",
  detourFactor: "Detour factor",
  minutes: "Minutes",
  archivedAt: "Archived",
  status: "Status",
};
const WEEKDAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const HIDDEN = new Set(["id", "version", "visitId", "createdAt", "updatedAt", "passwordHash", "linkTokenHash", "seenSlots", "legEnds"]);
const MAX_FIELDS = 8;
// jsonb stores keys in its own order; show the fields people think of first, first.
const ORDER = ["title", "name", "kind", "startsAt", "endsAt", "venueId", "hostOrganisationId", "attendees", "version"];
const byOrder = (a: string, b: string) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);

/** Names for the ids an entry may hold: venues, organisations, people. */
export function namesOf(it: Itinerary): Map<string, string> {
  const m = new Map<string, string>();
  for (const v of it.venues) m.set(v.id, v.name);
  for (const o of it.organisations) {
    m.set(o.id, o.name);
    for (const c of o.contacts) m.set(c.id, c.name);
  }
  for (const d of it.delegates) m.set(d.id, displayName(d));
  return m;
}

const obj = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

export function auditHeadline(e: AuditLike): string {
  const rec = obj(e.after) ?? obj(e.before) ?? {};
  const name = rec.title ?? rec.name ?? rec.email;
  if (e.entity === "Publication" && rec.version) return `Published version ${rec.version}`;
  const verb = ACTION[e.action] ?? e.action;
  const noun = ENTITY[e.entity] ?? e.entity;
  return `${verb} ${noun}${typeof name === "string" && name ? ` “${name}”` : ""}`;
}

/** Changed fields for an update; the main fields for a create or delete. */
export function auditChanges(e: AuditLike, names: Map<string, string>, timeZone: string): FieldChange[] {
  const a = obj(e.before);
  const b = obj(e.after);
  const fmt = (k: string, v: unknown) => formatValue(k, v, names, timeZone);
  if (a && b) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((k) => !HIDDEN.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
      .sort(byOrder);
    return keys.slice(0, MAX_FIELDS).map((k) => ({ field: label(k), before: fmt(k, a[k]), after: fmt(k, b[k]) }));
  }
  const only = b ?? a;
  if (!only) return [];
  const keys = Object.keys(only)
    .filter((k) => !HIDDEN.has(k) && !empty(only[k]) && k !== "title" && k !== "name")
    .sort(byOrder);
  return keys.slice(0, MAX_FIELDS).map((k) => ({ field: label(k), before: b ? "" : fmt(k, only[k]), after: b ? fmt(k, only[k]) : "" }));
}

const empty = (v: unknown) => v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

function label(k: string): string {
  // A field without a label still reads as words: "hostContact" -> "Host person".
  const words = k
    .replace(/Id$/, "")
    .replace(/([A-Z])/g, " $1")
    .toLowerCase()
    .replace(/\bcontact\b/g, "person")
    .trim();
  return LABEL[k] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function formatValue(key: string, v: unknown, names: Map<string, string>, tz: string): string {
  if (empty(v)) return "—";
  if (typeof v === "string") {
    if (INSTANT.test(v)) return `${slotStart(v, tz)} ${zoneLabel(v, tz)}`;
    if (names.has(v)) return names.get(v)!;
    if (key === "kind" && v in KIND_LABELS.en) return KIND_LABELS.en[v as keyof typeof KIND_LABELS.en];
    if (key.endsWith("Id")) return "a removed record";
    return v.length > 80 ? `${v.slice(0, 79)}…` : v;
  }
  if (Array.isArray(v)) {
    const people = v.map((x) => obj(x)).filter((x): x is Record<string, unknown> => !!x && typeof x.personId === "string");
    if (people.length === v.length) {
      return people
        .map((p) => {
          const role = ROLE_LABELS.en[p.role as keyof typeof ROLE_LABELS.en];
          const who = names.get(p.personId as string) ?? "someone removed";
          return role && p.role !== "ATTENDEE" ? `${who} (${role.toLowerCase()})` : who;
        })
        .join(", ");
    }
    const hours = v
      .map((x) => obj(x))
      .filter((x): x is Record<string, unknown> => !!x && typeof x.day === "number" && typeof x.opens === "string");
    if (hours.length === v.length) return hours.map((h) => `${WEEKDAYS[h.day as number] ?? h.day} ${h.opens}–${h.closes}`).join(", ");
    // Never raw JSON: a list of plain values, or a count of what it holds.
    return v.every((x) => typeof x !== "object") ? v.join(", ").slice(0, 120) : `${v.length} ${v.length === 1 ? "entry" : "entries"}`;
  }
  if (typeof v === "object") return "changed";
  if (typeof v === "boolean") return v ? "yes" : "no";
  return String(v);
}

/** Whether History offers "Undo" for this entry (changes to slots; lib/slots/undo.ts). */
export function undoable(e: AuditLike): boolean {
  return e.entity === "TimeSlot" && ["create", "update", "delete", "move", "shift", "undo"].includes(e.action);
}
