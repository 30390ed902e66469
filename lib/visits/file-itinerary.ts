import type { Itinerary } from "@/lib/schedule/types";
import type { VisitFile } from "./file-schema";
import type { ItineraryLeg, PersonProtocol, SlotProtocol } from "@/lib/schedule/protocol-types";

type FilePerson = Pick<VisitFile["delegates"][number], "formOfAddress" | "pronunciation" | "biography" | "precedence" | "photo">;
const personProtocol = (p: FilePerson): PersonProtocol => ({
  precedence: p.precedence,
  address: { en: p.formOfAddress.en, de: p.formOfAddress.de },
  pronunciation: p.pronunciation,
  biography: p.biography,
  hasPhoto: p.photo !== null,
});

/** A slot's key in the file (its own, or its position) → the id of the slot it names. */
export const slotKeyOf = (s: { key?: string }, i: number) => s.key ?? `slot-${i}`;

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
      contacts: o.contacts.map((c) => ({
        id: idOf(c.key),
        name: c.name,
        role: c.role,
        email: c.email,
        phone: c.phone,
        protocol: personProtocol(c),
      })),
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
      protocol: personProtocol(d),
      hotel: d.hotel && {
        name: d.hotel.name,
        address: d.hotel.address,
        checkInAt: d.hotel.checkIn ? new Date(d.hotel.checkIn).toISOString() : null,
        checkOutAt: d.hotel.checkOut ? new Date(d.hotel.checkOut).toISOString() : null,
      },
    })),
    slots: file.slots.map((s, i) => ({
      id: idOf(slotKeyOf(s, i)),
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
      protocol: slotProtocol(s.protocol, idOf),
    })),
    legs: file.legs.map((l, i) => legFromFile(l, i, idOf, delegateKeys)),
    travelOverrides: file.travelOverrides.map((t) => ({ fromVenueId: idOf(t.from), toVenueId: idOf(t.to), minutes: t.minutes })),
  };
}

function slotProtocol(p: VisitFile["slots"][number]["protocol"], idOf: (key: string) => string): SlotProtocol {
  return {
    dressCode: p.dressCode,
    dressCodeNotes: p.dressCodeNotes,
    interpreting: {
      languages: p.interpreting.languages,
      contactId: p.interpreting.interpreter ? idOf(p.interpreting.interpreter) : null,
      name: p.interpreting.interpreter ? "" : p.interpreting.interpreterName,
    },
    press: p.press,
    pressNotes: p.pressNotes,
    seatingNotes: p.seatingNotes,
    talkingPoints: p.talkingPoints,
    gifts: p.gifts.map((g, j) => ({
      id: `gift-${j}`,
      direction: g.direction,
      giver: g.giver,
      item: g.item,
      recipient: g.recipient,
      valueMinor: g.value === null ? null : Math.round(g.value * 100),
      currency: g.currency,
      notes: g.notes,
    })),
  };
}

function legFromFile(l: VisitFile["legs"][number], i: number, idOf: (key: string) => string, delegateKeys: Set<string>): ItineraryLeg {
  const end = (e: VisitFile["legs"][number]["from"]) => ({
    kind: e.kind,
    slotId: e.kind === "SLOT" && e.slot ? idOf(e.slot) : null,
    place: e.place,
  });
  return {
    id: idOf(`leg-${i}`),
    from: end(l.from),
    to: end(l.to),
    mode: l.mode,
    pickUpAt: new Date(l.pickUp).toISOString(),
    arriveAt: new Date(l.arrive).toISOString(),
    pickUpPlace: l.pickUpPlace,
    vehicle: l.vehicle,
    driverName: l.driverName,
    driverPhone: l.driverPhone,
    route: l.route,
    notes: l.notes,
    passengers: l.passengers.map((k) => ({ kind: delegateKeys.has(k) ? ("delegate" as const) : ("contact" as const), personId: idOf(k) })),
  };
}
