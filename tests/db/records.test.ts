import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/db";
import { createStaff } from "../factories/staff";
import { createVisitRecord, delegateInput } from "../factories/records";
import { AppError } from "@/lib/errors";
import { createVisit, updateVisit } from "@/lib/visits/mutations";
import { visitCreateSchema } from "@/lib/visits/schema";
import { createDelegate, deleteDelegate, updateDelegate } from "@/lib/delegates/mutations";
import { delegateCreateSchema } from "@/lib/delegates/schema";
import { createContact, createOrganisation, deleteOrganisation, updateContact } from "@/lib/hosts/mutations";
import { createVenue, deleteVenue, setTravelOverride, updateVenue } from "@/lib/venues/mutations";
import { venueCreateSchema } from "@/lib/venues/schema";
import { parseHoursText, weekRows } from "@/lib/venues/hours";

const t = useTestDatabase();

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

const audits = (entityId: string) => t.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { at: "asc" } });

describe("visits", () => {
  it("creates a visit from the form and audits it; a stale settings save is refused with the current values", async () => {
    const staff = await createStaff();
    const input = visitCreateSchema.parse({
      title: "Lyon to Leipzig",
      guestCity: "Lyon",
      hostCity: "Leipzig",
      firstDay: "2025-10-24",
      lastDay: "2025-10-27",
      timeZone: "Europe/Berlin",
      travelMode: "DRIVE",
      travelSpeedKmh: "20",
      detourFactor: "1.4",
    });
    const { id } = await createVisit(input, staff.id);
    const v = await t.prisma.visit.findUniqueOrThrow({ where: { id } });
    expect(v.firstDay.toISOString()).toBe("2025-10-24T00:00:00.000Z");
    expect(v.travelSpeedKmh).toBe(20);

    const saved = await updateVisit({ ...input, id, version: 1, title: "Lyon delegation to Leipzig" }, staff.id);
    expect(saved.version).toBe(2);
    const e = await refused(updateVisit({ ...input, id, version: 1, title: "Someone else's title" }, staff.id));
    expect(e.code).toBe("STALE");
    expect((e.details?.current as { title: string } | undefined)?.title).toBe("Lyon delegation to Leipzig");
    expect((await t.prisma.visit.findUniqueOrThrow({ where: { id } })).title).toBe("Lyon delegation to Leipzig");
    expect((await audits(id)).map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("refuses a last day before the first day, by the last-day field", () => {
    const r = visitCreateSchema.safeParse({
      title: "x",
      guestCity: "a",
      hostCity: "b",
      firstDay: "2025-06-13",
      lastDay: "2025-06-10",
      timeZone: "Europe/London",
      travelMode: "WALK",
      travelSpeedKmh: 4.5,
      detourFactor: 1.3,
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["lastDay", "the last day is before the first day"]]);
  });
});

describe("delegates", () => {
  it("stores arrival typed in the visit's zone as the right instant, and audits before/after", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const input = delegateCreateSchema.parse({ visitId, ...delegateInput({ arrival: "2025-06-10T12:40", departure: "2025-06-13 17:30" }) });
    const { id } = await createDelegate(input, staff.id);
    const d = await t.prisma.delegate.findUniqueOrThrow({ where: { id } });
    expect(d.arrivalAt?.toISOString()).toBe("2025-06-10T11:40:00.000Z"); // 12:40 BST
    expect(d.departureAt?.toISOString()).toBe("2025-06-13T16:30:00.000Z");

    await updateDelegate({ ...input, id, version: 1, phone: "+49 341 123" }, staff.id);
    const [created, updated] = await audits(id);
    expect(created.action).toBe("create");
    expect(updated.action).toBe("update");
    expect(updated.actorId).toBe(staff.id);
    expect((updated.before as { phone: string }).phone).toBe("");
    expect((updated.after as { phone: string; arrival: string }).phone).toBe("+49 341 123");
    expect((updated.after as { arrival: string }).arrival).toBe("2025-06-10 12:40");
  });

  it("refuses an arrival in the spring-forward gap and a departure before arrival, saving nothing", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord({
      visit: { title: "Spring", guestCity: "A", hostCity: "B", firstDay: "2025-03-29", lastDay: "2025-03-31", timeZone: "Europe/London" },
      slots: [],
    });
    const before = await t.prisma.delegate.count({ where: { visitId } });
    const gap = await refused(
      createDelegate(delegateCreateSchema.parse({ visitId, ...delegateInput({ arrival: "2025-03-30 01:30" }) }), staff.id),
    );
    expect(gap.code).toBe("INVALID_INPUT");
    expect(gap.details?.fieldErrors?.arrival?.[0]).toMatch(/does not exist in Europe\/London/);
    const order = await refused(
      createDelegate(
        delegateCreateSchema.parse({ visitId, ...delegateInput({ arrival: "2025-03-31 10:00", departure: "2025-03-30 10:00" }) }),
        staff.id,
      ),
    );
    expect(order.details?.fieldErrors?.departure).toEqual(["departure must be after arrival"]);
    expect(await t.prisma.delegate.count({ where: { visitId } })).toBe(before);
  });

  it("refuses the second of two edits based on the same version, returning the first one's values", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const d = await t.prisma.delegate.findFirstOrThrow({ where: { visitId } });
    const base = { visitId, id: d.id, version: d.version, ...delegateInput({ name: d.name }) };
    await updateDelegate({ ...base, phone: "111" }, staff.id);
    const fresh = await t.prisma.delegate.findUniqueOrThrow({ where: { id: d.id } });
    expect(fresh.phone).toBe("111");
    expect(fresh.version).toBe(d.version + 1);
    const e = await refused(updateDelegate({ ...base, phone: "222" }, staff.id));
    expect(e.code).toBe("STALE");
    expect(e.details?.current as { phone: string; version: number }).toMatchObject({ phone: "111", version: d.version + 1 });
    expect((await t.prisma.delegate.findUniqueOrThrow({ where: { id: d.id } })).phone).toBe("111");
  });

  it("deletes a delegate with their attendances and says how many went", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const d = await t.prisma.delegate.findFirstOrThrow({ where: { visitId } });
    expect(await t.prisma.attendance.count({ where: { delegateId: d.id } })).toBe(1);
    const r = await deleteDelegate({ visitId, id: d.id, version: d.version }, staff.id);
    expect(r).toEqual({ name: d.name, attendances: 1 });
    expect(await t.prisma.attendance.count({ where: { delegateId: d.id } })).toBe(0);
    const [entry] = await audits(d.id);
    expect(entry.action).toBe("delete");
    expect((entry.before as { attendances: number }).attendances).toBe(1);
  });

  it("will not touch a delegate of another visit", async () => {
    const staff = await createStaff();
    const visitA = await createVisitRecord();
    const visitB = await createVisitRecord();
    const d = await t.prisma.delegate.findFirstOrThrow({ where: { visitId: visitB } });
    const e = await refused(deleteDelegate({ visitId: visitA, id: d.id, version: d.version }, staff.id));
    expect(e.code).toBe("NOT_FOUND");
    expect(await t.prisma.delegate.count({ where: { id: d.id } })).toBe(1);
  });
});

