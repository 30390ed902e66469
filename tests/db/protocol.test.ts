import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { createStaff } from "@/tests/factories/staff";
import { importVisitFile } from "@/tests/factories/records";

// The protocol layer against a real database, through the server actions: only the session
// lookup and the page cache are replaced (as in publish.test.ts).
const session = vi.hoisted(() => ({ staffId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.staffId ? { user: { staffId: session.staffId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const t = useTestDatabase();
const PNG: Uint8Array<ArrayBuffer> = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

async function importLeipzig() {
  return importVisitFile(leipzigVisit());
}

describe("the protocol layer", () => {
  let visitId: string;
  beforeAll(async () => {
    visitId = await importLeipzig();
    session.staffId = (await createStaff({ role: "EDITOR" })).id;
  });

  it("keeps the order of precedence staff set, in the delegates list and every slot's people, and logs it", async () => {
    const { reorderPeopleAction } = await import("@/lib/protocol/actions");
    const { delegatesOfVisit } = await import("@/lib/delegates/data");
    const { loadItinerary } = await import("@/lib/visits/data");
    const before = await delegatesOfVisit(visitId, "Europe/London");
    expect(before.map((d) => d.name)).toEqual(["Manuela Blum", "Antje Nolting", "Ines Dietrich"]);
    const byName = Object.fromEntries(before.map((d) => [d.name, d.id]));
    const r = await reorderPeopleAction({
      visitId,
      kind: "delegate",
      ids: [byName["Ines Dietrich"], byName["Manuela Blum"], byName["Antje Nolting"]],
    });
    expect(r.ok).toBe(true);
    expect((await delegatesOfVisit(visitId, "Europe/London")).map((d) => d.name)).toEqual([
      "Ines Dietrich",
      "Manuela Blum",
      "Antje Nolting",
    ]);
    const welcome = (await loadItinerary(visitId))!.slots.find((s) => s.title.startsWith("Welcome"))!;
    expect(welcome.attendees.filter((a) => a.kind === "delegate").map((a) => a.personId)).toEqual([
      byName["Ines Dietrich"],
      byName["Manuela Blum"],
      byName["Antje Nolting"],
    ]);
    const entry = await t.prisma.auditEntry.findFirstOrThrow({ where: { visitId, action: "reorder" } });
    expect(entry.after).toEqual({ order: ["Ines Dietrich", "Manuela Blum", "Antje Nolting"] });
    // A list that misses someone (added meanwhile) is refused, and nothing changes.
    const stale = await reorderPeopleAction({ visitId, kind: "delegate", ids: [byName["Manuela Blum"], byName["Antje Nolting"]] });
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    await reorderPeopleAction({ visitId, kind: "delegate", ids: before.map((d) => d.id) });
  });

  it("stores a photo checked by its bytes, serves it to staff only, and refuses a file that is not an image", async () => {
    const { setPhotoAction } = await import("@/lib/protocol/actions");
    const { photoResponse } = await import("@/lib/protocol/handlers");
    const blum = await t.prisma.delegate.findFirstOrThrow({ where: { visitId, name: "Manuela Blum" } });
    const form = (bytes: Uint8Array<ArrayBuffer>, type: string) => {
      const f = new FormData();
      f.set("visitId", visitId);
      f.set("kind", "delegate");
      f.set("personId", blum.id);
      f.set("photo", new Blob([bytes], { type }));
      return f;
    };
    const fake = await setPhotoAction(form(new Uint8Array(new TextEncoder().encode("<svg onload=alert(1)>")), "image/png") as never);
    expect(fake).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { photo: ["This is not a PNG, JPEG or WebP image. Save the photo in one of these formats."] },
    });
    expect(await setPhotoAction(form(PNG, "application/octet-stream") as never)).toMatchObject({ ok: true, data: { hasPhoto: true } });
    const params = { params: Promise.resolve({ id: visitId, personId: blum.id }) };
    const res = await photoResponse(new Request("http://x/"), params);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/png");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    const staffId = session.staffId;
    session.staffId = null;
    expect((await photoResponse(new Request("http://x/"), params)).status).toBe(401);
    session.staffId = staffId;
  });

  it("saves a slot's protocol and gifts with the slot, in the audit log, and the gifts register CSV lists them with values", async () => {
    const { updateSlotAction } = await import("@/lib/slots/actions");
    const { slotFormValues } = await import("@/lib/slots/values");
    const { toItinerarySlot, findSlot } = await import("@/lib/slots/data");
    const { giftsCsvResponse } = await import("@/lib/protocol/handlers");
    const row = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId, title: { startsWith: "Grand Union" } } });
    const current = (await findSlot(t.prisma as never, row.id))!;
    const values = slotFormValues(toItinerarySlot(current), "Europe/London", current.version);
    const r = await updateSlotAction({
      ...values,
      slotId: row.id,
      version: current.version,
      protocol: {
        ...values.protocol!,
        gifts: [
          {
            direction: "RECEIVED",
            giver: "Ms Blum",
            item: "Leipzig Lerche pastries",
            recipient: "Grand Union team",
            value: "12,50",
            currency: "GBP",
          },
        ],
      },
    } as never);
    expect(r).toMatchObject({ ok: true });
    const gifts = await t.prisma.gift.findMany({ where: { slotId: row.id } });
    expect(gifts).toMatchObject([{ item: "Leipzig Lerche pastries", valueMinor: 1250, direction: "RECEIVED" }]);
    const entry = await t.prisma.auditEntry.findFirstOrThrow({ where: { entityId: row.id, action: "update" } });
    expect((entry.after as { protocol: { gifts: { item: string }[] } }).protocol.gifts[0].item).toBe("Leipzig Lerche pastries");
    const bytes = new Uint8Array(
      await (await giftsCsvResponse(new Request("http://x/"), { params: Promise.resolve({ id: visitId }) })).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so Excel reads UTF-8
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split("\r\n").slice(0, 4)).toEqual([
      "date,time,occasion,venue,given_or_received,giver,gift,recipient,estimated_value,currency,notes",
      "2025-06-10,17:45,Grand Union's Floating Garden,Grand Union – Floating Garden,received,Ms Blum,Leipzig Lerche pastries,Grand Union team,12.50,GBP,",
      '2025-06-12,18:30,Lord Mayor\'s reception in honour of the Leipzig delegation,"Chamberlain Room, The Council House",given,The Lord Mayor of Birmingham,Engraved silver dish from the Jewellery Quarter,Ms Manuela Blum for the City of Leipzig,180.00,GBP,',
      "2025-06-12,18:30,Lord Mayor's reception in honour of the Leipzig delegation,\"Chamberlain Room, The Council House\",received,Ms Manuela Blum for the City of Leipzig,Porcelain plate with the Leipzig coat of arms,The Lord Mayor of Birmingham,240.00,EUR,Register under gifts received by the Lord Mayor's office.",
    ]);
  });

  it("flags a car booked to arrive after the reception starts, and clears it when the pick-up is earlier", async () => {
    const { createLegAction, updateLegAction } = await import("@/lib/protocol/actions");
    const { findConflicts } = await import("@/lib/schedule/conflicts");
    const { loadItinerary } = await import("@/lib/visits/data");
    const reception = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId, title: { startsWith: "Lord Mayor" } } });
    const nolting = await t.prisma.delegate.findFirstOrThrow({ where: { visitId, name: "Antje Nolting" } });
    const leg = {
      visitId,
      from: { kind: "PLACE" as const, slotId: "", place: "Aston University" },
      to: { kind: "SLOT" as const, slotId: reception.id, place: "" },
      mode: "TAXI" as const,
      pickUpAt: "2025-06-12 18:20",
      arriveAt: "2025-06-12 18:40",
      passengers: [{ kind: "delegate" as const, personId: nolting.id }],
    };
    const created = await createLegAction(leg);
    expect(created).toMatchObject({ ok: true });
    const late = findConflicts((await loadItinerary(visitId))!).filter((w) => w.type === "late-car");
    expect(late.map((w) => w.message)).toEqual([
      'Late car: "Taxi: Aston University → Chamberlain Room, The Council House" arrives at 18:40, after "Lord Mayor\'s reception in honour of the Leipzig delegation" starts at 18:30 on Thu 12 Jun (BST). Pick up earlier or start the slot later.',
    ]);
    const id = (created as { data: { id: string } }).data.id;
    expect(await updateLegAction({ ...leg, id, version: 1, pickUpAt: "2025-06-12 18:00", arriveAt: "2025-06-12 18:25" })).toMatchObject({
      ok: true,
    });
    expect(findConflicts((await loadItinerary(visitId))!).filter((w) => w.type === "late-car")).toEqual([]);
  });

  it("publishes the pick-ups, hotel and dress code for delegates, never a gift's value, talking points or seating", async () => {
    const { publishVisit } = await import("@/lib/publications/mutations");
    const { latestPublication } = await import("@/lib/publications/data");
    await publishVisit(visitId, null);
    const pub = (await latestPublication(visitId))!;
    const text = JSON.stringify(pub.itinerary);
    expect(text).toContain("Arrivals hall, by the Costa Coffee");
    expect(text).toContain("Hyatt Regency Birmingham");
    expect(text).toContain("LOUNGE_SUIT");
    expect(text).not.toMatch(/"valueMinor":\d/);
    expect(text).not.toContain("Thank Ensemble Nobilis");
    expect(text).not.toContain("Receiving line");
    // Staff still see all of it in the draft.
    expect(await t.prisma.gift.count({ where: { visitId, valueMinor: 18000 } })).toBe(1);
  });
});
