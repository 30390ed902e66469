import type {
  AttendanceRole,
  Itinerary,
  ItineraryContact,
  ItineraryDelegate,
  ItineraryOrganisation,
  ItinerarySlot,
  ItineraryVenue,
} from "@/lib/schedule/types";

// Lookups the two documents share: who a person is, who attends a slot, whom a delegate
// calls. Plain data in, plain data out; missing references are skipped, never fatal.

export type Lookup = {
  delegates: Map<string, ItineraryDelegate>;
  /** `rank`: the contact's place in the visit's order of precedence (organisations, then their contacts). */
  contacts: Map<string, { contact: ItineraryContact; organisation: ItineraryOrganisation; rank: number }>;
  organisations: Map<string, ItineraryOrganisation>;
  venues: Map<string, ItineraryVenue>;
};

export function lookup(it: Itinerary): Lookup {
  return {
    delegates: new Map(it.delegates.map((d) => [d.id, d])),
    // The snapshot lists organisations and contacts in the visit's order of precedence.
    contacts: new Map(
      it.organisations
        .flatMap((organisation) => organisation.contacts.map((contact) => ({ contact, organisation })))
        .map((c, rank) => [c.contact.id, { ...c, rank }] as const),
    ),
    organisations: new Map(it.organisations.map((o) => [o.id, o])),
    venues: new Map(it.venues.map((v) => [v.id, v])),
  };
}

/** "Dr Antje Nolting" (the honorific when there is one, in the document's language: "Frau"). */
export function delegateName(d: Pick<ItineraryDelegate, "honorific" | "name">, honorifics: Record<string, string> = {}): string {
  const h = d.honorific.trim();
  return h ? `${honorifics[h.replace(/\.$/, "")] ?? h} ${d.name}` : d.name;
}

export type Person = { name: string; detail: string; role: AttendanceRole };

/** Host people by role: host, chair, speaker, then everyone else (escorts, attendees). */
const ROLE_ORDER: Record<AttendanceRole, number> = { HOST: 0, CHAIR: 1, SPEAKER: 2, ESCORT: 3, ATTENDEE: 3 };

/**
 * A slot's delegates (in the slot's order) and host contacts (by role, then in the visit's
 * order of precedence), each with their role.
 */
export function attendeesOf(slot: ItinerarySlot, l: Lookup): { delegates: Person[]; hosts: Person[] } {
  const delegates: Person[] = [];
  const hosts: (Person & { rank: number })[] = [];
  for (const a of slot.attendees) {
    if (a.kind === "delegate") {
      const d = l.delegates.get(a.personId);
      if (d) delegates.push({ name: delegateName(d), detail: "", role: a.role });
    } else {
      const c = l.contacts.get(a.personId);
      // The organisation is named unless it is the slot's host or the contact's own name.
      const detail =
        !c || c.organisation.id === slot.hostOrganisationId || c.organisation.name === c.contact.name ? "" : c.organisation.name;
      if (c) hosts.push({ name: c.contact.name, detail, role: a.role, rank: c.rank });
    }
  }
  hosts.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.rank - b.rank);
  return { delegates, hosts: hosts.map(({ rank: _, ...p }) => p) };
}

/** The slots a delegate attends, in the itinerary's order. */
export function slotsOf(it: Itinerary, delegateId: string): ItinerarySlot[] {
  return slotsByDelegate(it).get(delegateId) ?? [];
}

// Every delegate's slots, found in one pass per itinerary: "All itineraries" of a summit would
// otherwise read 2,000 slots' attendees once per delegate.
const byDelegate = new WeakMap<Itinerary, Map<string, ItinerarySlot[]>>();

function slotsByDelegate(it: Itinerary): Map<string, ItinerarySlot[]> {
  let index = byDelegate.get(it);
  if (!index) {
    index = new Map();
    for (const slot of it.slots) {
      for (const a of slot.attendees) {
        if (a.kind !== "delegate") continue;
        const mine = index.get(a.personId) ?? [];
        if (mine.at(-1) !== slot) mine.push(slot);
        index.set(a.personId, mine);
      }
    }
    byDelegate.set(it, index);
  }
  return index;
}

/** The delegate's own role in a slot. */
export function roleOf(slot: ItinerarySlot, delegateId: string): AttendanceRole {
  return slot.attendees.find((a) => a.kind === "delegate" && a.personId === delegateId)?.role ?? "ATTENDEE";
}

/**
 * The host contact a delegate should call about a slot: a contact attending as HOST, else the
 * first contact attending, else the first contact of the host organisation.
 */
export function contactToCall(slot: ItinerarySlot, l: Lookup): ItineraryContact | null {
  const attending = slot.attendees
    .filter((a) => a.kind === "contact" && l.contacts.has(a.personId))
    .sort((a, b) => l.contacts.get(a.personId)!.rank - l.contacts.get(b.personId)!.rank);
  const chosen = attending.find((a) => a.role === "HOST") ?? attending[0];
  if (chosen) return l.contacts.get(chosen.personId)!.contact;
  const org = slot.hostOrganisationId ? l.organisations.get(slot.hostOrganisationId) : undefined;
  return org?.contacts[0] ?? null;
}

/** "Victoria Square, Birmingham B1 1BB". */
export function venueAddress(v: ItineraryVenue): string {
  return [v.address, v.postcode].filter(Boolean).join(" ");
}