describe("hosts", () => {
  it("creates an organisation and contact; deleting the organisation takes contacts and attendances, slots lose the host", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const { id: orgId } = await createOrganisation(
      { visitId, name: "Aston University", website: "https://www.aston.ac.uk", notes: "" },
      staff.id,
    );
    const { id: contactId } = await createContact(
      { visitId, organisationId: orgId, name: "Prof Mike Caine", role: "Pro-Vice-Chancellor", email: "", phone: "" },
      staff.id,
    );
    await updateContact(
      { visitId, id: contactId, version: 1, name: "Prof Mike Caine", role: "PVC", email: "m.caine@example.org", phone: "" },
      staff.id,
    );
    const stale = await refused(updateContact({ visitId, id: contactId, version: 1, name: "X", role: "", email: "", phone: "" }, staff.id));
    expect(stale.code).toBe("STALE");

    const seeded = await t.prisma.hostOrganisation.findFirstOrThrow({ where: { visitId, name: { not: "Aston University" } } });
    const slot = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId } });
    expect(slot.hostOrganisationId).toBe(seeded.id);
    const r = await deleteOrganisation({ visitId, id: seeded.id, version: seeded.version }, staff.id);
    expect(r).toMatchObject({ contacts: 1, attendances: 1, hostedSlots: 1 });
    expect((await t.prisma.timeSlot.findUniqueOrThrow({ where: { id: slot.id } })).hostOrganisationId).toBeNull();
    expect(await t.prisma.hostContact.count({ where: { organisationId: seeded.id } })).toBe(0);
    expect((await audits(contactId)).map((a) => a.action)).toEqual(["create", "update"]);
    expect((await audits(seeded.id)).map((a) => a.action)).toEqual(["delete"]);
  });
});

