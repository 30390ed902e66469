import { Prisma } from "@/lib/generated/prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { issueLink, revokeLink } from "@/lib/delegate-links/mutations";
import { publishVisit } from "@/lib/publications/mutations";
import { delegatePage, openDelegateLink, recordSeen } from "@/lib/delegate-view/data";
import { cachedSnapshots } from "@/lib/delegate-view/snapshot-cache";
import { importVisitFile } from "@/tests/factories/records";

// The delegate page keeps published snapshots in process memory. These check what a delegate
// would notice if that cache were wrong: a revoked link must stop at once, a new publication
// must show on the next load, and the "seen" bookkeeping must not rewrite unchanged rows.
// `page` is what a delegate's browser does: load the page, then report it shown.

const t = useTestDatabase();
let visitId: string;
let blumId: string;
const JUNE_1 = new Date("2025-06-01T09:00:00Z");

beforeAll(async () => {
  visitId = await importVisitFile(leipzigVisit());
  blumId = (await t.prisma.delegate.findFirstOrThrow({ where: { visitId, name: "Manuela Blum" } })).id;
  await publishVisit(visitId, null);
});

async function page(token: string, now = JUNE_1) {
  const link = await openDelegateLink(token);
  if (!link) return null;
  const shown = delegatePage(link, now);
  if (shown.publicationId) await recordSeen(token, shown.publicationId, now);
  return shown;
}

describe("the delegate page with its snapshot in memory", () => {
  it("opens a link to the delegate, their language, what they saw and the latest publication, as Prisma reads them", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    const seen = { v: 1, slots: { s1: "fp" }, changedAt: {} };
    await t.prisma.delegate.update({ where: { id: blumId }, data: { language: "de", seenSlots: seen } });
    const link = (await openDelegateLink(token))!;
    const d = await t.prisma.delegate.findUniqueOrThrow({ where: { id: blumId } });
    const latest = await t.prisma.publication.findFirstOrThrow({ where: { visitId }, orderBy: { version: "desc" } });
    expect(link).toMatchObject({ delegateId: blumId, visitId, language: "de", seenSlots: seen });
    expect(d.seenSlots).toEqual(seen);
    expect(link.publication).toMatchObject({ id: latest.id, version: latest.version, publishedAt: latest.publishedAt.toISOString() });
    expect(link.publication?.itinerary.delegates.map((x) => x.name)).toContain("Manuela Blum");
    await t.prisma.delegate.update({ where: { id: blumId }, data: { language: "en", seenSlots: Prisma.DbNull } });
  });

  it("answers a revoked link with nothing on the very next request, though its snapshot is cached", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    expect((await page(token))?.status).toBe("ok");
    expect(cachedSnapshots()).toBeGreaterThan(0);
    await revokeLink({ visitId, delegateId: blumId, actorId: null });
    expect(await openDelegateLink(token)).toBeNull();
  });

  it("stops the old link and opens the new one when a link is re-issued", async () => {
    const first = await issueLink({ visitId, delegateId: blumId, actorId: null });
    expect((await page(first.token))?.status).toBe("ok");
    const second = await issueLink({ visitId, delegateId: blumId, actorId: null });
    expect(await openDelegateLink(first.token)).toBeNull();
    expect((await page(second.token))?.status).toBe("ok");
  });

  it("shows a new publication on the next load, with the changed slot marked", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    const before = await page(token);
    if (before?.status !== "ok") throw new Error("no programme");
    const slot = before.programme.days.flatMap((d) => d.slots)[0];
    await t.prisma.timeSlot.update({ where: { id: slot.id }, data: { title: `${slot.title} (new room)` } });
    await publishVisit(visitId, null);

    const after = await page(token);
    if (after?.status !== "ok") throw new Error("no programme");
    expect(after.version).toBe(before.version + 1);
    const now = after.programme.days.flatMap((d) => d.slots).find((s) => s.id === slot.id)!;
    expect(now.title).toBe(`${slot.title} (new room)`);
    expect(now.changed).toBe(true);
  });

  it("writes what the delegate saw only when it differs from what is stored", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    await page(token);
    const stored = await t.prisma.delegate.findUniqueOrThrow({ where: { id: blumId } });
    await page(token);
    const again = await t.prisma.delegate.findUniqueOrThrow({ where: { id: blumId } });
    expect(again.updatedAt).toEqual(stored.updatedAt);
    expect(again.seenSlots).toEqual(stored.seenSlots);
  });

  it("never lets one request's data change the shared snapshot", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    const link = (await openDelegateLink(token))!;
    expect(() => {
      (link.publication!.itinerary.slots as unknown[]).push({});
    }).toThrow(TypeError);
    const a = await page(token);
    const b = await page(token);
    if (a?.status !== "ok" || b?.status !== "ok") throw new Error("no programme");
    a.programme.days[0].slots.splice(0);
    expect(b.programme.days[0].slots.length).toBeGreaterThan(0);
  });
  it("names a slot taken out of her programme on her next look, for a day, then lets it go", async () => {
    const { token } = await issueLink({ visitId, delegateId: blumId, actorId: null });
    await page(token);
    const slot = await t.prisma.timeSlot.findFirstOrThrow({
      where: { visitId, attendances: { some: { delegateId: blumId } } },
      orderBy: { startsAt: "desc" },
    });
    await t.prisma.attendance.deleteMany({ where: { slotId: slot.id, delegateId: blumId } });
    await publishVisit(visitId, null);
    const after = await page(token);
    if (after?.status !== "ok") throw new Error("no programme");
    expect(after.removed).toEqual([{ title: slot.title, startsAt: slot.startsAt.toISOString() }]);
    expect(after.programme.days.flatMap((d) => d.slots).some((s) => s.id === slot.id)).toBe(false);
    // Still named on a second look the same day (a reload must not lose it) ...
    const again = await page(token);
    expect(again?.status === "ok" && again.removed.map((r) => r.title)).toEqual([slot.title]);
    // ... and gone a day later.
    const later = await page(token, new Date(JUNE_1.getTime() + 25 * 3_600_000));
    expect(later?.status === "ok" && later.removed).toEqual([]);
  });
});
