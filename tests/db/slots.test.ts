import { describe, expect, it, beforeAll } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { delegate, venue, visitFile } from "@/tests/factories/visit-file";
import { createStaff } from "@/tests/factories/staff";
import type { AppError } from "@/lib/errors";
import type { CreateSlotInput } from "@/lib/slots/schema";
import { importVisitFile } from "@/tests/factories/records";

const t = useTestDatabase();

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    return e as AppError;
  }
  throw new Error("expected a refusal");
}

const m = () => import("@/lib/slots/mutations");

describe("slot mutations on the Leipzig visit", () => {
  let visitId: string;
  let editor: { id: string };
  let ids: { nolting: string; blum: string; steamhouse: string; aston: string; caine: string };

  beforeAll(async () => {
    visitId = await importVisitFile(leipzigVisit());
    editor = await createStaff({ role: "EDITOR" });
    const p = t.prisma;
    ids = {
      nolting: (await p.delegate.findFirstOrThrow({ where: { visitId, name: "Antje Nolting" } })).id,
      blum: (await p.delegate.findFirstOrThrow({ where: { visitId, name: "Manuela Blum" } })).id,
      steamhouse: (await p.venue.findFirstOrThrow({ where: { visitId, name: "STEAMhouse" } })).id,
      aston: (await p.venue.findFirstOrThrow({ where: { visitId, name: "Aston University" } })).id,
      caine: (await p.hostContact.findFirstOrThrow({ where: { name: "Prof Mike Caine", organisation: { visitId } } })).id,
    };
  });

  const input = (over: Partial<CreateSlotInput> = {}): CreateSlotInput => ({
    visitId,
    title: "Press interview",
    kind: "MEETING",
    date: "2025-06-11",
    start: "10:00",
    end: "11:00",
    venueId: ids.steamhouse,
    hostOrganisationId: null,
    description: "",
    delegateNotes: "",
    internalNotes: "",
    attendees: [{ kind: "delegate", personId: ids.nolting, role: "SPEAKER" }],
    ...over,
  });

  it("creates a slot at the local time in the visit's zone, with its audit entry, and the double booking shows", async () => {
    const { createSlot } = await m();
    const r = await createSlot(editor, input());
    const row = await t.prisma.timeSlot.findUniqueOrThrow({ where: { id: r.slotId }, include: { attendances: true } });
    expect(row.startsAt.toISOString()).toBe("2025-06-11T09:00:00.000Z"); // 10:00 BST
    expect(row.attendances).toMatchObject([{ delegateId: ids.nolting, role: "SPEAKER" }]);
    const audit = await t.prisma.auditEntry.findMany({ where: { entityId: r.slotId } });
    expect(audit).toMatchObject([{ action: "create", entity: "TimeSlot", actorId: editor.id, visitId, before: null }]);
    expect(audit[0].after).toMatchObject({ title: "Press interview", startsAt: "2025-06-11T09:00:00.000Z", version: 1 });

    const { loadItinerary } = await import("@/lib/visits/data");
    const { findConflicts } = await import("@/lib/schedule/conflicts");
    const clash = findConflicts((await loadItinerary(visitId))!).filter(
      (w) => w.type === "person-double-booked" && w.slotIds.includes(r.slotId),
    );
    expect(clash).toHaveLength(1);
    expect(clash[0].message).toContain("Dr Antje Nolting");
  });

  it("updates with the version it was based on, raises the version and logs before and after", async () => {
    const { createSlot, updateSlot } = await m();
    const { slotId } = await createSlot(editor, input({ title: "Draft title" }));
    const r = await updateSlot(editor, {
      ...input({ title: "Final title", start: "14:00", end: "14:30" }),
      slotId,
      version: 1,
      attendees: [
        { kind: "delegate", personId: ids.blum, role: "ATTENDEE" },
        { kind: "contact", personId: ids.caine, role: "HOST" },
      ],
    });
    expect(r.version).toBe(2);
    const row = await t.prisma.timeSlot.findUniqueOrThrow({ where: { id: slotId }, include: { attendances: true } });
    expect(row).toMatchObject({ title: "Final title", version: 2 });
    expect(row.startsAt.toISOString()).toBe("2025-06-11T13:00:00.000Z");
    expect(row.attendances.map((a) => a.delegateId ?? a.hostContactId).sort()).toEqual([ids.blum, ids.caine].sort());
    const entry = await t.prisma.auditEntry.findFirstOrThrow({ where: { entityId: slotId, action: "update" } });
    expect(entry.before).toMatchObject({ title: "Draft title", version: 1 });
    expect(entry.after).toMatchObject({ title: "Final title", version: 2 });
  });

  it("refuses a save based on an old version, returns the current values and changes nothing", async () => {
    const { createSlot, updateSlot } = await m();
    const { slotId } = await createSlot(editor, input({ title: "Original" }));
    await updateSlot(editor, { ...input({ title: "First editor's title" }), slotId, version: 1 });
    const e = await caught(updateSlot(editor, { ...input({ title: "Second editor's title" }), slotId, version: 1 }));
    expect(e.code).toBe("STALE");
    expect(e.details?.current).toMatchObject({ title: "First editor's title", version: 2, date: "2025-06-11", start: "10:00" });
    expect((await t.prisma.timeSlot.findUniqueOrThrow({ where: { id: slotId } })).title).toBe("First editor's title");
    expect(await t.prisma.auditEntry.count({ where: { entityId: slotId } })).toBe(2);
  });

  it("deletes a slot with its attendances and keeps the record in the audit log", async () => {
    const { createSlot, deleteSlot } = await m();
    const { slotId } = await createSlot(
      editor,
      input({
        attendees: [
          { kind: "delegate", personId: ids.nolting, role: "ATTENDEE" },
          { kind: "contact", personId: ids.caine, role: "HOST" },
        ],
      }),
    );
    const stale = await caught(deleteSlot(editor, { slotId, version: 7 }));
    expect(stale.code).toBe("STALE");
    const r = await deleteSlot(editor, { slotId, version: 1 });
    expect(r.attendances).toBe(2);
    expect(await t.prisma.timeSlot.count({ where: { id: slotId } })).toBe(0);
    expect(await t.prisma.attendance.count({ where: { slotId } })).toBe(0);
    const entry = await t.prisma.auditEntry.findFirstOrThrow({ where: { entityId: slotId, action: "delete" } });
    expect(entry.after).toBeNull();
    expect((entry.before as { attendees: unknown[] }).attendees).toHaveLength(2);
  });

  it("refuses a venue or a person from another visit", async () => {
    const { createSlot } = await m();
    const other = await importVisitFile(visitFile());
    const foreignVenue = (await t.prisma.venue.findFirstOrThrow({ where: { visitId: other } })).id;
    const before = await t.prisma.timeSlot.count();
    const e = await caught(createSlot(editor, input({ venueId: foreignVenue })));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.details?.fieldErrors?.venueId?.[0]).toMatch(/not part of the visit/);
    expect(await t.prisma.timeSlot.count()).toBe(before);
  });
});

