import { describe, expect, it } from "vitest";
import { findConflicts, legOnlyWarnings } from "@/lib/schedule/conflicts";
import { dayItinerary } from "@/lib/schedule/timeline";
import { formOfAddress, legTitle, publicItinerary } from "@/lib/schedule/protocol";
import { legTitle as legTitleIn } from "@/lib/protocol/view";
import en from "@/lib/i18n/messages/en.json";
import { HONORIFICS } from "@/lib/i18n/labels";
import { giftRegister, registerCsvRows } from "@/lib/protocol/register";
import { nowAndNext, runSheet } from "@/lib/protocol/run-sheet";
import { sniffPhotoType, photoProblem } from "@/lib/protocol/photo";
import { at, contact, delegate, organisation, slot, venue, visitFile } from "@/tests/factories/visit-file";
import { itineraryOf, leipzigItinerary } from "@/tests/factories/itinerary";
import type { Itinerary } from "@/lib/schedule/types";

const TZ = "Europe/London";
const t = (time: string, day = "2025-06-10") => at(day, time, TZ);

// Two rooms, one host organisation with an interpreter, two delegates.
function world(over: Parameters<typeof visitFile>[0] = {}) {
  return itineraryOf(
    visitFile({
      venues: [venue({ key: "hall", name: "Council House" }), venue({ key: "lab", name: "STEAMhouse" })],
      organisations: [
        organisation({
          key: "bcc",
          contacts: [
            contact({ key: "weber", name: "Katrin Weber" }),
            contact({ key: "lm", name: "The Lord Mayor", formOfAddress: { en: "Lord Mayor", de: "Oberbürgermeister" } }),
          ],
        }),
      ],
      delegates: [
        delegate({ key: "blum", name: "Manuela Blum", honorific: "Ms", formOfAddress: { en: "Ms Blum", de: "Frau Blum" }, precedence: 1 }),
        delegate({ key: "nolting", name: "Antje Nolting", honorific: "Dr", precedence: 2 }),
      ],
      ...over,
    }),
  );
}

describe("an interpreter double-booked", () => {
  it("is a clash when the same host interpreter is booked for two overlapping slots", () => {
    const it = world({
      slots: [
        slot({
          title: "Welcome",
          start: t("10:00"),
          end: t("11:00"),
          venue: "hall",
          attendees: [{ person: "blum" }],
          protocol: { interpreting: { languages: "de-en", interpreter: "weber" } },
        }),
        slot({
          title: "Lab tour",
          start: t("10:30"),
          end: t("11:30"),
          venue: "lab",
          attendees: [{ person: "nolting" }],
          protocol: { interpreting: { languages: "de-en", interpreter: "weber" } },
        }),
      ],
    });
    const [w, ...rest] = findConflicts(it).filter((x) => x.type === "interpreter-double-booked");
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ severity: "warning", slotIds: ["slot-0", "slot-1"], personIds: ["weber"] });
    expect(w.message).toBe(
      'Interpreter Katrin Weber interprets at "Welcome" (Tue 10 Jun 10:00–11:00 BST) and also interprets at "Lab tour" (Tue 10 Jun 10:30–11:30 BST). Book another interpreter for one of them or move a slot.',
    );
  });

  it("is a clash for an outside interpreter named the same (case and spaces aside), and while a host interpreter attends another slot", () => {
    const outside = world({
      slots: [
        slot({
          title: "A",
          start: t("10:00"),
          end: t("11:00"),
          venue: "hall",
          protocol: { interpreting: { interpreterName: "Lena Hartmann" } },
        }),
        slot({
          title: "B",
          start: t("10:59"),
          end: t("12:00"),
          venue: "lab",
          protocol: { interpreting: { interpreterName: " lena hartmann" } },
        }),
      ],
    });
    expect(findConflicts(outside).filter((x) => x.type === "interpreter-double-booked")).toHaveLength(1);
    const attending = world({
      slots: [
        slot({ title: "A", start: t("10:00"), end: t("11:00"), venue: "hall", protocol: { interpreting: { interpreter: "weber" } } }),
        slot({ title: "B", start: t("10:30"), end: t("12:00"), venue: "lab", attendees: [{ person: "weber" }] }),
      ],
    });
    const [w] = findConflicts(attending).filter((x) => x.type === "interpreter-double-booked");
    expect(w.message).toContain('and attends "B"');
  });

  it("is no clash for back-to-back slots or two different interpreters", () => {
    const it = world({
      slots: [
        slot({ title: "A", start: t("10:00"), end: t("11:00"), venue: "hall", protocol: { interpreting: { interpreter: "weber" } } }),
        slot({ title: "B", start: t("11:00"), end: t("12:00"), venue: "lab", protocol: { interpreting: { interpreter: "weber" } } }),
        slot({
          title: "C",
          start: t("10:00"),
          end: t("12:00"),
          venue: null,
          protocol: { interpreting: { interpreterName: "Lena Hartmann" } },
        }),
      ],
    });
    expect(findConflicts(it).filter((x) => x.type === "interpreter-double-booked")).toEqual([]);
  });
});

