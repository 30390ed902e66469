import { beforeAll, describe, expect, it } from "vitest";
import { hashToken, newToken } from "@/lib/delegate-links/tokens";
import { delegateItineraryResponse } from "@/lib/export/pdf/handlers";
import { renderItineraries, renderProgramme } from "@/lib/export/pdf/render";
import type { Publication } from "@/lib/schedule/types";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { at, contact, delegate, organisation, slot, venue, visitFile } from "@/tests/factories/visit-file";
import { useTestDatabase } from "@/tests/setup/db";
import { flat, imageCount, pagesOf, publishedVisit } from "./pdf-helpers";

// Personal itineraries: the delegate's language, only their slots, their home time, names
// with diacritics intact, and the delegate's own download behind their private link.
const t = useTestDatabase();

const TZ = "Europe/London";
const ZOE = "Zoë Müller-Ødegård";

/** Two delegates with slots of their own, names and places beyond Latin-1. */
function accentedVisit() {
  return visitFile({
    visit: { title: "Kraków–Pécs study tour", guestCity: "Pécs", hostCity: "Birmingham", firstDay: "2025-06-10", lastDay: "2025-06-11", timeZone: TZ },
    venues: [venue({ key: "hall", name: "Sőrház Hall", address: "ul. Łąkowa 5, Kraków" })],
    organisations: [organisation({ key: "org", name: "Miasto Kraków – Wydział Współpracy", contacts: [contact({ key: "lw", name: "Łukasz Wójcik", phone: "+48 12 616 1200" })] })],
    delegates: [
      delegate({ key: "zoe", name: ZOE, language: "de", homeTimeZone: "Europe/Oslo" }),
      delegate({ key: "ana", name: "Ana Šimić", language: "en", homeTimeZone: "Europe/Zagreb" }),
    ],
    slots: [
      slot({ title: "Zoë's own briefing", start: at("2025-06-10", "09:00", TZ), end: at("2025-06-10", "10:00", TZ), venue: "hall", host: "org",
        delegateNotes: "Bitte Ausweis mitbringen.", internalNotes: "STAFF ONLY: room booked under Ødegård.",
        attendees: [{ person: "zoe" }, { person: "lw", role: "HOST" }] }),
      slot({ title: "Ana's site visit", start: at("2025-06-10", "11:00", TZ), end: at("2025-06-10", "12:00", TZ), venue: "hall", host: "org",
        attendees: [{ person: "ana" }, { person: "lw", role: "HOST" }] }),
      slot({ title: "Joint dinner", kind: "MEAL", start: at("2025-06-11", "19:00", TZ), end: at("2025-06-11", "21:00", TZ), venue: "hall", host: "org",
        attendees: [{ person: "zoe" }, { person: "ana" }] }),
    ],
  });
}

describe("a German itinerary (Manuela Blum, Leipzig visit)", () => {
  let pub: Publication;
  let text: string;
  beforeAll(async () => {
    ({ pub } = await publishedVisit(leipzigVisit()));
    const blum = pub.itinerary.delegates.find((d) => d.name === "Manuela Blum")!;
    expect(blum.language).toBe("de");
    text = flat(pagesOf(await renderItineraries(pub, [{ delegate: blum, liveUrl: null }])).join(" "));
  });

  it("uses German day names, dates and labels", () => {
    for (const day of ["Dienstag, 10. Juni 2025", "Mittwoch, 11. Juni 2025", "Donnerstag, 12. Juni 2025", "Freitag, 13. Juni 2025"]) {
      expect(text).toContain(day);
    }
    expect(text).toContain("PERSÖNLICHER REISEPLAN");
    expect(text).toContain("Frau Manuela Blum");
    expect(text).toContain("Alle Zeiten in Ortszeit Birmingham (BST)");
    expect(text).toMatch(/Seite 1 von \d/);
    expect(text).not.toContain("Wednesday");
  });

  it("shows her Berlin home time beside the local time, and whom to call", () => {
    // The welcome at 15:00 BST is 16:00 in Leipzig.
    expect(text).toMatch(/15:00–16:00 .*16:00–17:00 Berlin/);
    expect(text).toContain("International Affairs team, Visit lead, +44 121 496 0100");
  });

  it("prints her notes, never the staff's internal notes", () => {
    expect(text).toContain("Dress: business attire.");
    for (const note of pub.itinerary.slots.map((s) => s.internalNotes).filter(Boolean)) expect(text).not.toContain(note);
  });

  it("numbers each delegate's pages on their own when all itineraries come in one PDF", async () => {
    const delegates = [...pub.itinerary.delegates].sort((a, b) => a.name.localeCompare(b.name));
    const all = await renderItineraries(pub, delegates.map((delegate) => ({ delegate, liveUrl: null })));
    const pages = pagesOf(all).map(flat);
    const numbers = pages.map((p) => /(Page|Seite) \d+ (of|von) \d+/.exec(p)?.[0]);
    const owners = pages.map((p) => delegates.find((d) => p.includes(`${d.name} · Leipzig delegation`))?.name);
    // Antje Nolting (de), Ines Dietrich (en), Manuela Blum (de): three pages each
    expect(owners).toEqual(delegates.flatMap((d) => [d.name, d.name, d.name]));
    expect(numbers).toEqual(delegates.flatMap((d) => (d.language === "de" ? [1, 2, 3].map((n) => `Seite ${n} von 3`) : [1, 2, 3].map((n) => `Page ${n} of 3`))));
  });
});

