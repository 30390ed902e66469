import { beforeAll, describe, expect, it } from "vitest";
import { renderProgramme } from "@/lib/export/pdf/programme";
import { groupSlotsByDay } from "@/lib/schedule/days";
import type { Publication } from "@/lib/schedule/types";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { useTestDatabase } from "@/tests/setup/db";
import { flat, fontsOf, pagesOf, pdfInfo, publishedVisit } from "./pdf-helpers";

// The whole programme of the seeded Leipzig visit, imported and published in a real database,
// rendered and read back with poppler.
useTestDatabase();

let pub: Publication;
let pdf: Uint8Array;
let pages: string[];

beforeAll(async () => {
  ({ pub } = await publishedVisit(leipzigVisit()));
  pdf = await renderProgramme(pub);
  pages = pagesOf(pdf);
});

describe("the programme PDF", () => {
  it("is A4 portrait: a cover, the days (flowing on, fewer pages than days), a venues page and a contacts page", () => {
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(pages.length);
    expect(info.sizes).toEqual(Array(pages.length).fill("595.276 x 841.89"));
    expect(flat(pages[0])).toContain("Leipzig delegation to Birmingham 10–13 June 2025");
    expect(pages.length - 3).toBeLessThan(4); // four days
    expect(flat(pages.at(-2)!)).toContain("Venues");
    expect(flat(pages.at(-1)!)).toContain("Contacts");
  });

  it("has the cover facts and the whole delegation", () => {
    const cover = flat(pages[0]);
    for (const fact of ["Delegation from Leipzig", "Hosted by Birmingham", "Birmingham local time (BST)", "Version 1, published"]) {
      expect(cover).toContain(fact);
    }
    for (const d of pub.itinerary.delegates) expect(cover).toContain(d.name);
  });

  it("has every slot's title, venue and host organisation, day by day in time order", () => {
    const it = pub.itinerary;
    const venues = new Map(it.venues.map((v) => [v.id, v.name]));
    const hosts = new Map(it.organisations.map((o) => [o.id, o.name]));
    const days = flat(pages.slice(1, -2).join(" "));
    const expected = groupSlotsByDay(it.slots, it.visit.timeZone, it.visit.firstDay, it.visit.lastDay).flatMap((day) => [
      new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
        .format(new Date(`${day.date}T12:00:00Z`))
        .replace(",", ""),
      ...day.slots.flatMap((s) => [s.title, venues.get(s.venueId!)!, hosts.get(s.hostOrganisationId!)!]),
    ]);
    expect(expected).toContain("Tuesday 10 June 2025");
    expect(expected.length).toBe(4 + 3 * it.slots.length);
    let cursor = 0;
    for (const text of expected) {
      const at = days.indexOf(text, cursor);
      expect(at, `"${text}" after position ${cursor}`).toBeGreaterThanOrEqual(cursor);
      cursor = at + text.length;
    }
  });

  it("labels times with the zone and shows host contacts' phone and e-mail on the contacts page", () => {
    expect(flat(pages[1])).toContain("All times are local Birmingham time (BST).");
    expect(flat(pages[1])).toMatch(/15:00–16:00 \S+ BST/);
    const contacts = flat(pages.at(-1)!);
    for (const c of pub.itinerary.organisations.flatMap((o) => o.contacts)) {
      expect(contacts).toContain(c.name);
      expect(contacts).toContain(c.phone);
      expect(contacts).toContain(c.email);
    }
  });

  it("never prints a slot's internal notes", () => {
    const notes = pub.itinerary.slots.map((s) => s.internalNotes).filter(Boolean);
    expect(notes.length).toBeGreaterThan(0);
    const all = flat(pages.join(" "));
    for (const note of notes) expect(all).not.toContain(note);
    // the notes meant for delegates are printed
    expect(all).toContain("Please bring photo ID for the Council House reception desk.");
  });

  it("has the title, the version and 'Page X of Y' on every page, in the embedded Noto Sans", () => {
    pages.forEach((page, n) => {
      const text = flat(page);
      expect(text).toContain("Leipzig delegation to Birmingham");
      expect(text).toMatch(/Version 1, published \d{1,2} \w+ 20\d\d/);
      expect(text).toContain(`Page ${n + 1} of ${pages.length}`);
    });
    expect(fontsOf(pdf).every((f) => f.includes("NotoSans"))).toBe(true);
  });
});
