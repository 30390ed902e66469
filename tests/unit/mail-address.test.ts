import { describe, expect, it } from "vitest";
import { changesMail, linkMail, reminderMail, visitContact } from "@/lib/mail/compose";
import { publicItinerary } from "@/lib/schedule/protocol";
import type { Itinerary } from "@/lib/schedule/types";
import { leipzigItinerary } from "@/tests/factories/itinerary";

// E-mails to delegates as rendered (HTML → text): the people they name by their form of
// address in the e-mail's language, and the day's pick-ups and dress code in the reminder.
// The delegates read the published copy, as the outbox worker sends it.
const it_ = publicItinerary(leipzigItinerary());
const nolting = it_.delegates.find((d) => d.id === "nolting")!;
const inEnglish = { ...nolting, language: "en" as const };

describe("forms of address in e-mails", () => {
  it("greets her by her form of address in the e-mail's language", async () => {
    const de = await linkMail({ it: it_, delegate: nolting, pageUrl: "https://itinera.test/d/x", withPdf: false });
    const en = await linkMail({ it: it_, delegate: inEnglish, pageUrl: "https://itinera.test/d/x", withPdf: false });
    expect(de.text).toContain("Guten Tag Frau Dr. Nolting,");
    expect(en.text).toContain("Dear Dr Nolting,");
    expect(en.text).not.toContain("Antje");
  });

  it("names the contact to ask by their form of address, the first in precedence on a tie", async () => {
    // Only the Aston meeting left: Professor Caine hosts it.
    const aston: Itinerary = { ...it_, slots: it_.slots.filter((s) => s.title.startsWith("Aston University")) };
    expect(visitContact(aston, "de")).toMatch(/^Herr Professor Caine, \+44 121 496 0200/);
    expect(visitContact(aston, "en")).toMatch(/^Professor Caine, \+44 121 496 0200/);
    const mail = await reminderMail({ it: aston, delegate: nolting, pageUrl: null, date: "2025-06-11" });
    expect(mail.text).toContain("Ihr Kontakt in Birmingham: Herr Professor Caine, +44 121 496 0200");
  });
});

describe("the evening reminder", () => {
  it("gives tomorrow's pick-ups between the slots and the dress code, never a gift", async () => {
    const de = (await reminderMail({ it: it_, delegate: nolting, pageUrl: null, date: "2025-06-12" })).text.replace(/\s+/g, " ");
    expect(de).toMatch(
      /18:05–18:20 BST \(Leipzig 19:05–19:20 CEST\) · Auto: Hyatt Regency Birmingham → Chamberlain Room, The Council House Abholung: Hotel entrance, Bridge Street Council car \(silver Skoda Superb, BV24 LMO\) · Fahrer\/in: Gary Holt, \+44 7700 900101 18:30–20:30 BST \(Leipzig 19:30–21:30 CEST\) · Lord Mayor's reception/,
    );
    expect(de).toContain("Kleiderordnung: Dunkler Anzug — Lounge suit or business attire.");
    expect(de).not.toMatch(/silver dish|Porcelain|£|Receiving line/);
    const en = (await reminderMail({ it: it_, delegate: inEnglish, pageUrl: null, date: "2025-06-12" })).text.replace(/\s+/g, " ");
    expect(en).toContain("Car: Hyatt Regency Birmingham → Chamberlain Room, The Council House Pick-up: Hotel entrance, Bridge Street");
    expect(en).toContain("Dress code: Lounge suit — Lounge suit or business attire.");
  });
});

describe("the change e-mail", () => {
  it("tells her when only her pick-up to a slot moved, before → after, in her language", async () => {
    const after: Itinerary = structuredClone(it_);
    const reception = after.slots.find((s) => s.title.startsWith("Lord Mayor's reception"))!;
    const car = after.legs!.find((l) => l.to.slotId === reception.id)!;
    car.pickUpAt = new Date(Date.parse(car.pickUpAt) - 15 * 60_000).toISOString();
    const de = (await changesMail({ it: after, before: it_, delegate: nolting, pageUrl: null })).text.replace(/\s+/g, " ");
    expect(de).toContain(reception.title);
    expect(de).toMatch(/Abholung: 18:05, Hotel entrance, Bridge Street · Auto, Council car[^→]*→ 17:50, Hotel entrance/);
    expect(de).not.toContain("Ensemble Nobilis");
  });

  it("tells her when the minibus from the airport meets her at another time", async () => {
    const after: Itinerary = structuredClone(it_);
    const airport = after.legs!.find((l) => l.from.kind === "AIRPORT")!;
    airport.pickUpAt = "2025-06-10T12:35:00.000Z";
    airport.arriveAt = "2025-06-10T13:15:00.000Z";
    const mail = await changesMail({ it: after, before: it_, delegate: nolting, pageUrl: null });
    const de = mail.text.replace(/\s+/g, " ");
    expect(de).toContain("Geändert: Kleinbus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
    expect(de).toContain(
      "Zeit: Di., 10. Juni, 13:05–13:45 BST (Leipzig 14:05–14:45 CEST) → Di., 10. Juni, 13:35–14:15 BST (Leipzig 14:35–15:15 CEST)",
    );
    // Her home time is called what her page and PDF call it: Leipzig, unless she lives elsewhere.
    const fromVienna = { ...inEnglish, homeTimeZone: "Europe/Vienna" };
    const en = (await changesMail({ it: after, before: it_, delegate: fromVienna, pageUrl: null })).text.replace(/\s+/g, " ");
    expect(en).toContain("Changed: Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
    expect(en).toContain("(Vienna 14:35–15:15 CEST)");
  });
});
