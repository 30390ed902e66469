import { db } from "@/lib/db";
import { toItinerarySlot } from "@/lib/slots/data";
import type { Delegate } from "@/lib/generated/prisma/client";
import type { Itinerary, OpeningHours } from "@/lib/schedule/types";

// Reads. Callers check who is asking (lib/auth/guards.ts) before calling these.

export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The delegate fields that every shape of a delegate carries unchanged (itinerary, visit file,
 * edit form); each adds its own id or key, stay times and notes around them.
 */
export function delegateProfile(d: Pick<Delegate, "name" | "honorific" | "position" | "organisation" | "email" | "phone" | "language" | "homeTimeZone">) {
  return {
    name: d.name,
    honorific: d.honorific,
    position: d.position,
    organisation: d.organisation,
    email: d.email,
    phone: d.phone,
    language: d.language,
    homeTimeZone: d.homeTimeZone,
  };
}

export async function listVisits() {
  const visits = await db().visit.findMany({
    orderBy: [{ firstDay: "desc" }, { title: "asc" }],
    include: { _count: { select: { delegates: true, slots: true } }, publications: { orderBy: { version: "desc" }, take: 1 } },
  });
  return visits.map((v) => ({
    id: v.id,
    title: v.title,
    guestCity: v.guestCity,
    hostCity: v.hostCity,
    firstDay: dateOnly(v.firstDay),
    lastDay: dateOnly(v.lastDay),
    timeZone: v.timeZone,
    delegateCount: v._count.delegates,
    slotCount: v._count.slots,
    publishedVersion: v.publications[0]?.version ?? null,
  }));
}

/** The current draft of a visit as an itinerary, or null when there is no such visit. */
export async function loadItinerary(visitId: string): Promise<Itinerary | null> {
  const v = await db().visit.findUnique({
    where: { id: visitId },
    include: {
      venues: { orderBy: { name: "asc" } },
      organisations: { orderBy: { name: "asc" }, include: { contacts: { orderBy: { name: "asc" } } } },
      delegates: { orderBy: { name: "asc" } },
      slots: { orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { title: "asc" }], include: { attendances: true } },
      travelOverrides: true,
    },
  });
  if (!v) return null;
  const nameOf = new Map<string, string>(v.delegates.map((d) => [d.id, d.name]));
  for (const o of v.organisations) for (const c of o.contacts) nameOf.set(c.id, c.name);
  return {
    visit: {
      id: v.id,
      title: v.title,
      guestCity: v.guestCity,
      hostCity: v.hostCity,
      firstDay: dateOnly(v.firstDay),
      lastDay: dateOnly(v.lastDay),
      timeZone: v.timeZone,
      travelMode: v.travelMode,
      travelSpeedKmh: v.travelSpeedKmh,
      detourFactor: v.detourFactor,
    },
    venues: v.venues.map((x) => ({
      id: x.id,
      name: x.name,
      address: x.address,
      postcode: x.postcode,
      latitude: x.latitude,
      longitude: x.longitude,
      accessNotes: x.accessNotes,
      openingHours: (x.openingHours as OpeningHours | null) ?? null,
    })),
    organisations: v.organisations.map((o) => ({
      id: o.id,
      name: o.name,
      website: o.website,
      contacts: o.contacts.map((c) => ({ id: c.id, name: c.name, role: c.role, email: c.email, phone: c.phone })),
    })),
    delegates: v.delegates.map((d) => ({
      id: d.id,
      ...delegateProfile(d),
      arrivalAt: d.arrivalAt?.toISOString() ?? null,
      departureAt: d.departureAt?.toISOString() ?? null,
      dietaryNeeds: d.dietaryNeeds,
      accessNeeds: d.accessNeeds,
    })),
    // By name, so that people with the same role are listed alphabetically everywhere.
    slots: v.slots.map((s) => {
      const slot = toItinerarySlot(s);
      slot.attendees.sort((a, b) => a.kind.localeCompare(b.kind) || (nameOf.get(a.personId) ?? "").localeCompare(nameOf.get(b.personId) ?? "") || a.personId.localeCompare(b.personId));
      return slot;
    }),
    travelOverrides: v.travelOverrides.map((t) => ({ fromVenueId: t.fromVenueId, toVenueId: t.toVenueId, minutes: t.minutes })),
  };
}

export async function visitSummary(visitId: string) {
  return db().visit.findUnique({
    where: { id: visitId },
    select: { id: true, title: true, timeZone: true, version: true },
  });
}
