import { db } from "@/lib/db";
import { isoInZone } from "@/lib/schedule/time";
import type { OpeningHours } from "@/lib/schedule/types";
import type { VisitFile } from "./file-schema";
import { dateOnly, delegateProfile } from "./data";
import { hotelToFile, legToFile, personToFile, slotProtocolToFile } from "@/lib/protocol/file";

/**
 * A whole visit as the JSON exchange format. Records are sorted by name (slots by time) and
 * keyed by position, so export → import → export gives the same file.
 */
export async function exportVisit(visitId: string): Promise<VisitFile | null> {
  const v = await db().visit.findUnique({
    where: { id: visitId },
    include: {
      venues: true,
      organisations: { include: { contacts: true } },
      delegates: true,
      slots: { include: { attendances: true, gifts: true } },
      travelOverrides: true,
      legs: { include: { passengers: true } },
    },
  });
  if (!v) return null;
  const byName = <T extends { name: string }>(xs: T[]) =>
    [...xs].sort((a, b) => a.name.localeCompare(b.name) || a.name.length - b.name.length);
  const keys = new Map<string, string>();
  const venues = byName(v.venues);
  venues.forEach((x, i) => keys.set(x.id, `v${i + 1}`));
  const orgs = byName(v.organisations);
  orgs.forEach((o, i) => keys.set(o.id, `o${i + 1}`));
  let c = 0;
  const orgContacts = orgs.map((o) => byName(o.contacts));
  for (const x of orgContacts.flat()) keys.set(x.id, `c${++c}`);
  const delegates = byName(v.delegates);
  delegates.forEach((d, i) => keys.set(d.id, `d${i + 1}`));
  const tz = v.timeZone;
  // Slots have keys only where a transport leg names them ("s" + position in time order).
  const legSlots = new Set(v.legs.flatMap((l) => [l.fromSlotId, l.toSlotId]).filter((x): x is string => !!x));
  const legs = [...v.legs].sort(
    (a, b) =>
      +a.pickUpAt - +b.pickUpAt ||
      +a.arriveAt - +b.arriveAt ||
      a.fromPlace.localeCompare(b.fromPlace) ||
      a.toPlace.localeCompare(b.toPlace),
  );
  const instant = (d: Date | null) => (d ? isoInZone(d, tz) : null);
  const slots = [...v.slots].sort((a, b) => +a.startsAt - +b.startsAt || +a.endsAt - +b.endsAt || a.title.localeCompare(b.title));

  slots.forEach((s, i) => keys.set(s.id, `s${i + 1}`));

  return {
    format: "itinera.visit",
    formatVersion: 1,
    visit: {
      title: v.title,
      guestCity: v.guestCity,
      hostCity: v.hostCity,
      firstDay: dateOnly(v.firstDay),
      lastDay: dateOnly(v.lastDay),
      timeZone: tz,
      travel: { mode: v.travelMode, speedKmh: v.travelSpeedKmh, detourFactor: v.detourFactor },
    },
    venues: venues.map((x) => ({
      key: keys.get(x.id)!,
      name: x.name,
      address: x.address,
      postcode: x.postcode,
      latitude: x.latitude,
      longitude: x.longitude,
      accessNotes: x.accessNotes,
      openingHours: (x.openingHours as OpeningHours | null) ?? null,
    })),
    organisations: orgs.map((o, i) => ({
      key: keys.get(o.id)!,
      name: o.name,
      website: o.website,
      notes: o.notes,
      precedence: o.precedence,
      contacts: orgContacts[i].map((x) => ({
        key: keys.get(x.id)!,
        name: x.name,
        role: x.role,
        email: x.email,
        phone: x.phone,
        ...personToFile(x),
      })),
    })),
    delegates: delegates.map((d) => ({
      key: keys.get(d.id)!,
      ...delegateProfile(d),
      arrival: instant(d.arrivalAt),
      departure: instant(d.departureAt),
      dietaryNeeds: d.dietaryNeeds,
      accessNeeds: d.accessNeeds,
      notes: d.notes,
      ...personToFile(d),
      hotel: hotelToFile(d, tz),
    })),
    travelOverrides: v.travelOverrides
      .map((t) => ({ from: keys.get(t.fromVenueId)!, to: keys.get(t.toVenueId)!, minutes: t.minutes }))
      .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    slots: slots.map((s) => ({
      ...(legSlots.has(s.id) ? { key: keys.get(s.id)! } : {}),
      title: s.title,
      kind: s.kind,
      start: isoInZone(s.startsAt, tz),
      end: isoInZone(s.endsAt, tz),
      venue: s.venueId ? keys.get(s.venueId)! : null,
      host: s.hostOrganisationId ? keys.get(s.hostOrganisationId)! : null,
      description: s.description,
      delegateNotes: s.delegateNotes,
      internalNotes: s.internalNotes,
      attendees: s.attendances
        .map((a) => ({ person: keys.get((a.delegateId ?? a.hostContactId)!)!, role: a.role }))
        .sort((a, b) => a.person.localeCompare(b.person, "en", { numeric: true })),
      protocol: slotProtocolToFile(s, s.gifts, (id) => keys.get(id)!),
    })),
    legs: legs.map((l) => legToFile(l, (id) => keys.get(id)!, tz)),
  };
}