describe("moving a slot and shifting the rest of its day", () => {
  it("moves the slot and, when asked, the later slots of that day by the same amount", async () => {
    const { moveSlot } = await m();
    const visitId = await importVisitFile(leipzigVisit());
    const editor = await createStaff({ role: "EDITOR" });
    const slots = () => t.prisma.timeSlot.findMany({ where: { visitId }, orderBy: { startsAt: "asc" } });
    const original = await slots();
    const welcome = original.find((s) => s.title === "Welcome and programme briefing")!;

    const r = await moveSlot(editor, { slotId: welcome.id, version: 1, date: "2025-06-10", start: "15:30", shiftLater: true });
    expect(r.shifted).toBe(2);
    const now = new Map((await slots()).map((s) => [s.title, s]));
    const local = (title: string) => now.get(title)!.startsAt.toISOString();
    expect(local("Welcome and programme briefing")).toBe("2025-06-10T14:30:00.000Z");
    expect(now.get("Welcome and programme briefing")!.endsAt.toISOString()).toBe("2025-06-10T15:30:00.000Z");
    expect(local("STEAMhouse: Birmingham's hub for creative innovation")).toBe("2025-06-10T16:00:00.000Z");
    expect(local("Grand Union's Floating Garden")).toBe("2025-06-10T17:15:00.000Z");
    expect(now.get("Grand Union's Floating Garden")!.version).toBe(2);
    // The next day is untouched.
    const aston = original.find((s) => s.title.startsWith("Aston University"))!;
    expect(now.get(aston.title)!.startsAt).toEqual(aston.startsAt);
    const actions = (await t.prisma.auditEntry.findMany({ where: { visitId }, orderBy: { at: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["move", "shift", "shift"]);
  });

  it("moves to another day on its own, and refuses to shift other slots across days", async () => {
    const { moveSlot } = await m();
    const visitId = await importVisitFile(leipzigVisit());
    const editor = await createStaff({ role: "EDITOR" });
    const lunch = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId, title: "Farewell lunch" } });
    const e = await caught(moveSlot(editor, { slotId: lunch.id, version: 1, date: "2025-06-12", start: "13:00", shiftLater: true }));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.details?.fieldErrors?.shiftLater?.[0]).toMatch(/same day/);
    await moveSlot(editor, { slotId: lunch.id, version: 1, date: "2025-06-12", start: "13:00", shiftLater: false });
    const moved = await t.prisma.timeSlot.findUniqueOrThrow({ where: { id: lunch.id } });
    expect(moved.startsAt.toISOString()).toBe("2025-06-12T12:00:00.000Z");
    expect(moved.endsAt.getTime() - moved.startsAt.getTime()).toBe(75 * 60_000);
  });
});

