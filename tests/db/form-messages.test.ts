import { beforeEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../setup/db";
import { createStaff } from "../factories/staff";
import { createVisitRecord, delegateInput } from "../factories/records";
import { NUL_MESSAGE, SURROGATE_MESSAGE } from "@/lib/text-check";

// The real actions against the real database; only Next's request context is replaced.
const session = vi.hoisted(() => ({ staffId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.staffId ? { user: { staffId: session.staffId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, refresh: () => undefined }));

const t = useTestDatabase();
beforeEach(async () => {
  session.staffId = (await createStaff({ role: "EDITOR" })).id;
});

const visitInput = (over: Record<string, unknown> = {}) => ({
  title: "Form visit",
  guestCity: "Leipzig",
  hostCity: "Birmingham",
  firstDay: "2025-06-10",
  lastDay: "2025-06-12",
  timeZone: "Europe/London",
  travelMode: "WALK",
  travelSpeedKmh: "4.5",
  detourFactor: "1.3",
  ...over,
});

// Fails on the old code: the NUL byte reached PostgreSQL ("invalid byte sequence", shown as
// "Something went wrong") and the lone surrogate made Prisma throw a stack trace.
describe("form messages that say what to fix", () => {
  it("names the field holding a NUL byte or a broken character, and saves nothing", async () => {
    const { createDelegateAction } = await import("@/lib/delegates/actions");
    const visitId = await createVisitRecord();
    const before = await t.prisma.delegate.count({ where: { visitId } });
    const r = await createDelegateAction({ visitId, ...delegateInput({ name: "Anna\u0000Arndt", notes: "likes \uDE00 tea" }) });
    expect(r).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { name: [NUL_MESSAGE], notes: [SURROGATE_MESSAGE] } });
    expect(await t.prisma.delegate.count({ where: { visitId } })).toBe(before);
  });

  it("explains a number too large to use", async () => {
    const { createVisitAction } = await import("@/lib/visits/actions");
    const r = await createVisitAction(visitInput({ travelSpeedKmh: "1e400" }) as never);
    expect(r).toMatchObject({ ok: false, fieldErrors: { travelSpeedKmh: ["enter a number, like 4.5"] } });
  });

  it("holds the shared limits: a 100 kB title and the year 9999 are refused by the form too", async () => {
    const { createVisitAction } = await import("@/lib/visits/actions");
    const r = await createVisitAction(visitInput({ title: "T".repeat(100_000), firstDay: "9999-06-10", lastDay: "9999-06-12" }) as never);
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: {
        title: ["keep this under 200 characters"],
        firstDay: ["use a year from 2000 to 2100"],
        lastDay: ["use a year from 2000 to 2100"],
      },
    });
  });
});