describe("names with diacritics and a delegate's own slots", () => {
  let pub: Publication;
  let visitId: string;
  beforeAll(async () => {
    ({ pub, visitId } = await publishedVisit(accentedVisit()));
  });

  it("keeps ë, ü, Ø, ł, ő, ą, š intact in the programme and the itinerary", async () => {
    const programme = flat(pagesOf(await renderProgramme(pub)).join(" "));
    for (const name of [ZOE, "Ana Šimić", "Łukasz Wójcik", "Sőrház Hall", "ul. Łąkowa 5, Kraków", "Miasto Kraków – Wydział Współpracy", "Kraków–Pécs study tour"]) {
      expect(programme).toContain(name);
    }
    const zoe = pub.itinerary.delegates.find((d) => d.name === ZOE)!;
    expect(flat(pagesOf(await renderItineraries(pub, [{ delegate: zoe, liveUrl: null }])).join(" "))).toContain(ZOE);
  });

  it("lists only the delegate's own slots, never the staff's notes", async () => {
    const zoe = pub.itinerary.delegates.find((d) => d.name === ZOE)!;
    const text = flat(pagesOf(await renderItineraries(pub, [{ delegate: zoe, liveUrl: null }])).join(" "));
    expect(text).toContain("Zoë's own briefing");
    expect(text).toContain("Joint dinner");
    expect(text).not.toContain("Ana's site visit");
    expect(text).toContain("Bitte Ausweis mitbringen.");
    expect(text).not.toContain("STAFF ONLY");
  });

  it("gives a delegate their own PDF behind their private link, with a QR code, and refuses a wrong or revoked link", async () => {
    const token = newToken();
    const zoe = await t.prisma.delegate.update({ where: { id: pub.itinerary.delegates.find((d) => d.name === ZOE)!.id }, data: { linkTokenHash: hashToken(token) } });
    expect(zoe.visitId).toBe(visitId);
    const params = (tok: string) => ({ params: Promise.resolve({ token: tok }) });
    const req = (tok: string) => new Request(`http://itinera.test/d/${tok}/itinerary.pdf`);

    const res = await delegateItineraryResponse(req(token), params(token));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Cache-Control")).toContain("private");
    // the exact name for today's browsers, a plain-ASCII one for old clients
    expect(res.headers.get("Content-Disposition")).toContain("filename*=UTF-8''P%C3%A9cs-delegation-itinerary-Zo%C3%AB-M%C3%BCller-%C3%98deg%C3%A5rd-v1.pdf");
    expect(res.headers.get("Content-Disposition")).toContain('filename="Pecs-delegation-itinerary-Zoe-Muller-Odegard-v1.pdf"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = flat(pagesOf(bytes).join(" "));
    expect(text).toContain(ZOE);
    expect(text).not.toContain("Ana's site visit");
    expect(flat(pagesOf(bytes, "reading").join(" "))).toContain("Ihr aktueller Reiseplan");
    expect(imageCount(bytes)).toBe(1);

    const wrong = await delegateItineraryResponse(req(newToken()), params(newToken()));
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain("Ask the visit team for your current link");

    await t.prisma.delegate.update({ where: { id: zoe.id }, data: { linkTokenHash: null } });
    expect((await delegateItineraryResponse(req(token), params(token))).status).toBe(404);
  });

  it("prints no QR code when no link is known, and says where the live itinerary is", async () => {
    const ana = pub.itinerary.delegates.find((d) => d.name === "Ana Šimić")!;
    const bytes = await renderItineraries(pub, [{ delegate: ana, liveUrl: null }]);
    expect(imageCount(bytes)).toBe(0);
    expect(flat(pagesOf(bytes, "reading").join(" "))).toContain("Your live itinerary: open the private link the visit team sent you.");
  });
});
