import { beforeAll, describe, expect, it } from "vitest";
import { renderItineraries } from "@/lib/export/pdf/itinerary";
import { renderProgramme } from "@/lib/export/pdf/programme";
import { publishVisit } from "@/lib/publications/mutations";
import { exportVisit } from "@/lib/visits/export";
import { latestPublication } from "@/lib/publications/data";
import type { Publication } from "@/lib/schedule/types";
import { at, contact, delegate, organisation, slot, venue, visitFile } from "@/tests/factories/visit-file";
import { useTestDatabase } from "@/tests/setup/db";
import { flat, pagesOf, pdfInfo, publishedVisit } from "./pdf-helpers";

// What Typst brings: user text never read as markup, a day heading repeated on the page it
// continues on, days flowing on, host people in order of role, and the visit's order of
// precedence for organisations and contacts.
const t = useTestDatabase();
const TZ = "Europe/London";

// Every character Typst gives a meaning to in markup, in one string.
const squash = (text: string) => text.replace(/\s+/g, "");
const NASTY = `${String.raw`#panic("x") [a] \ $b$ <c> @d // e`} ä ö ü ß é ø ł č ğ`;

describe("text with Typst's markup characters", () => {
  let pub: Publication;
  beforeAll(async () => {
    const tag = (field: string) => `${field}: ${NASTY}`;
    ({ pub } = await publishedVisit(
      visitFile({
        visit: {
          title: tag("title"),
          guestCity: tag("guest"),
          hostCity: tag("host"),
          firstDay: "2025-06-10",
          lastDay: "2025-06-10",
          timeZone: TZ,
        },
        venues: [venue({ key: "v", name: tag("venue"), address: tag("address"), postcode: "B1 1BB", accessNotes: tag("access") })],
        organisations: [
          organisation({
            key: "o",
            name: tag("org"),
            website: "https://example.org/#x",
            contacts: [contact({ key: "c", name: tag("contact"), role: tag("role"), phone: "+44 121 496 0000", email: "c@example.org" })],
          }),
        ],
        delegates: [
          delegate({ key: "d", name: tag("delegate"), position: tag("position"), organisation: tag("delegation org"), language: "en" }),
        ],
        slots: [
          slot({
            title: tag("slot"),
            start: at("2025-06-10", "09:00", TZ),
            end: at("2025-06-10", "10:00", TZ),
            venue: "v",
            host: "o",
            description: tag("description"),
            delegateNotes: tag("notes"),
            attendees: [{ person: "d" }, { person: "c", role: "HOST" }],
          }),
        ],
      }),
    ));
  });

  it("comes out as the same text in the programme and the itinerary", () => {
    // pdftotext drops a space here and there between short words at a line's end: compare without spaces.
    const programme = squash(pagesOf(renderProgramme(pub), "reading").join(" "));
    for (const field of [
      "title",
      "guest",
      "host",
      "venue",
      "address",
      "access",
      "org",
      "contact",
      "role",
      "delegate",
      "slot",
      "description",
      "notes",
    ]) {
      expect(programme, field).toContain(squash(`${field}: ${NASTY}`));
    }
    const itinerary = squash(
      pagesOf(renderItineraries(pub, [{ delegate: pub.itinerary.delegates[0], liveUrl: null }]), "reading").join(" "),
    );
    for (const field of ["title", "venue", "address", "access", "org", "contact", "delegate", "position", "slot", "description", "notes"]) {
      expect(itinerary, field).toContain(squash(`${field}: ${NASTY}`));
    }
  });
});