describe("times that cannot be stored", () => {
  let visitId: string;
  let editor: { id: string };
  beforeAll(async () => {
    const tz = "Europe/London";
    visitId = await importVisitFile(
      visitFile({
        visit: {
          title: "Spring-forward visit",
          guestCity: "Leipzig",
          hostCity: "Birmingham",
          firstDay: "2025-03-29",
          lastDay: "2025-03-31",
          timeZone: tz,
        },
        venues: [venue({ key: "v1" })],
        delegates: [delegate({ key: "d1" })],
        slots: [],
      }),
    );
    editor = await createStaff({ role: "EDITOR" });
  });
  const base = (over: Partial<CreateSlotInput>): CreateSlotInput => ({
    visitId,
    title: "Night train arrival",
    kind: "TRAVEL",
    date: "2025-03-30",
    start: "01:30",
    end: "03:00",
    venueId: null,
    hostOrganisationId: null,
    description: "",
    delegateNotes: "",
    internalNotes: "",
    attendees: [],
    ...over,
  });

  it("refuses a local time in the spring-forward gap with a message by the start field", async () => {
    const { createSlot } = await m();
    const e = await caught(createSlot(editor, base({})));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.details?.fieldErrors?.start?.[0]).toMatch(/01:30 does not exist on 2025-03-30 in Europe\/London/);
    expect(await t.prisma.timeSlot.count({ where: { visitId } })).toBe(0);
    // 02:00 is the first minute after the change, and 00:30 GMT is stored as 00:30 UTC.
    const ok = await createSlot(editor, base({ start: "00:30", end: "02:00" }));
    const row = await t.prisma.timeSlot.findUniqueOrThrow({ where: { id: ok.slotId } });
    expect([row.startsAt.toISOString(), row.endsAt.toISOString()]).toEqual(["2025-03-30T00:30:00.000Z", "2025-03-30T01:00:00.000Z"]);
  });

  it("refuses an end before or at the start, in the form's schema and in the mutation", async () => {
    const { createSlotSchema } = await import("@/lib/slots/schema");
    const parsed = createSlotSchema.safeParse(base({ start: "11:00", end: "10:00" }));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({
      path: ["end"],
      message: 'The slot must end after it starts: 10:00 is not after 11:00. If it runs past midnight, tick "Ends the next day".',
    });
    const { createSlot } = await m();
    const before = await t.prisma.timeSlot.count({ where: { visitId } });
    const e = await caught(createSlot(editor, base({ start: "11:00", end: "11:00" })));
    expect(e.details?.fieldErrors?.end?.[0]).toMatch(/must end after it starts/);
    expect(await t.prisma.timeSlot.count({ where: { visitId } })).toBe(before);
  });
  it("stores a slot that runs past midnight when it ends the next day, and shows it that way in the form", async () => {
    const { createSlot } = await m();
    const { slotFormValues } = await import("@/lib/slots/values");
    const { toItinerarySlot, findSlot } = await import("@/lib/slots/data");
    // Saturday 29 March 22:00 GMT to Sunday 01:30: the clocks go forward at 01:00, so 01:30 is
    // not a real time that night and is refused by the end field ...
    const e = await caught(createSlot(editor, base({ date: "2025-03-29", start: "22:00", end: "01:30", endsNextDay: true })));
    expect(e.details?.fieldErrors?.end?.[0]).toMatch(/01:30 does not exist on 2025-03-30/);
    // ... 02:30 BST is, three and a half hours of real time later.
    const ok = await createSlot(
      editor,
      base({ title: "Night train to Leipzig", date: "2025-03-29", start: "22:00", end: "02:30", endsNextDay: true }),
    );
    const row = await t.prisma.timeSlot.findUniqueOrThrow({ where: { id: ok.slotId } });
    expect([row.startsAt.toISOString(), row.endsAt.toISOString()]).toEqual(["2025-03-29T22:00:00.000Z", "2025-03-30T01:30:00.000Z"]);
    const form = slotFormValues(toItinerarySlot((await t.prisma.$transaction((tx) => findSlot(tx, ok.slotId)))!), "Europe/London");
    expect(form).toMatchObject({ date: "2025-03-29", start: "22:00", end: "02:30", endsNextDay: true });
    // More than a day is refused, by the schema and by the mutation.
    const { createSlotSchema } = await import("@/lib/slots/schema");
    const long = createSlotSchema.safeParse(base({ date: "2025-03-30", start: "09:00", end: "10:00", endsNextDay: true }));
    expect(long.error!.issues[0]).toMatchObject({
      path: ["end"],
      message: 'From 09:00 to 10:00 the next day is over 24 hours. Correct the end, or untick "Ends the next day".',
    });
    const before = await t.prisma.timeSlot.count({ where: { visitId } });
    expect((await caught(createSlot(editor, base({ date: "2025-03-30", start: "09:00", end: "10:00", endsNextDay: true })))).code).toBe(
      "INVALID_INPUT",
    );
    expect(await t.prisma.timeSlot.count({ where: { visitId } })).toBe(before);
  });
});
