import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../setup/db";
import { createStaff } from "../factories/staff";
import { createVisitRecord, delegateInput } from "../factories/records";

// The real actions and guards against the real database; only the session lookup (Next's
// request context) and cache revalidation are replaced, since no request exists here.
const session = vi.hoisted(() => ({ staffId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.staffId ? { user: { staffId: session.staffId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const t = useTestDatabase();
beforeEach(() => {
  session.staffId = null;
});

describe("the server refuses writes by role", () => {
  it("a viewer's delegate create, venue delete and CSV import are refused and change nothing", async () => {
    const { createDelegateAction, importDelegatesAction } = await import("@/lib/delegates/actions");
    const { deleteVenueAction } = await import("@/lib/venues/actions");
    const visitId = await createVisitRecord();
    const venue = await t.prisma.venue.findFirstOrThrow({ where: { visitId } });
    session.staffId = (await createStaff({ role: "VIEWER" })).id;
    const before = await t.prisma.delegate.count({ where: { visitId } });

    const created = await createDelegateAction({ visitId, ...delegateInput() });
    expect(created).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await importDelegatesAction({ visitId, csv: "name\nA" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await deleteVenueAction({ visitId, id: venue.id, version: venue.version })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await t.prisma.delegate.count({ where: { visitId } })).toBe(before);
    expect(await t.prisma.venue.count({ where: { id: venue.id } })).toBe(1);
  });

  it("an editor's create goes through the same action; an editor cannot invite staff", async () => {
    const { createDelegateAction } = await import("@/lib/delegates/actions");
    const { inviteStaffAction } = await import("@/lib/staff/actions");
    const visitId = await createVisitRecord();
    session.staffId = (await createStaff({ role: "EDITOR" })).id;
    const r = await createDelegateAction({ visitId, ...delegateInput({ name: "Editor Made" }) });
    expect(r.ok).toBe(true);
    expect(await t.prisma.delegate.count({ where: { visitId, name: "Editor Made" } })).toBe(1);
    expect(await inviteStaffAction({ name: "X", email: "x@example.org", role: "ADMIN" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a disabled account's still-valid session is refused at once", async () => {
    const { createDelegateAction } = await import("@/lib/delegates/actions");
    const visitId = await createVisitRecord();
    session.staffId = (await createStaff({ role: "EDITOR", disabled: true })).id;
    expect(await createDelegateAction({ visitId, ...delegateInput() })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("a bad field is reported by the field and nothing is written", async () => {
    const { createDelegateAction } = await import("@/lib/delegates/actions");
    const visitId = await createVisitRecord();
    session.staffId = (await createStaff({ role: "EDITOR" })).id;
    const r = await createDelegateAction({ visitId, ...delegateInput({ name: "Bad Mail", email: "nope" }) });
    expect(r).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { email: ["use an e-mail address like name@example.org"] } });
    expect(await t.prisma.delegate.count({ where: { visitId, name: "Bad Mail" } })).toBe(0);
  });
});
