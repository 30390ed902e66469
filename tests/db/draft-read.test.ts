import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { Prisma } from "@/lib/generated/prisma/client";
import { importVisitFile } from "@/tests/factories/records";

// The draft is read with one SQL query for its slots (lib/visits/slot-rows.ts, decision 066):
// each slot must come out exactly as the slot editor's Prisma read gives it, protocol, gifts
// and attendances included, with the people in the visit's order of precedence.
const t = useTestDatabase();

describe("reading a visit's draft", () => {
  let visitId: string;
  beforeAll(async () => {
    visitId = await importVisitFile(leipzigVisit());
    // Protocol on one slot: an interpreter from the host side, dress code, press, two gifts out of order.
    const slot = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId }, orderBy: { startsAt: "asc" } });
    const contact = await t.prisma.hostContact.findFirstOrThrow({ where: { organisation: { visitId } } });
    await t.prisma.timeSlot.update({
      where: { id: slot.id },
      data: {
        dressCode: "BUSINESS",
        dressCodeNotes: "Dark suit",
        interpretLanguages: "de,en",
        interpreterContactId: contact.id,
        press: true,
        pressNotes: "Photo call",
        seatingNotes: "Round table",
        talkingPoints: "Green hydrogen",
        internalNotes: "Ask about parking",
      },
    });
    await t.prisma.gift.createMany({
      data: [
        { visitId, slotId: slot.id, position: 2, direction: "RECEIVED", giver: "Lord Mayor", item: "Book", recipient: "Mayor" },
        { visitId, slotId: slot.id, position: 1, giver: "Mayor", item: "Porcelain", recipient: "Lord Mayor", valueMinor: 4500 },
      ],
    });
  });

  it("gives every slot as the slot editor reads it, with its version", async () => {
    const { loadDraft } = await import("@/lib/visits/data");
    const { findSlot, toItinerarySlot } = await import("@/lib/slots/data");
    const draft = (await loadDraft(visitId))!;
    const rows = await t.prisma.timeSlot.findMany({
      where: { visitId },
      orderBy: [{ startsAt: "asc" }, { endsAt: "asc" }, { title: "asc" }],
    });
    expect(draft.itinerary.slots.map((s) => s.id)).toEqual(rows.map((r) => r.id));
    const byId = (a: { personId: string }, b: { personId: string }) => (a.personId < b.personId ? -1 : 1);
    for (const slot of draft.itinerary.slots) {
      const row = (await findSlot(t.prisma, slot.id))!;
      expect({ ...slot, attendees: [...slot.attendees].sort(byId) }).toEqual({
        ...toItinerarySlot(row),
        attendees: toItinerarySlot(row).attendees.sort(byId),
      });
      expect(draft.versions[slot.id]).toBe(row.version);
    }
    const withGifts = draft.itinerary.slots.find((s) => s.protocol?.gifts.length)!;
    expect(withGifts.protocol?.gifts.map((g) => g.item)).toEqual(["Porcelain", "Book"]);
    expect(withGifts.protocol?.interpreting.languages).toBe("de,en");
  });

  it("lists each slot's people host side first, then delegates, each in the order of precedence", async () => {
    const { loadItinerary } = await import("@/lib/visits/data");
    const { byPrecedence } = await import("@/lib/schedule/protocol");
    const it = (await loadItinerary(visitId))!;
    const rank = new Map<string, number>();
    // Across organisations: the chair of one may outrank the host of another.
    it.organisations
      .flatMap((o) => o.contacts)
      .sort(byPrecedence)
      .forEach((c, i) => rank.set(c.id, i));
    it.delegates.forEach((d, i) => rank.set(d.id, 1000 + i));
    const crowded = it.slots.filter((s) => s.attendees.length > 2);
    expect(crowded.length).toBeGreaterThan(0);
    for (const s of crowded) {
      const ranks = s.attendees.map((a) => rank.get(a.personId)!);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe("the Schedule tab's count of unpublished changes", () => {
  let visitId: string;
  beforeAll(async () => {
    visitId = await importVisitFile(leipzigVisit());
  });

  // The count the Publish page shows: its list of changes, diffed against the stored snapshot.
  const counts = async () => {
    const { loadItinerary } = await import("@/lib/visits/data");
    const { draftChangeCount, draftStatus } = await import("@/lib/publications/data");
    const draft = (await loadItinerary(visitId))!;
    const [fast, full] = await Promise.all([draftChangeCount(draft), draftStatus(draft)]);
    return { shown: fast.changed.slots, publishPage: full.changes.length, version: fast.latest?.version ?? null };
  };

  it("counts every slot before the first publication, none right after it, then each slot edited, removed or added", async () => {
    const { publishVisit } = await import("@/lib/publications/mutations");
    const slots = await t.prisma.timeSlot.findMany({ where: { visitId }, orderBy: { startsAt: "asc" } });
    expect(await counts()).toEqual({ shown: slots.length, publishPage: slots.length, version: null });
    await publishVisit(visitId, null);
    expect(await counts()).toEqual({ shown: 0, publishPage: 0, version: 1 });

    await t.prisma.timeSlot.update({ where: { id: slots[0].id }, data: { title: "Breakfast, moved", internalNotes: "not published" } });
    await t.prisma.timeSlot.update({ where: { id: slots[1].id }, data: { internalNotes: "staff only: no change to publish" } });
    await t.prisma.attendance.deleteMany({ where: { slotId: slots[2].id, delegateId: { not: null } } });
    await t.prisma.timeSlot.delete({ where: { id: slots[3].id } });
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...copy } = slots[4];
    await t.prisma.timeSlot.create({ data: { ...copy, title: "New visit" } });
    expect(await counts()).toEqual({ shown: 4, publishPage: 4, version: 1 });
  });

  it("still counts from the snapshot for a publication whose keys are missing or in another format", async () => {
    const [p] = await t.prisma.publication.findMany({ where: { visitId } });
    const keys = p.slotKeys as { format: number; slots: Record<string, string> };
    expect(keys.format).toBe(2);
    await t.prisma.publication.update({ where: { id: p.id }, data: { slotKeys: { format: 0, slots: {} } } });
    expect(await counts()).toEqual({ shown: 4, publishPage: 4, version: 1 });
    await t.prisma.publication.update({ where: { id: p.id }, data: { slotKeys: Prisma.DbNull } });
    expect(await counts()).toEqual({ shown: 4, publishPage: 4, version: 1 });
  });

  it("counts a moved transport leg and a changed hotel, which the slots alone would call 'matches'", async () => {
    const id = await importVisitFile(leipzigVisit());
    const { publishVisit } = await import("@/lib/publications/mutations");
    const { loadItinerary } = await import("@/lib/visits/data");
    const { draftChangeCount } = await import("@/lib/publications/data");
    await publishVisit(id, null);
    const now = async () => (await draftChangeCount((await loadItinerary(id))!)).changed;
    expect(await now()).toEqual({ slots: 0, legs: 0, other: false });
    const airport = await t.prisma.transportLeg.findFirstOrThrow({ where: { visitId: id, fromKind: "AIRPORT" } });
    await t.prisma.transportLeg.update({ where: { id: airport.id }, data: { pickUpAt: new Date("2025-06-10T12:35:00Z") } });
    expect(await now()).toEqual({ slots: 0, legs: 1, other: false });
    const blum = await t.prisma.delegate.findFirstOrThrow({ where: { visitId: id, name: "Manuela Blum" } });
    await t.prisma.delegate.update({ where: { id: blum.id }, data: { name: "Manuela Blum-Schmidt" } });
    expect(await now()).toEqual({ slots: 0, legs: 1, other: true });
    // A publication with keys of the old format: the same answer, from the snapshot.
    await t.prisma.publication.updateMany({ where: { visitId: id }, data: { slotKeys: { format: 1, slots: {} } } });
    expect(await now()).toEqual({ slots: 0, legs: 1, other: true });
  });

  it("names the published version, its zone and its delegates for the PDF downloads", async () => {
    const { publishedProgramme } = await import("@/lib/publications/data");
    const p = (await publishedProgramme(visitId))!;
    expect(p.version).toBe(1);
    expect(p.timeZone).toBe("Europe/London");
    expect(p.delegates.map((d) => d.name).sort()).toEqual(["Antje Nolting", "Ines Dietrich", "Manuela Blum"]);
  });
});