describe("venues", () => {
  it("saves opening hours from the weekday editor and 'not known' as null; a venue without coordinates is allowed", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const rows = weekRows(null).map((r) => (r.day <= 5 ? { ...r, open: true, opens: "09:00", closes: "17:00" } : r));
    const input = venueCreateSchema.parse({
      visitId,
      name: "STEAMhouse",
      address: "Belmont Row",
      postcode: "B4 7RQ",
      latitude: "52.4827",
      longitude: "-1.8836",
      accessNotes: "",
      openingHours: rows,
    });
    const { id } = await createVenue(input, staff.id);
    const v = await t.prisma.venue.findUniqueOrThrow({ where: { id } });
    expect(v.openingHours).toEqual([1, 2, 3, 4, 5].map((day) => ({ day, opens: "09:00", closes: "17:00" })));
    expect(v.latitude).toBe(52.4827);

    const { visitId: _v, ...fields } = input;
    await updateVenue({ ...fields, visitId, id, version: 1, latitude: null, longitude: null, openingHours: null }, staff.id);
    const after = await t.prisma.venue.findUniqueOrThrow({ where: { id } });
    expect(after.openingHours).toBeNull();
    expect(after.latitude).toBeNull();
    expect(after.version).toBe(2);
  });

  it("keeps a day that closes for lunch: two intervals survive the editor's rows, a save and reading back", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const stored = [
      { day: 1, opens: "14:00", closes: "17:00" },
      { day: 1, opens: "09:00", closes: "12:30" },
      { day: 2, opens: "09:00", closes: "17:00" },
    ];
    // The editor shows Monday's morning first, then the afternoon as more hours.
    const rows = weekRows(stored);
    expect(rows[0]).toEqual({ day: 1, open: true, opens: "09:00", closes: "12:30", more: [{ opens: "14:00", closes: "17:00" }] });
    const { id } = await createVenue(venueCreateSchema.parse({ visitId, name: "Council House", openingHours: rows }), staff.id);
    const v = await t.prisma.venue.findUniqueOrThrow({ where: { id } });
    expect(v.openingHours).toEqual([stored[1], stored[0], stored[2]]);
    // A second interval that starts before the first has closed is refused by its own field.
    const overlapping = rows.map((r) => (r.day === 1 ? { ...r, more: [{ opens: "12:00", closes: "17:00" }] } : r));
    const r = venueCreateSchema.safeParse({ visitId, name: "X", openingHours: overlapping });
    expect(r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "openingHours.0.more.0.opens: opens again before the hours above close (12:30)",
    ]);
    // The CSV form writes several intervals a day with commas.
    expect(parseHoursText("Mon-Fri 09:00-12:30, 14:00-17:00; Sat 10:00-13:00")).toEqual(
      weekRows([
        ...[1, 2, 3, 4, 5].flatMap((day) => [
          { day, opens: "09:00", closes: "12:30" },
          { day, opens: "14:00", closes: "17:00" },
        ]),
        { day: 6, opens: "10:00", closes: "13:00" },
      ]),
    );
  });

  it("refuses closing before opening and a latitude without longitude, by the field", () => {
    const rows = weekRows(null).map((r) => (r.day === 2 ? { ...r, open: true, opens: "18:00", closes: "09:00" } : r));
    const r = venueCreateSchema.safeParse({ visitId: "v", name: "X", latitude: "52.1", longitude: "", openingHours: rows });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(paths).toContain("openingHours.1.closes: closes before it opens");
  });

  it("sets and clears a travel override with audit entries; deleting a venue keeps its slots without a venue", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const [a] = await t.prisma.venue.findMany({ where: { visitId } });
    const { id: b } = await createVenue(venueCreateSchema.parse({ visitId, name: "Other", openingHours: null }), staff.id);
    await setTravelOverride({ visitId, fromVenueId: a.id, toVenueId: b, expected: null, minutes: 25 }, staff.id);
    expect((await t.prisma.travelOverride.findFirstOrThrow({ where: { visitId } })).minutes).toBe(25);
    await setTravelOverride({ visitId, fromVenueId: a.id, toVenueId: b, expected: 25, minutes: null }, staff.id);
    expect(await t.prisma.travelOverride.count({ where: { visitId } })).toBe(0);
    expect((await audits(`${a.id}→${b}`)).map((x) => x.action)).toEqual(["create", "delete"]);

    const r = await deleteVenue({ visitId, id: a.id, version: a.version }, staff.id);
    expect(r.slots).toBe(1);
    const slot = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId } });
    expect(slot.venueId).toBeNull();
  });
  it("refuses a travel time saved over another editor's, with their minutes, and writes nothing", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const [a] = await t.prisma.venue.findMany({ where: { visitId } });
    const { id: b } = await createVenue(venueCreateSchema.parse({ visitId, name: "Other", openingHours: null }), staff.id);
    const pair = { visitId, fromVenueId: a.id, toVenueId: b };
    // Both editors opened the page while no time was set; the first saves 20 min.
    await setTravelOverride({ ...pair, expected: null, minutes: 20 }, staff.id);
    const second = setTravelOverride({ ...pair, expected: null, minutes: 35 }, staff.id);
    await expect(second).rejects.toMatchObject({ code: "STALE", details: { current: { minutes: 20 } } });
    // Based on what they saw earlier, neither a change nor a removal goes through.
    await expect(setTravelOverride({ ...pair, expected: 15, minutes: 35 }, staff.id)).rejects.toMatchObject({ code: "STALE" });
    await expect(setTravelOverride({ ...pair, expected: 15, minutes: null }, staff.id)).rejects.toMatchObject({ code: "STALE" });
    expect((await t.prisma.travelOverride.findFirstOrThrow({ where: { visitId } })).minutes).toBe(20);
    expect((await audits(`${a.id}→${b}`)).map((x) => x.action)).toEqual(["create"]);
    // Saving again on top of the current minutes works.
    await setTravelOverride({ ...pair, expected: 20, minutes: 35 }, staff.id);
    expect((await t.prisma.travelOverride.findFirstOrThrow({ where: { visitId } })).minutes).toBe(35);
  });
});