describe("a late car", () => {
  const slots = [
    slot({ key: "welcome", title: "Welcome", start: t("10:00"), end: t("11:00"), venue: "hall", attendees: [{ person: "blum" }] }),
    slot({ key: "tour", title: "Lab tour", start: t("11:30"), end: t("12:30"), venue: "lab", attendees: [{ person: "blum" }] }),
  ];
  const leg = (pickUp: string, arrive: string) => ({
    from: { kind: "SLOT" as const, slot: "welcome" },
    to: { kind: "SLOT" as const, slot: "tour" },
    pickUp: t(pickUp),
    arrive: t(arrive),
    passengers: ["blum"],
  });

  it("is flagged when it picks up before the slot it leaves from ends", () => {
    const [w, ...rest] = findConflicts(world({ slots, legs: [leg("10:50", "11:10")] })).filter((x) => x.type === "late-car");
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ severity: "warning", slotIds: ["welcome"], personIds: ["blum"], legId: "leg-0" });
    expect(w.message).toBe(
      'Late car: "Car: Council House → STEAMhouse" picks up at 10:50, before "Welcome" ends at 11:00 on Tue 10 Jun (BST). Pick up later or end the slot earlier.',
    );
  });

  it("is flagged when it arrives after the next slot starts", () => {
    const [w] = findConflicts(world({ slots, legs: [leg("11:10", "11:40")] })).filter((x) => x.type === "late-car");
    expect(w.slotIds).toEqual(["tour"]);
    expect(w.message).toContain('arrives at 11:40, after "Lab tour" starts at 11:30');
  });

  it("is fine when it leaves as the slot ends and arrives as the next begins", () => {
    expect(findConflicts(world({ slots, legs: [leg("11:00", "11:30")] })).filter((x) => x.type === "late-car")).toEqual([]);
  });
});

describe("forms of address", () => {
  it("follow the reader's language, fall back to the other language, then to the name with honorific", () => {
    const it = world({ slots: [] });
    const blum = it.delegates.find((d) => d.id === "blum")!;
    const nolting = it.delegates.find((d) => d.id === "nolting")!;
    const lm = it.organisations[0].contacts.find((c) => c.id === "lm")!;
    expect([formOfAddress(blum, "en"), formOfAddress(blum, "de")]).toEqual(["Ms Blum", "Frau Blum"]);
    expect([formOfAddress(lm, "en"), formOfAddress(lm, "de")]).toEqual(["Lord Mayor", "Oberbürgermeister"]);
    expect(formOfAddress(nolting, "de")).toBe("Dr Antje Nolting");
    // Without a form of address, the honorific as the reader's language writes it.
    const dietrich = { name: "Ines Dietrich", honorific: "Ms" };
    expect([formOfAddress(dietrich, "en", HONORIFICS.en), formOfAddress(dietrich, "de", HONORIFICS.de)]).toEqual([
      "Ms Ines Dietrich",
      "Frau Ines Dietrich",
    ]);
  });
});

describe("the published copy", () => {
  it("keeps the dress code, pick-ups and hotel but drops gifts' values, talking points and seating", () => {
    const pub = publicItinerary(leipzigItinerary());
    const reception = pub.slots.find((s) => s.title.startsWith("Lord Mayor's reception"))!;
    expect(reception.protocol).toMatchObject({ dressCode: "LOUNGE_SUIT", talkingPoints: "", seatingNotes: "" });
    expect(reception.protocol!.gifts.map((g) => [g.item, g.valueMinor])).toEqual([
      ["Engraved silver dish from the Jewellery Quarter", null],
      ["Porcelain plate with the Leipzig coat of arms", null],
    ]);
    expect(JSON.stringify(pub)).not.toContain("180");
    expect(pub.legs!.some((l) => l.pickUpPlace.startsWith("Arrivals hall"))).toBe(true);
    expect(pub.delegates[0].hotel?.name).toBe("Hyatt Regency Birmingham");
  });
});

