import { beforeAll, describe, expect, it } from "vitest";
import { findDelegateByToken, newToken } from "@/lib/delegate-links/tokens";
import { issueLink, revokeLink } from "@/lib/delegate-links/mutations";
import { liveUrls } from "@/lib/pdf-downloads/data";
import { delegateItineraryResponse } from "@/lib/pdf-downloads/handlers";
import { renderItineraries } from "@/lib/export/pdf/itinerary";
import { renderProgramme } from "@/lib/export/pdf/programme";
import type { Publication } from "@/lib/schedule/types";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { at, contact, delegate, organisation, slot, venue, visitFile } from "@/tests/factories/visit-file";
import { useTestDatabase } from "@/tests/setup/db";
import { bookmarksOf, flat, isTagged, pagesOf, publishedVisit, qrCodesOn } from "./pdf-helpers";

// Personal itineraries: the delegate's language, only their slots, their home time, names
// with diacritics intact, and the delegate's own download behind their private link.
useTestDatabase();

const TZ = "Europe/London";
const ZOE = "Zoë Müller-Ødegård";

/** Two delegates with slots of their own, names and places beyond Latin-1. */
function accentedVisit() {
  return visitFile({
    visit: {
      title: "Kraków–Pécs study tour",
      guestCity: "Pécs",
      hostCity: "Birmingham",
      firstDay: "2025-06-10",
      lastDay: "2025-06-11",
      timeZone: TZ,
    },
    venues: [venue({ key: "hall", name: "Sőrház Hall", address: "ul. Łąkowa 5, Kraków" })],
    organisations: [
      organisation({
        key: "org",
        name: "Miasto Kraków – Wydział Współpracy",
        contacts: [contact({ key: "lw", name: "Łukasz Wójcik", phone: "+48 12 616 1200" })],
      }),
    ],
    delegates: [
      delegate({ key: "zoe", name: ZOE, language: "de", homeTimeZone: "Europe/Oslo" }),
      delegate({ key: "ana", name: "Ana Šimić", language: "en", homeTimeZone: "Europe/Zagreb" }),
    ],
    slots: [
      slot({
        title: "Zoë's own briefing",
        start: at("2025-06-10", "09:00", TZ),
        end: at("2025-06-10", "10:00", TZ),
        venue: "hall",
        host: "org",
        delegateNotes: "Bitte Ausweis mitbringen.",
        internalNotes: "STAFF ONLY: room booked under Ødegård.",
        attendees: [{ person: "zoe" }, { person: "lw", role: "HOST" }],
      }),
      slot({
        title: "Ana's site visit",
        start: at("2025-06-10", "11:00", TZ),
        end: at("2025-06-10", "12:00", TZ),
        venue: "hall",
        host: "org",
        attendees: [{ person: "ana" }, { person: "lw", role: "HOST" }],
      }),
      slot({
        title: "Joint dinner",
        kind: "MEAL",
        start: at("2025-06-11", "19:00", TZ),
        end: at("2025-06-11", "21:00", TZ),
        venue: "hall",
        host: "org",
        attendees: [{ person: "zoe" }, { person: "ana" }],
      }),
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

  it("shows her home time under the guest city's name (Leipzig, as on her phone) beside the local time, and whom to call", () => {
    // The welcome at 15:00 BST is 16:00 in Leipzig (Europe/Berlin: the delegation's zone).
    expect(text).toMatch(/15:00–16:00 .*16:00–17:00 Leipzig/);
    expect(text).toContain("Darunter Ihre Heimatzeit (Leipzig).");
    expect(text).not.toContain("Berlin");
    expect(text).toContain("International Affairs team, Visit lead, +44 121 496 0100");
  });

  it("prints her notes, never the staff's internal notes", () => {
    expect(text).toContain("Dress: business attire.");
    for (const note of pub.itinerary.slots.map((s) => s.internalNotes).filter(Boolean)) expect(text).not.toContain(note);
  });

  it("numbers each delegate's pages on their own when all itineraries come in one PDF", async () => {
    const delegates = [...pub.itinerary.delegates].sort((a, b) => a.name.localeCompare(b.name));
    const all = await renderItineraries(
      pub,
      delegates.map((delegate) => ({ delegate, liveUrl: null })),
    );
    const pages = pagesOf(all).map(flat);
    const numbers = pages.map((p) => /(Page|Seite) \d+ (of|von) \d+/.exec(p)?.[0]);
    const owners = pages.map((p) => delegates.find((d) => p.includes(`${d.name} · Leipzig delegation`))?.name);
    // Each delegate's pages together, in order, numbered on their own in their language.
    const counts = delegates.map((d) => owners.filter((o) => o === d.name).length);
    expect(owners).toEqual(delegates.flatMap((d, n) => Array(counts[n]).fill(d.name)));
    expect(numbers).toEqual(
      delegates.flatMap((d, n) =>
        Array.from({ length: counts[n] }, (_, k) =>
          d.language === "de" ? `Seite ${k + 1} von ${counts[n]}` : `Page ${k + 1} of ${counts[n]}`,
        ),
      ),
    );
    // Bookmarked per delegate, and per day beneath each
    const marks = bookmarksOf(all);
    expect(marks).toHaveLength(delegates.length);
    marks.forEach((m, n) => expect(m.title).toContain(delegates[n].name));
    expect(marks[0].kids).toHaveLength(4); // the four days
  });

  it('tells each delegate in "All itineraries" who else comes: the others, never herself', async () => {
    const delegates = pub.itinerary.delegates.map((delegate) => ({ delegate, liveUrl: null, lang: "en" as const }));
    const pages = pagesOf(await renderItineraries(pub, delegates)).map(flat);
    // The welcome on Tuesday: all three delegates and the International Affairs team.
    const welcome = (name: string) => {
      const page = pages.find((p) => p.includes(`${name} · Leipzig delegation`) && p.includes("Tuesday 10 June"))!;
      return /Also attending (.*?) Dress code/.exec(page)?.[1];
    };
    expect(welcome("Manuela Blum")).toBe("International Affairs team, Bertz Associates; Dr Nolting, Ms Dietrich");
    expect(welcome("Antje Nolting")).toBe("International Affairs team, Bertz Associates; Ms Blum, Ms Dietrich");
    expect(welcome("Ines Dietrich")).toBe("International Affairs team, Bertz Associates; Ms Blum, Dr Nolting");
  });

  it("tags her own itinerary for screen readers; all itineraries, made for printing, come untagged but bookmarked", () => {
    const blum = pub.itinerary.delegates.find((d) => d.name === "Manuela Blum")!;
    const requests = pub.itinerary.delegates.map((delegate) => ({ delegate, liveUrl: null }));
    const all = renderItineraries(pub, requests);
    expect(isTagged(renderItineraries(pub, [{ delegate: blum, liveUrl: null }]))).toBe(true);
    expect(isTagged(all)).toBe(false);
    expect(bookmarksOf(all).map((m) => m.kids.length)).toEqual(requests.map(() => 4)); // each delegate, their four days
  });

  it("prints a staff copy with the delegate's current link as a QR code that opens their page, without re-issuing it", async () => {
    const blum = pub.itinerary.delegates.find((d) => d.name === "Manuela Blum")!;
    const { token } = await issueLink({ visitId: pub.itinerary.visit.id, delegateId: blum.id, actorId: null });
    const urls = await liveUrls([blum.id], "http://itinera.test");
    const bytes = renderItineraries(pub, [{ delegate: blum, liveUrl: urls.get(blum.id)! }]);
    const [decoded] = qrCodesOn(bytes);
    expect(decoded).toBe(`http://itinera.test/d/${token}`);
    expect(await findDelegateByToken(decoded.split("/d/")[1])).toEqual({ delegateId: blum.id, visitId: pub.itinerary.visit.id });
    // Revoked: no link, so no QR code (the page says where the live itinerary is instead)
    await revokeLink({ visitId: pub.itinerary.visit.id, delegateId: blum.id, actorId: null });
    expect((await liveUrls([blum.id], "http://itinera.test")).size).toBe(0);
  });
});

describe("the protocol layer in an itinerary (Dr Antje Nolting, in German and in English)", () => {
  let de: string;
  let en: string;
  beforeAll(async () => {
    const { pub } = await publishedVisit(leipzigVisit());
    const nolting = pub.itinerary.delegates.find((d) => d.name === "Antje Nolting")!;
    de = flat(pagesOf(await renderItineraries(pub, [{ delegate: nolting, liveUrl: null }])).join(" "));
    en = flat(pagesOf(await renderItineraries(pub, [{ delegate: nolting, liveUrl: null, lang: "en" }])).join(" "));
  });

  it("names the people she meets by their form of address in the reader's language, in the visit's order of precedence", () => {
    // Aston: Professor Caine (precedence 2) before Dr Turner (3); the delegation Blum (1) before Dietrich (3).
    expect(de).toContain("Ebenfalls dabei Herr Professor Caine, Herr Dr. Turner, Angels Odena; Frau Blum, Frau Dietrich");
    expect(en).toContain("Also attending Professor Caine, Dr Turner, Angels Odena; Ms Blum, Ms Dietrich");
    // Whom to ask for, and how to address them.
    expect(de).toContain("The Lord Mayor of Birmingham, Host of the reception Anrede: Oberbürgermeister");
    expect(en).toContain("The Lord Mayor of Birmingham, Host of the reception Address as: Lord Mayor");
    expect(de).not.toContain("Ms Blum,");
  });

  it("gives her hotel, her pick-ups with car and driver, and the dress code; never a gift, its value or the seating", () => {
    expect(de).toContain("Hotel Hyatt Regency Birmingham, 2 Bridge Street, Birmingham B1 2JZ");
    expect(de).toContain("Check-in Di., 10. Juni, 14:00");
    expect(en).toContain("Check-out Fri 13 June, 10:00");
    expect(en).toMatch(
      /18:05–18:20 TRANSPORT · CAR Birmingham · BST Hyatt Regency Birmingham → Chamberlain Room, The Council House Pick-up Hotel entrance, Bridge Street Vehicle Council car \(silver Skoda Superb, BV24 LMO\) Driver Gary Holt, \+44 7700 900101/,
    );
    expect(de).toContain("FAHRT · KLEINBUS");
    expect(de).toContain("Kleiderordnung Dunkler Anzug Lounge suit or business attire.");
    expect(en).toContain("Dress code Lounge suit Lounge suit or business attire.");
    for (const text of [de, en]) {
      for (const secret of ["silver dish", "Porcelain", "£180", "180,00", "Receiving line", "Thank Ensemble Nobilis"]) {
        expect(text).not.toContain(secret);
      }
    }
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
    for (const name of [
      ZOE,
      "Ana Šimić",
      "Łukasz Wójcik",
      "Sőrház Hall",
      "ul. Łąkowa 5, Kraków",
      "Miasto Kraków – Wydział Współpracy",
      "Kraków–Pécs study tour",
    ]) {
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
    const zoe = pub.itinerary.delegates.find((d) => d.name === ZOE)!;
    const { token } = await issueLink({ visitId, delegateId: zoe.id, actorId: null });
    const params = (tok: string) => ({ params: Promise.resolve({ token: tok }) });
    const req = (tok: string) => new Request(`http://itinera.test/d/${tok}/itinerary.pdf`);

    const res = await delegateItineraryResponse(req(token), params(token));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("Cache-Control")).toContain("private");
    // the exact name for today's browsers, a plain-ASCII one for old clients
    expect(res.headers.get("Content-Disposition")).toContain(
      "filename*=UTF-8''P%C3%A9cs-delegation-itinerary-Zo%C3%AB-M%C3%BCller-%C3%98deg%C3%A5rd-v1.pdf",
    );
    expect(res.headers.get("Content-Disposition")).toContain('filename="Pecs-delegation-itinerary-Zoe-Muller-Odegard-v1.pdf"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = flat(pagesOf(bytes).join(" "));
    expect(text).toContain(ZOE);
    expect(text).not.toContain("Ana's site visit");
    expect(flat(pagesOf(bytes, "reading").join(" "))).toContain("Ihr aktueller Reiseplan");
    expect(qrCodesOn(bytes)).toEqual([`http://itinera.test/d/${token}`]);

    // The page's language choice carries over: ?lang=en gives her an English PDF
    const english = await delegateItineraryResponse(new Request(`http://itinera.test/d/${token}/itinerary.pdf?lang=en`), params(token));
    const englishText = flat(pagesOf(Buffer.from(await english.arrayBuffer())).join(" "));
    expect(englishText).toContain("PERSONAL ITINERARY");
    expect(englishText).toContain("Wednesday 11 June 2025");
    expect(englishText).not.toContain("Mittwoch");

    const wrong = await delegateItineraryResponse(req(newToken()), params(newToken()));
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain("Ask the visit team for your current link");

    await revokeLink({ visitId, delegateId: zoe.id, actorId: null });
    expect((await delegateItineraryResponse(req(token), params(token))).status).toBe(404);
  });

  it("prints no QR code when no link is known, and says where the live itinerary is", async () => {
    const ana = pub.itinerary.delegates.find((d) => d.name === "Ana Šimić")!;
    const bytes = renderItineraries(pub, [{ delegate: ana, liveUrl: null }]);
    expect(qrCodesOn(bytes)).toEqual([]);
    expect(flat(pagesOf(bytes, "reading").join(" "))).toContain("Your live itinerary: open the private link the visit team sent you.");
  });
});