describe("days across pages", () => {
  const words = (n: number, tag: string) => Array.from({ length: n }, (_, k) => `${tag}${k}`).join(" ");

  it("repeats a day's heading, marked as continued, on the page the day runs on to", async () => {
    const slots = Array.from({ length: 9 }, (_, n) =>
      slot({
        title: `Session ${n + 1}`,
        start: at("2025-06-11", `${String(8 + n).padStart(2, "0")}:00`, TZ),
        end: at("2025-06-11", `${String(8 + n).padStart(2, "0")}:45`, TZ),
        description: words(45, `w${n}x`),
        attendees: [{ person: "d" }],
      }),
    );
    const { pub } = await publishedVisit(
      visitFile({
        visit: {
          title: "Long day",
          guestCity: "Leipzig",
          hostCity: "Birmingham",
          firstDay: "2025-06-11",
          lastDay: "2025-06-11",
          timeZone: TZ,
        },
        delegates: [delegate({ key: "d", name: "Jörg Weiß", language: "de" }), delegate({ key: "e", name: "Erik Åström", language: "en" })],
        slots: slots.map((s) => ({ ...s, attendees: [{ person: "d" }, { person: "e" }] })),
      }),
    );
    for (const [name, heading] of [
      ["Jörg Weiß", "Mittwoch, 11. Juni 2025 (Fortsetzung)"],
      ["Erik Åström", "Wednesday 11 June 2025 (continued)"],
    ]) {
      const d = pub.itinerary.delegates.find((x) => x.name === name)!;
      const pages = pagesOf(renderItineraries(pub, [{ delegate: d, liveUrl: null }])).map(flat);
      expect(pages.length).toBeGreaterThan(1);
      for (const page of pages.slice(1)) expect(page.trim().startsWith(heading), page.slice(0, 80)).toBe(true);
      expect(pages[0]).not.toContain(heading);
    }
    const programme = pagesOf(renderProgramme(pub)).map(flat);
    expect(programme.filter((p) => p.trim().startsWith("Wednesday 11 June 2025 (continued)")).length).toBeGreaterThan(0);
  });

  it("lets short days flow on: five slots over three days fit on one page", async () => {
    const days = ["2025-06-10", "2025-06-10", "2025-06-11", "2025-06-12", "2025-06-12"];
    const { pub } = await publishedVisit(
      visitFile({
        visit: {
          title: "Short visit",
          guestCity: "Leipzig",
          hostCity: "Birmingham",
          firstDay: "2025-06-10",
          lastDay: "2025-06-12",
          timeZone: TZ,
        },
        delegates: [delegate({ key: "d", name: "Erik Åström", language: "en" })],
        slots: days.map((day, n) =>
          slot({
            title: `Slot ${n + 1}`,
            start: at(day, `${10 + n}:00`, TZ),
            end: at(day, `${10 + n}:30`, TZ),
            attendees: [{ person: "d" }],
          }),
        ),
      }),
    );
    const pdf = renderItineraries(pub, [{ delegate: pub.itinerary.delegates[0], liveUrl: null }]);
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = flat(pagesOf(pdf).join(" "));
    for (let n = 1; n <= 5; n++) expect(text).toContain(`Slot ${n}`);
  });
});

