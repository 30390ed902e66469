import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";

// The draft is read with one SQL query for its slots (lib/visits/slot-rows.ts, decision 066):
// each slot must come out exactly as the slot editor's Prisma read gives it, protocol, gifts
// and attendances included, with the people in the visit's order of precedence.
const t = useTestDatabase();

describe("reading a visit's draft", () => {
  let visitId: string;
  beforeAll(async () => {
    const { validateVisitFile } = await import("@/lib/visits/file-validate");
    const { importVisit } = await import("@/lib/visits/import");
    const v = validateVisitFile(leipzigVisit());
    if (!v.ok) throw new Error("invalid");
    visitId = await importVisit(v.file);
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
