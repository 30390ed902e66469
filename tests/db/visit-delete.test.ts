import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { createStaff } from "@/tests/factories/staff";
import { importVisitFile } from "@/tests/factories/records";

// Deleting a whole visit through its server action, as the settings page does. The session
// lookup and cache revalidation only exist inside a request, so they are replaced here.
const session = vi.hoisted(() => ({ staffId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.staffId ? { user: { staffId: session.staffId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const t = useTestDatabase();

async function publishedLeipzig() {
  const { publishVisit } = await import("@/lib/publications/mutations");
  const { issueLink } = await import("@/lib/delegate-links/mutations");
  const visitId = await importVisitFile(leipzigVisit());
  await publishVisit(visitId, null);
  const blum = await t.prisma.delegate.findFirstOrThrow({ where: { visitId, name: "Manuela Blum" } });
  const { token } = await issueLink({ visitId, delegateId: blum.id, actorId: null });
  return { visitId, token };
}

describe("deleting a visit", () => {
  it("is for admins only; an editor's or a stale request changes nothing", async () => {
    const { deleteVisitAction } = await import("@/lib/visits/actions");
    const { visitId } = await publishedLeipzig();
    session.staffId = (await createStaff({ role: "EDITOR" })).id;
    expect(await deleteVisitAction({ id: visitId, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    session.staffId = (await createStaff({ role: "ADMIN" })).id;
    expect(await deleteVisitAction({ id: visitId, version: 0 })).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    await t.prisma.visit.update({ where: { id: visitId }, data: { version: { increment: 1 } } });
    expect(await deleteVisitAction({ id: visitId, version: 1 })).toMatchObject({ ok: false, code: "STALE" });
    expect(await t.prisma.visit.count({ where: { id: visitId } })).toBe(1);
    expect(await t.prisma.timeSlot.count({ where: { visitId } })).toBeGreaterThan(0);
  });

  it("takes everything in the visit with it, stops the delegates' links, and keeps its history and a record of what went", async () => {
    const { deleteVisitAction } = await import("@/lib/visits/actions");
    const { openDelegateLink } = await import("@/lib/delegate-view/data");
    const { visitId, token } = await publishedLeipzig();
    expect(await openDelegateLink(token)).not.toBeNull();
    const history = await t.prisma.auditEntry.count({ where: { visitId } });
    expect(history).toBeGreaterThan(0);
    const admin = await createStaff({ role: "ADMIN" });
    session.staffId = admin.id;
    const r = await deleteVisitAction({ id: visitId, version: 1 });
    expect(r).toMatchObject({ ok: true, data: { title: "Leipzig delegation to Birmingham", delegates: 3, publications: 1 } });
    for (const count of [
      t.prisma.visit.count({ where: { id: visitId } }),
      t.prisma.delegate.count({ where: { visitId } }),
      t.prisma.timeSlot.count({ where: { visitId } }),
      t.prisma.venue.count({ where: { visitId } }),
      t.prisma.hostOrganisation.count({ where: { visitId } }),
      t.prisma.publication.count({ where: { visitId } }),
    ]) {
      expect(await count).toBe(0);
    }
    expect(await openDelegateLink(token)).toBeNull();
    // The visit's history outlives it, still under its id.
    expect(await t.prisma.auditEntry.count({ where: { visitId } })).toBe(history);
    const entry = await t.prisma.auditEntry.findFirstOrThrow({ where: { entity: "visit", entityId: visitId } });
    expect(entry).toMatchObject({ visitId: null, actorId: admin.id, action: "delete" });
    expect(entry.before).toMatchObject({ title: "Leipzig delegation to Birmingham", firstDay: "2025-06-10", delegates: 3 });
    // Once gone, a repeated request says so.
    expect(await deleteVisitAction({ id: visitId, version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