describe("order of people and organisations", () => {
  it("lists host people by role (host, chair, speaker, others) and organisations and contacts by the visit's precedence", async () => {
    const file = visitFile({
      visit: {
        title: "Order visit",
        guestCity: "Leipzig",
        hostCity: "Birmingham",
        firstDay: "2025-06-10",
        lastDay: "2025-06-10",
        timeZone: TZ,
      },
      organisations: [
        organisation({
          key: "a",
          name: "Aston University",
          contacts: [contact({ key: "esc", name: "Amy Escort" }), contact({ key: "spk", name: "Bob Speaker" })],
        }),
        organisation({
          key: "m",
          name: "Office of the Lord Mayor",
          contacts: [
            contact({ key: "mayor", name: "The Lord Mayor" }),
            contact({ key: "chair", name: "Carl Chair" }),
            contact({ key: "aide", name: "Aaron Aide" }),
          ],
        }),
      ],
      delegates: [delegate({ key: "d", name: "Erik Åström", language: "en" })],
      slots: [
        slot({
          title: "Reception",
          start: at("2025-06-10", "18:00", TZ),
          end: at("2025-06-10", "19:00", TZ),
          host: "m",
          attendees: [
            { person: "d" },
            { person: "esc", role: "ESCORT" },
            { person: "spk", role: "SPEAKER" },
            { person: "chair", role: "CHAIR" },
            { person: "mayor", role: "HOST" },
          ],
        }),
      ],
    });
    const { visitId } = await publishedVisit(file);
    const hosts = (text: string) => /Hosts (.*?) (Page|Contacts|$)/.exec(text)?.[1] ?? "";
    let pub = (await latestPublication(visitId))!;
    const text = flat(pagesOf(renderProgramme(pub)).join(" "));
    expect(hosts(text)).toMatch(
      /^The Lord Mayor \(Host\); Carl Chair \(Chair\); Bob Speaker, Aston University \(Speaker\); Amy Escort, Aston University \(Escort\)/,
    );

    // The Lord Mayor's office first, and within it the Lord Mayor before his aides.
    await t.prisma.hostOrganisation.updateMany({ where: { visitId, name: "Office of the Lord Mayor" }, data: { precedence: 1 } });
    await t.prisma.hostOrganisation.updateMany({ where: { visitId, name: "Aston University" }, data: { precedence: 2 } });
    await t.prisma.hostContact.updateMany({ where: { name: "Aaron Aide", organisation: { visitId } }, data: { precedence: 3 } });
    await t.prisma.hostContact.updateMany({ where: { name: "Carl Chair", organisation: { visitId } }, data: { precedence: 2 } });
    await t.prisma.hostContact.updateMany({ where: { name: "The Lord Mayor", organisation: { visitId } }, data: { precedence: 1 } });
    await publishVisit(visitId, null);
    pub = (await latestPublication(visitId))!;
    const pages = pagesOf(renderProgramme(pub)).map(flat);
    const contacts = pages.find((p) => p.includes("Contacts") && p.includes("Amy Escort"))!;
    const order = [
      "Office of the Lord Mayor",
      "The Lord Mayor",
      "Carl Chair",
      "Aaron Aide",
      "Aston University",
      "Amy Escort",
      "Bob Speaker",
    ].map((x) => contacts.indexOf(x));
    expect(
      order.every((x, n) => x >= 0 && (n === 0 || x > order[n - 1])),
      JSON.stringify(order),
    ).toBe(true);
  });

  it("keeps the order of precedence through a visit file: export, import, the same order in the PDF", async () => {
    const { visitId } = await publishedVisit(
      visitFile({
        visit: {
          title: "Precedence file",
          guestCity: "Leipzig",
          hostCity: "Birmingham",
          firstDay: "2025-06-10",
          lastDay: "2025-06-10",
          timeZone: TZ,
        },
        organisations: [
          organisation({
            key: "a",
            name: "Aston University",
            precedence: 2,
            contacts: [
              contact({ key: "x", name: "Xavier First", precedence: 1 }),
              contact({ key: "b", name: "Bea Second", precedence: 2 }),
            ],
          }),
          organisation({ key: "z", name: "Zeta Council", precedence: 1 }),
        ],
        slots: [],
      }),
    );
    const file = (await exportVisit(visitId))!;
    expect(file.organisations.map((o) => [o.name, o.precedence])).toEqual([
      ["Aston University", 2],
      ["Zeta Council", 1],
    ]);
    const { pub } = await publishedVisit({ ...file, visit: { ...file.visit, title: "Precedence file, imported" } });
    const contacts = flat(pagesOf(renderProgramme(pub)).at(-1)!);
    const order = ["Zeta Council", "Aston University", "Xavier First", "Bea Second"].map((x) => contacts.indexOf(x));
    expect(
      order.every((x, n) => x >= 0 && (n === 0 || x > order[n - 1])),
      JSON.stringify(order),
    ).toBe(true);
  });
});
