import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { createStaff } from "@/tests/factories/staff";
import type { AppError } from "@/lib/errors";
import { importVisitFile } from "@/tests/factories/records";

// The server actions run here with a real database; only the two framework hooks they use
// outside a request are replaced: the session lookup (so a test can be a viewer or an editor)
// and the page cache.
const session = vi.hoisted(() => ({ staffId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.staffId ? { user: { staffId: session.staffId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const t = useTestDatabase();

async function importLeipzig() {
  return importVisitFile(leipzigVisit());
}

async function review(visitId: string) {
  const { loadItinerary } = await import("@/lib/visits/data");
  const { draftKey } = await import("@/lib/publications/fingerprint");
  return draftKey((await loadItinerary(visitId))!);
}

describe("publishing", () => {
  let visitId: string;
  let editor: { id: string };
  let astonMeeting: { id: string; venueId: string | null };
  beforeAll(async () => {
    visitId = await importLeipzig();
    editor = await createStaff({ role: "EDITOR" });
    astonMeeting = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId, title: { startsWith: "Aston University" } } });
  });

  it("is refused while a venue is double-booked, and works once the clash is gone", async () => {
    const { createSlot, deleteSlot } = await import("@/lib/slots/mutations");
    const { publishDraft } = await import("@/lib/publications/mutations");
    const clash = await createSlot(editor, {
      visitId,
      title: "Second booking of the Aston room",
      kind: "MEETING",
      date: "2025-06-11",
      start: "10:00",
      end: "11:00",
      venueId: astonMeeting.venueId,
      hostOrganisationId: null,
      description: "",
      delegateNotes: "",
      internalNotes: "",
      attendees: [],
    });
    const refused = await publishDraft(editor, { visitId, draftKey: await review(visitId) }).catch((e: AppError) => e);
    expect(refused).toMatchObject({ code: "BLOCKED", message: "Not published: 1 blocking clash remains. Fix it on the schedule first." });
    expect(await t.prisma.publication.count({ where: { visitId } })).toBe(0);
    expect(await t.prisma.auditEntry.count({ where: { visitId, action: "publish" } })).toBe(0);

    await deleteSlot(editor, { slotId: clash.slotId, version: 1 });
    expect(await publishDraft(editor, { visitId, draftKey: await review(visitId) })).toMatchObject({ version: 1 });
    const p = await t.prisma.publication.findFirstOrThrow({ where: { visitId } });
    expect(p).toMatchObject({ version: 1, publishedById: editor.id });
    const entry = await t.prisma.auditEntry.findFirstOrThrow({ where: { visitId, action: "publish" } });
    expect(entry).toMatchObject({ actorId: editor.id, entity: "Publication", entityId: p.id, after: { version: 1, slots: 10 } });
  });

  it("is refused when the draft changed after it was reviewed", async () => {
    const { updateSlot } = await import("@/lib/slots/mutations");
    const { publishDraft } = await import("@/lib/publications/mutations");
    const reviewed = await review(visitId);
    const slot = await t.prisma.timeSlot.findUniqueOrThrow({ where: { id: astonMeeting.id } });
    await updateSlot(editor, {
      slotId: slot.id,
      version: slot.version,
      title: "Aston University: research exchange",
      kind: "MEETING",
      date: "2025-06-11",
      start: "09:30",
      end: "12:30",
      venueId: slot.venueId,
      hostOrganisationId: slot.hostOrganisationId,
      description: "",
      delegateNotes: "",
      internalNotes: "",
      attendees: [],
    });
    const refused = await publishDraft(editor, { visitId, draftKey: reviewed }).catch((e: AppError) => e);
    expect(refused).toMatchObject({ code: "STALE" });
    expect(await t.prisma.publication.count({ where: { visitId } })).toBe(1);
    expect(await publishDraft(editor, { visitId, draftKey: await review(visitId) })).toMatchObject({ version: 2 });
  });
});

describe("the server actions check the role", () => {
  it("refuses a viewer's writes and a signed-out request, and lets an editor through", async () => {
    const visitId = await importLeipzig();
    const viewer = await createStaff({ role: "VIEWER" });
    const editor = await createStaff({ role: "EDITOR" });
    const { createSlotAction, deleteSlotAction } = await import("@/lib/slots/actions");
    const { publishAction } = await import("@/lib/publications/actions");
    const slot = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId } });
    const input = {
      visitId,
      title: "Viewer's slot",
      kind: "MEETING" as const,
      date: "2025-06-11",
      start: "08:00",
      end: "08:30",
      venueId: "",
      hostOrganisationId: "",
      description: "",
      delegateNotes: "",
      internalNotes: "",
      attendees: [],
    };
    const count = () => t.prisma.timeSlot.count({ where: { visitId } });
    const before = await count();

    session.staffId = viewer.id;
    expect(await createSlotAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteSlotAction({ slotId: slot.id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await publishAction({ visitId, draftKey: await review(visitId) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    session.staffId = null;
    expect(await createSlotAction(input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await count()).toBe(before);
    expect(await t.prisma.publication.count({ where: { visitId } })).toBe(0);
    expect(await t.prisma.auditEntry.count({ where: { visitId } })).toBe(0);

    session.staffId = editor.id;
    expect(await createSlotAction({ ...input, end: "07:00" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        end: ['The slot must end after it starts: 07:00 is not after 08:00. If it runs past midnight, tick "Ends the next day".'],
      },
    });
    expect(await createSlotAction(input)).toMatchObject({ ok: true });
    expect(await count()).toBe(before + 1);
  });
});
