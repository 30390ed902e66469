import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { createStaff } from "@/tests/factories/staff";

// What the server says about a refused form, through the real action wrapper. The session
// lookup and cache revalidation only exist inside a request, so they are replaced here.
const session = vi.hoisted(() => ({ staffId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.staffId ? { user: { staffId: session.staffId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const t = useTestDatabase();
const visit = {
  title: "Empty date probe",
  guestCity: "Lyon",
  hostCity: "Birmingham",
  firstDay: "",
  lastDay: "2031-06-12",
  timeZone: "Europe/London",
  travelMode: "WALK" as const,
  travelSpeedKmh: 4.5,
  detourFactor: 1.3,
};

describe("a refused form, as the server answers it", () => {
  it("gives one message per field, the first that applies: an empty date only says how to write one", async () => {
    const { createVisitAction } = await import("@/lib/visits/actions");
    session.staffId = (await createStaff({ role: "EDITOR" })).id;
    const r = await createVisitAction(visit);
    expect(r).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!r.ok && r.fieldErrors).toEqual({ firstDay: ["enter a date like 2025-06-10"] });
    expect(await t.prisma.visit.count({ where: { title: visit.title } })).toBe(0);
  });

  it("says a well-written date that is not on the calendar does not exist, once", async () => {
    const { createVisitAction } = await import("@/lib/visits/actions");
    session.staffId = (await createStaff({ role: "EDITOR" })).id;
    const r = await createVisitAction({ ...visit, firstDay: "2031-02-30", lastDay: "2031-03-02" });
    expect(!r.ok && r.fieldErrors).toEqual({ firstDay: ["this date does not exist"] });
  });
});
