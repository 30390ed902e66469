import { beforeAll, describe, expect, it } from "vitest";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { createStaff } from "@/tests/factories/staff";
import { useTestDatabase } from "@/tests/setup/db";
import type { AppError } from "@/lib/errors";
import { importVisitFile } from "@/tests/factories/records";

useTestDatabase();
let visitId = "";
let actor = { id: "" };

beforeAll(async () => {
  visitId = await importVisitFile(leipzigVisit());
  actor = await createStaff({ role: "EDITOR", email: `undo-${Date.now()}@example.org` });
});

const slotNamed = async (title: string) => {
  const { db } = await import("@/lib/db");
  return db().timeSlot.findFirstOrThrow({ where: { visitId, title }, include: { attendances: true } });
};

describe("undo", () => {
  it("puts back time, venue and attendees of an edit, audits itself, and refuses a second time", async () => {
    const { updateSlot } = await import("@/lib/slots/mutations");
    const { undoEntries } = await import("@/lib/slots/undo");
    const { slotFormValues } = await import("@/lib/slots/values");
    const { toItinerarySlot } = await import("@/lib/slots/data");
    const before = await slotNamed("Lunch with Aston researchers");
    const { protocol: _protocol, ...values } = slotFormValues(toItinerarySlot(before), "Europe/London", before.version);
    const edit = await updateSlot(actor, {
      ...values,
      slotId: before.id,
      version: before.version,
      start: "13:00",
      end: "14:00",
      venueId: null,
      attendees: values.attendees.slice(0, 1),
    });
    expect((await slotNamed("Lunch with Aston researchers")).attendances).toHaveLength(1);

    const undone = await undoEntries(actor, edit.auditIds);
    const after = await slotNamed("Lunch with Aston researchers");
    expect([after.startsAt, after.endsAt, after.venueId]).toEqual([before.startsAt, before.endsAt, before.venueId]);
    expect(after.attendances.map((a) => a.delegateId ?? a.hostContactId).sort()).toEqual(
      before.attendances.map((a) => a.delegateId ?? a.hostContactId).sort(),
    );
    const { db } = await import("@/lib/db");
    expect((await db().auditEntry.findUniqueOrThrow({ where: { id: undone.auditIds[0] } })).action).toBe("undo");

    const again = await undoEntries(actor, edit.auditIds).catch((e: AppError) => e);
    expect(again).toMatchObject({ code: "STALE" });
    expect((again as AppError).message).toContain('Cannot undo: "Lunch with Aston researchers" has changed since');
  });

  it("brings a deleted slot back with its id and people, and an undo can be undone", async () => {
    const { deleteSlot } = await import("@/lib/slots/mutations");
    const { undoEntries } = await import("@/lib/slots/undo");
    const s = await slotNamed("Farewell lunch");
    const del = await deleteSlot(actor, { slotId: s.id, version: s.version });
    const back = await undoEntries(actor, del.auditIds);
    const restored = await slotNamed("Farewell lunch");
    expect(restored.id).toBe(s.id);
    expect(restored.attendances).toHaveLength(s.attendances.length);
    await undoEntries(actor, back.auditIds);
    const { db } = await import("@/lib/db");
    expect(await db().timeSlot.count({ where: { id: s.id } })).toBe(0);
  });

  it("puts back a slot's dress code, interpreter, press, seating, talking points and gifts after an edit", async () => {
    const { updateSlot } = await import("@/lib/slots/mutations");
    const { undoEntries } = await import("@/lib/slots/undo");
    const { slotFormValues } = await import("@/lib/slots/values");
    const { findSlot, toItinerarySlot } = await import("@/lib/slots/data");
    const { db } = await import("@/lib/db");
    const title = "Lord Mayor's reception in honour of the Leipzig delegation";
    const row = await slotNamed(title);
    const before = toItinerarySlot((await findSlot(db(), row.id))!);
    expect(before.protocol?.gifts.length).toBeGreaterThan(0);
    expect(before.protocol?.interpreting.contactId).not.toBeNull();
    const values = slotFormValues(before, "Europe/London", row.version);
    const edit = await updateSlot(actor, {
      ...values,
      slotId: row.id,
      version: row.version,
      start: "20:00",
      end: "21:00",
      protocol: {
        dressCode: "CASUAL",
        dressCodeNotes: "",
        interpreting: { languages: "", contactId: null, name: "" },
        press: false,
        pressNotes: "",
        seatingNotes: "",
        talkingPoints: "Something else entirely.",
        gifts: [{ direction: "GIVEN", giver: "Nobody", item: "A pen", recipient: "Someone", valueMinor: 100, currency: "GBP", notes: "" }],
      },
    });
    const edited = toItinerarySlot((await findSlot(db(), row.id))!);
    expect(edited.protocol?.dressCode).toBe("CASUAL");
    expect(edited.protocol?.gifts.map((g) => g.item)).toEqual(["A pen"]);

    await undoEntries(actor, edit.auditIds);
    const after = toItinerarySlot((await findSlot(db(), row.id))!);
    expect(after.startsAt).toBe(before.startsAt);
    // Gifts come back with their ids, values and notes: the register names the same gifts.
    expect(after.protocol).toEqual(before.protocol);
  });

  it("brings a deleted slot back with its protocol and gifts, values included, and the cars to and from it", async () => {
    const { deleteSlot } = await import("@/lib/slots/mutations");
    const { undoEntries } = await import("@/lib/slots/undo");
    const { findSlot, toItinerarySlot } = await import("@/lib/slots/data");
    const { db } = await import("@/lib/db");
    const row = await slotNamed("Lord Mayor's reception in honour of the Leipzig delegation");
    const before = toItinerarySlot((await findSlot(db(), row.id))!);
    const legsTo = () => db().transportLeg.count({ where: { toSlotId: row.id } });
    const legsFrom = () => db().transportLeg.count({ where: { fromSlotId: row.id } });
    expect([await legsTo(), await legsFrom()]).toEqual([1, 1]); // the car there and the car back
    const del = await deleteSlot(actor, { slotId: row.id, version: row.version });
    expect(await db().gift.count({ where: { slotId: row.id } })).toBe(0);
    expect([await legsTo(), await legsFrom()]).toEqual([0, 0]);

    await undoEntries(actor, del.auditIds);
    const after = toItinerarySlot((await findSlot(db(), row.id))!);
    expect(after.protocol).toEqual(before.protocol);
    expect(after.protocol?.dressCode).toBe("LOUNGE_SUIT");
    expect(after.protocol?.talkingPoints).toContain("Welcome the delegation");
    expect(after.protocol?.gifts.some((g) => g.valueMinor !== null)).toBe(true);
    // The cars to and from the reception lead to it again.
    expect([await legsTo(), await legsFrom()]).toEqual([1, 1]);
  });
});