describe("the gifts register", () => {
  it("lists every gift with its value, and writes formula-like cells as text in the CSV", () => {
    const rows = giftRegister(leipzigItinerary());
    expect(rows.map((r) => [r.date, r.time, r.direction, r.valueMinor, r.currency])).toEqual([
      ["2025-06-12", "18:30", "GIVEN", 18000, "GBP"],
      ["2025-06-12", "18:30", "RECEIVED", 24000, "EUR"],
    ]);
    const csv = registerCsvRows([{ ...rows[0], item: '=HYPERLINK("x")' }]);
    expect(csv[0][6]).toBe('\'=HYPERLINK("x")');
    expect(csv[0][8]).toBe("180.00");
  });
});

describe("the run-sheet", () => {
  it("interleaves slots and cars minute by minute, with greeting, interpreter, gifts, press and people in precedence", () => {
    const sheet = runSheet(leipzigItinerary(), "2025-06-12", "en");
    expect(sheet.entries.map((e) => `${e.start} ${e.kind}`)).toEqual([
      "08:30 leg",
      "09:00 slot",
      "17:05 leg",
      "17:05 leg",
      "18:05 leg",
      "18:30 slot",
      "20:35 leg",
    ]);
    const reception = sheet.entries[5];
    expect(Object.fromEntries(reception.lines.filter(([k]) => k !== "Gifts"))).toMatchObject({
      "Greeting at arrival": "Lord Mayor → Ms Blum, Dr Nolting, Ms Dietrich",
      Interpreter: "Katrin Weber · German ↔ English",
      "Dress code": "Lounge suit — Lounge suit or business attire.",
    });
    expect(reception.lines.filter(([k]) => k === "Gifts").map(([, v]) => v)).toEqual([
      "The Lord Mayor of Birmingham → Ms Manuela Blum for the City of Leipzig: Engraved silver dish from the Jewellery Quarter",
      "Ms Manuela Blum for the City of Leipzig → The Lord Mayor of Birmingham: Porcelain plate with the Leipzig coat of arms",
    ]);
    expect(reception.delegates.map((p) => p.name)).toEqual(["Ms Manuela Blum", "Dr Antje Nolting", "Ms Ines Dietrich"]);
    expect(reception.phones.map((p) => p.name)).toEqual(["The Lord Mayor of Birmingham", "International Affairs team", "Katrin Weber"]);
    expect(sheet.entries[4].phones[0]).toMatchObject({ name: "Gary Holt", tel: "tel:+447700900101" });
  });

  it("uses the German forms of address on a German run-sheet", () => {
    const reception = runSheet(leipzigItinerary(), "2025-06-12", "de").entries[5];
    expect(reception.lines.find(([k]) => k === "Begrüßung bei Ankunft")![1]).toBe(
      "Oberbürgermeister → Frau Blum, Frau Dr. Nolting, Frau Dietrich",
    );
  });

  it("knows what is on now and next", () => {
    const sheet = runSheet(leipzigItinerary(), "2025-06-12");
    const { now, next } = nowAndNext(sheet, new Date(at("2025-06-12", "18:10", TZ)));
    expect(now.map((e) => e.title)).toEqual(["Car: Hyatt Regency Birmingham → Chamberlain Room, The Council House"]);
    expect(next?.title).toBe("Lord Mayor's reception in honour of the Leipzig delegation");
  });
});

describe("a photo", () => {
  it("is recognised by its bytes, and refused when it is not an image or too large", () => {
    expect(sniffPhotoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffPhotoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffPhotoType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))).toBe("image/webp");
    expect(photoProblem(new TextEncoder().encode("<svg onload=alert(1)>"))).toMatch(/not a PNG, JPEG or WebP/);
    const big = new Uint8Array(901 * 1024);
    big.set([0xff, 0xd8, 0xff]);
    expect(photoProblem(big)).toMatch(/the limit is 900 KB/);
  });
});

