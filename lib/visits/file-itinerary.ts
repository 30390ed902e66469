import type { Itinerary } from "@/lib/schedule/types";
import type { VisitFile } from "./file-schema";

/**
 * A validated visit file as an itinerary, with each record's id taken from `idOf(key)`
 * (the file's own keys by default). The importer passes the database ids it created.
 */
export function itineraryFromFile(file: VisitFile, visitId = "visit", idOf: (key: string) => string = (k) => k): Itinerary {
  const delegateKeys = new Set(file.delegates.map((d) => d.key));
  return {
    visit: {
      id: visitId,
      title: file.visit.title,
      guestCity: file.visit.guestCity,
      hostCity: file.visit.hostCity,
      firstDay: file.visit.firstDay,
      lastDay: file.visit.lastDay,
      timeZone: file.visit.timeZone,
      travelMode: file.visit.travel.mode,
      travelSpeedKmh: file.visit.travel.speedKmh,
      detourFactor: file.visit.travel.detourFactor,
    },
    venues: file.venues.map(({ key, ...v }) => ({ id: idOf(key), ...v })),
    organisations: file.organisations.map((o) => ({
      id: idOf(o.key),
      name: o.name,
      website: o.website,
      contacts: o.contacts.map(({ key, ...c }) => ({ id: idOf(key), ...c })),
    })),
    delegates: file.delegates.map((d) => ({
      id: idOf(d.key),
      name: d.name,
      honorific: d.honorific,
      position: d.position,
      organisation: d.organisation,
      email: d.email,
      phone: d.phone,
      language: d.language,
      homeTimeZone: d.homeTimeZone,
      arrivalAt: d.arrival ? new Date(d.arrival).toISOString() : null,
      departureAt: d.departure ? new Date(d.departure).toISOString() : null,
      dietaryNeeds: d.dietaryNeeds,
      accessNeeds: d.accessNeeds,
    })),
    slots: file.slots.map((s, i) => ({
      id: idOf(`slot-${i}`),
      title: s.title,
      kind: s.kind,
      startsAt: new Date(s.start).toISOString(),
      endsAt: new Date(s.end).toISOString(),
      venueId: s.venue === null ? null : idOf(s.venue),
      hostOrganisationId: s.host === null ? null : idOf(s.host),
      description: s.description,
      delegateNotes: s.delegateNotes,
      internalNotes: s.internalNotes,
      sequence: 0,
      attendees: s.attendees.map((a) => ({
        kind: delegateKeys.has(a.person) ? ("delegate" as const) : ("contact" as const),
        personId: idOf(a.person),
        role: a.role,
      })),
    })),
    travelOverrides: file.travelOverrides.map((t) => ({ fromVenueId: idOf(t.from), toVenueId: idOf(t.to), minutes: t.minutes })),
  };
}
