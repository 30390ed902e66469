import { groupSlotsByDay } from "./days";
import type { AttendanceRole, Itinerary, ItineraryContact, ItineraryOrganisation, ItinerarySlot, ItineraryVenue } from "./types";

// The itinerary with every reference resolved, grouped into the visit's days: what the
// schedule pages, exports and the phone view render.

export type ResolvedAttendee = {
  kind: "delegate" | "contact";
  id: string;
  name: string;
  /** Position or organisation, shown after the name. */
  detail: string;
  role: AttendanceRole;
};

export type ResolvedSlot = ItinerarySlot & {
  venue: ItineraryVenue | null;
  host: ItineraryOrganisation | null;
  people: ResolvedAttendee[];
};

const ROLE_ORDER: Record<AttendanceRole, number> = { HOST: 0, CHAIR: 1, SPEAKER: 2, ESCORT: 3, ATTENDEE: 4 };

export function displayName(p: { honorific?: string; name: string }): string {
  return p.honorific && !p.name.startsWith(p.honorific) ? `${p.honorific} ${p.name}` : p.name;
}

export function resolveSlots(it: Itinerary, slots: ItinerarySlot[] = it.slots): ResolvedSlot[] {
  const venues = new Map(it.venues.map((v) => [v.id, v]));
  const orgs = new Map(it.organisations.map((o) => [o.id, o]));
  const delegates = new Map(it.delegates.map((d) => [d.id, d]));
  const contacts = new Map<string, { contact: ItineraryContact; org: ItineraryOrganisation }>();
  for (const org of it.organisations) for (const contact of org.contacts) contacts.set(contact.id, { contact, org });

  return slots.map((slot) => ({
    ...slot,
    venue: slot.venueId ? (venues.get(slot.venueId) ?? null) : null,
    host: slot.hostOrganisationId ? (orgs.get(slot.hostOrganisationId) ?? null) : null,
    people: slot.attendees
      .map((a): (ResolvedAttendee & { rank: number }) | null => {
        if (a.kind === "delegate") {
          const d = delegates.get(a.personId);
          const rank = d?.protocol?.precedence ?? 0;
          return d ? { kind: "delegate", id: d.id, name: displayName(d), detail: d.organisation, role: a.role, rank } : null;
        }
        const c = contacts.get(a.personId);
        const rank = c?.contact.protocol?.precedence ?? 0;
        return c
          ? { kind: "contact", id: c.contact.id, name: c.contact.name, detail: c.contact.role || c.org.name, role: a.role, rank }
          : null;
      })
      .filter((p): p is ResolvedAttendee & { rank: number } => p !== null)
      // By role, delegates before hosts, then in the visit's order of precedence.
      .sort(
        (x, y) =>
          ROLE_ORDER[x.role] - ROLE_ORDER[y.role] ||
          (x.kind === y.kind ? 0 : x.kind === "delegate" ? -1 : 1) ||
          x.rank - y.rank ||
          x.name.localeCompare(y.name),
      )
      .map(({ rank: _, ...p }) => p),
  }));
}

export function scheduleDays(it: Itinerary, slots: ItinerarySlot[] = it.slots) {
  return groupSlotsByDay(resolveSlots(it, slots), it.visit.timeZone, it.visit.firstDay, it.visit.lastDay);
}
