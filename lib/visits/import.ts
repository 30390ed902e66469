import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { VisitFile } from "./file-schema";
import { itineraryFromFile, slotKeyOf } from "./file-itinerary";
import { giftsFromFile, hotelFromFile, personFromFile, slotProtocolColumnsFromFile } from "@/lib/protocol/file";
import { validateVisitFile, type Problem } from "./file-validate";

export type ImportResult = { ok: true; visitId: string } | { ok: false; problems: Problem[] };

/** A visit file's text: parsed, checked in full, and imported only when it has no problem. */
export async function importVisitText(text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: "(file)", message: `not valid JSON (${(e as Error).message}): check the commas, quotes and brackets` }] };
  }
  const v = validateVisitFile(json);
  if (!v.ok) return v;
  return { ok: true, visitId: await importVisit(v.file) };
}

/**
 * Creates a whole visit from a validated file in one transaction: either everything is
 * written or nothing is. Returns the new visit's id.
 */
export async function importVisit(file: VisitFile): Promise<string> {
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    if (!ids.has(key)) ids.set(key, randomUUID());
    return ids.get(key)!;
  };
  const visitId = randomUUID();
  const it = itineraryFromFile(file, visitId, idOf);
  // Notes are in the file but not in the itinerary (staff-only), so they come from the file.
  const notesByDelegate = new Map(file.delegates.map((d) => [idOf(d.key), d.notes]));
  const notesByOrganisation = new Map(file.organisations.map((o) => [idOf(o.key), o.notes]));

  await db().$transaction(async (tx: Tx) => {
    await tx.visit.create({
      data: {
        id: visitId,
        title: it.visit.title,
        guestCity: it.visit.guestCity,
        hostCity: it.visit.hostCity,
        firstDay: new Date(`${it.visit.firstDay}T00:00:00Z`),
        lastDay: new Date(`${it.visit.lastDay}T00:00:00Z`),
        timeZone: it.visit.timeZone,
        travelMode: it.visit.travelMode,
        travelSpeedKmh: it.visit.travelSpeedKmh,
        detourFactor: it.visit.detourFactor,
      },
    });
    await tx.venue.createMany({
      data: it.venues.map((v) => ({ ...v, visitId, openingHours: v.openingHours ?? undefined })),
    });
    await tx.hostOrganisation.createMany({
      data: it.organisations.map((o) => ({ id: o.id, visitId, name: o.name, website: o.website, notes: notesByOrganisation.get(o.id) ?? "" })),
    });
    await tx.hostContact.createMany({
      data: file.organisations.flatMap((o) =>
        o.contacts.map((c) => ({ id: idOf(c.key), organisationId: idOf(o.key), name: c.name, role: c.role, email: c.email, phone: c.phone, ...personFromFile(c) })),
      ),
    });
    const fileDelegate = new Map(file.delegates.map((d) => [idOf(d.key), d]));
    await tx.delegate.createMany({
      data: it.delegates.map(({ protocol: _p, hotel: _h, ...d }) => ({
        ...d,
        ...personFromFile(fileDelegate.get(d.id)!),
        ...hotelFromFile(fileDelegate.get(d.id)!.hotel),
        visitId,
        arrivalAt: d.arrivalAt ? new Date(d.arrivalAt) : null,
        departureAt: d.departureAt ? new Date(d.departureAt) : null,
        notes: notesByDelegate.get(d.id) ?? "",
      })),
    });
    await tx.travelOverride.createMany({ data: it.travelOverrides.map((t) => ({ ...t, visitId })) });
    await tx.timeSlot.createMany({
      data: it.slots.map(({ attendees: _a, sequence: _s, protocol: _p, startsAt, endsAt, ...s }, i) => ({
        ...s,
        visitId,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        ...slotProtocolColumnsFromFile(file.slots[i].protocol, idOf),
      })),
    });
    await tx.gift.createMany({ data: file.slots.flatMap((s, i) => giftsFromFile(s.protocol, visitId, idOf(slotKeyOf(s, i)))) });
    for (const l of it.legs ?? []) {
      await tx.transportLeg.create({
        data: {
          visitId,
          fromKind: l.from.kind, fromSlotId: l.from.slotId, fromPlace: l.from.place,
          toKind: l.to.kind, toSlotId: l.to.slotId, toPlace: l.to.place,
          mode: l.mode, pickUpAt: new Date(l.pickUpAt), arriveAt: new Date(l.arriveAt), pickUpPlace: l.pickUpPlace,
          vehicle: l.vehicle, driverName: l.driverName, driverPhone: l.driverPhone, route: l.route, notes: l.notes,
          passengers: { create: l.passengers.map((p) => ({ delegateId: p.kind === "delegate" ? p.personId : null, hostContactId: p.kind === "contact" ? p.personId : null })) },
        },
      });
    }
    await tx.attendance.createMany({
      data: it.slots.flatMap((s) =>
        s.attendees.map((a) => ({
          slotId: s.id,
          role: a.role,
          delegateId: a.kind === "delegate" ? a.personId : null,
          hostContactId: a.kind === "contact" ? a.personId : null,
        })),
      ),
    });
  });
  return visitId;
}