describe("a transfer outside a delegate's stay", () => {
  const base = leipzigItinerary();
  const onLegs = (it: Itinerary) => findConflicts(it).filter((w) => w.legId && w.type === "outside-stay");

  it("is flagged when the airport minibus picks her up before she lands, and when the airport run arrives after she leaves", () => {
    expect(onLegs(base)).toEqual([]);
    const it = structuredClone(base);
    const nolting = it.delegates.find((d) => d.name === "Antje Nolting")!;
    const blum = it.delegates.find((d) => d.name === "Manuela Blum")!;
    nolting.arrivalAt = "2025-06-10T12:40:00.000Z"; // 13:40 BST; the minibus waits from 13:05
    blum.departureAt = "2025-06-13T13:30:00.000Z"; // 14:30 BST; the minibus reaches the airport 14:55
    const [early, late, ...rest] = onLegs(it);
    expect(rest).toEqual([]);
    expect(early).toMatchObject({ severity: "warning", slotIds: [], personIds: [nolting.id] });
    expect(early.message).toBe(
      'Dr Antje Nolting arrives Tue 10 Jun 13:40, but "Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham" picks up at Tue 10 Jun 13:05 (BST). Move the leg, take Dr Antje Nolting off it, or correct the arrival time.',
    );
    expect(late.personIds).toEqual([blum.id]);
    expect(late.message).toMatch(
      /^Ms Manuela Blum leaves Fri 13 Jun 14:30, but "Minibus: The Council House → Birmingham Airport \(BHX\), departures" arrives at Fri 13 Jun 14:55 \(BST\)/,
    );
    expect(it.legs!.find((l) => l.id === early.legId)!.from.kind).toBe("AIRPORT");
  });

  it("is one of the day's clashes with no slot to badge, the same on the timeline's day as for the whole visit; a late car is not", () => {
    const it = structuredClone(base);
    it.delegates.find((d) => d.name === "Antje Nolting")!.arrivalAt = "2025-06-10T12:40:00.000Z";
    const toSteamhouse = it.legs!.find((l) => l.pickUpAt === "2025-06-10T15:05:00.000Z")!;
    toSteamhouse.pickUpAt = "2025-06-10T14:50:00.000Z"; // 15:50, before the welcome ends at 16:00
    const all = findConflicts(it);
    expect(all.filter((w) => w.type === "late-car").map((w) => w.legId)).toEqual([toSteamhouse.id]);
    const tuesday = dayItinerary(it, "2025-06-10");
    const legIds = tuesday.legs!.map((l) => l.id);
    const alone = legOnlyWarnings(all, legIds);
    expect(alone.map((w) => [w.type, w.legId, w.message.slice(0, 40)])).toEqual([
      ["outside-stay", it.legs![0].id, "Dr Antje Nolting arrives Tue 10 Jun 13:4"],
    ]);
    expect(legOnlyWarnings(findConflicts(tuesday), legIds)).toEqual(alone);
    expect(
      legOnlyWarnings(
        all,
        dayItinerary(it, "2025-06-11").legs!.map((l) => l.id),
      ),
    ).toEqual([]);
  });
});

describe("a transport leg's staff title", () => {
  const words = { legMode: { ...en.protocol.legMode }, legEnd: { ...en.protocol.legEnd } };

  it("names the hotel, the airport and the slot's venue, as the Protocol page, the publish review and the clashes all say it", () => {
    const it = leipzigItinerary();
    const [airport, walk] = it.legs!;
    expect(legTitle(it, airport, words)).toBe("Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
    expect(legTitle(it, walk, words)).toBe("On foot: Hyatt Regency Birmingham → The Council House");
    expect(legTitleIn(it, airport)).toBe(legTitle(it, airport, words));
    expect(legTitleIn(it, airport, "de")).toBe("Kleinbus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
  });

  it("names both hotels when the passengers stay at two, a slot without a venue by its title, and an end it cannot name by its kind", () => {
    const it = structuredClone(leipzigItinerary());
    const [airport, walk] = it.legs!;
    it.delegates.find((d) => d.name === "Antje Nolting")!.hotel!.name = "Jurys Inn";
    expect(legTitle(it, airport, words)).toBe("Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham / Jurys Inn");
    it.slots.find((s) => s.id === walk.to.slotId)!.venueId = null;
    expect(legTitle(it, walk, words)).toMatch(/^On foot: Hyatt Regency Birmingham \/ Jurys Inn → Welcome and programme briefing$/);
    for (const d of it.delegates) d.hotel = null;
    expect(legTitle(it, { ...walk, to: { kind: "SLOT", slotId: "gone", place: "" } }, words)).toBe("On foot: Hotel → Slot");
  });
});
