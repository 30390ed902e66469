import { beforeAll, describe, expect, it } from "vitest";
import { renderItineraries } from "@/lib/export/pdf/itinerary";
import { renderProgramme } from "@/lib/export/pdf/programme";
import type { Publication } from "@/lib/schedule/types";
import { at, delegate, slot, visitFile } from "@/tests/factories/visit-file";
import { useTestDatabase } from "@/tests/setup/db";
import { flat, pagesOf, publishedVisit } from "./pdf-helpers";

// Page breaks: a slot is never split across pages, a day heading never ends a page alone,
// and text too long for one page flows on rather than being cut off at the page edge.
useTestDatabase();

const TZ = "Europe/London";
const words = (n: number, tag: string) => Array.from({ length: n }, (_, k) => `${tag}${k}`).join(" ");

function crowdedVisit() {
  const slots = Array.from({ length: 14 }, (_, n) =>
    slot({
      title: `Session ${n + 1}`,
      start: at(n < 7 ? "2025-06-10" : "2025-06-11", `${String(8 + (n % 7)).padStart(2, "0")}:00`, TZ),
      end: at(n < 7 ? "2025-06-10" : "2025-06-11", `${String(8 + (n % 7)).padStart(2, "0")}:45`, TZ),
      venue: "v1",
      host: "o1",
      description: words(40, `s${n + 1}w`),
      delegateNotes: `End of session ${n + 1}.`,
      attendees: [{ person: "d1" }, { person: "c1", role: "HOST" }, ...(n === 0 ? [{ person: "d2" }] : [])],
    }),
  );
  const marathon = slot({
    title: "Marathon workshop",
    start: at("2025-06-12", "09:00", TZ),
    end: at("2025-06-12", "17:00", TZ),
    venue: "v1",
    host: "o1",
    // Description and notes at their limits (4,000 characters each): longer than a page together.
    description: words(640, "m"),
    delegateNotes: `${words(640, "n")} The very last words of the marathon.`,
    attendees: [{ person: "d1" }],
  });
  return visitFile({
    visit: {
      title: "Crowded visit",
      guestCity: "Leipzig",
      hostCity: "Birmingham",
      firstDay: "2025-06-10",
      lastDay: "2025-06-12",
      timeZone: TZ,
    },
    delegates: [delegate({ key: "d1", name: "Erik Åström", language: "en" }), delegate({ key: "d2", name: "Jörg Weiß", language: "de" })],
    slots: [...slots, marathon],
  });
}

let pub: Publication;
beforeAll(async () => {
  ({ pub } = await publishedVisit(crowdedVisit()));
});

describe.each([
  ["programme", () => renderProgramme(pub)],
  ["itinerary", () => renderItineraries(pub, [{ delegate: pub.itinerary.delegates[0], liveUrl: null }])],
] as const)("page breaks in the %s", (_name, render) => {
  let pages: string[];
  beforeAll(async () => {
    pages = pagesOf(await render()).map(flat);
  });

  it("keeps every slot whole on one page", () => {
    expect(pages.length).toBeGreaterThan(3);
    for (let n = 1; n <= 14; n++) {
      const title = new RegExp(`Session ${n}\\b`);
      const start = pages.findIndex((p) => title.test(p));
      expect(start, `Session ${n}`).toBeGreaterThanOrEqual(0);
      expect(pages[start], `Session ${n} is split`).toContain(`s${n}w39`);
      expect(pages[start], `Session ${n} is split`).toContain(`End of session ${n}.`);
    }
  });

  it("never leaves a day heading at the foot of a page without its first slot", () => {
    for (const [heading, first] of [
      ["Tuesday 10 June 2025", "Session 1"],
      ["Wednesday 11 June 2025", "Session 8"],
      ["Thursday 12 June 2025", "Marathon workshop"],
    ]) {
      const page = pages.find((p) => p.includes(heading));
      expect(page, heading).toBeDefined();
      expect(page).toContain(first);
    }
  });

  it("flows a slot longer than a page onto the next page instead of cutting it off", () => {
    const all = pages.join(" ");
    expect(all).toContain("m0 m1 m2");
    expect(all).toContain("n639 The very last words of the marathon.");
    const first = pages.findIndex((p) => p.includes("Marathon workshop"));
    const last = pages.findIndex((p) => p.includes("The very last words of the marathon."));
    expect(last).toBeGreaterThan(first);
  });
});

describe("a long itinerary beside a short one in one PDF", () => {
  it("numbers each delegate's pages on their own, on every page, however many pages an itinerary runs to", async () => {
    const [erik, jorg] = ["Erik Åström", "Jörg Weiß"].map((name) => pub.itinerary.delegates.find((d) => d.name === name)!);
    const pages = pagesOf(
      renderItineraries(
        pub,
        [erik, jorg].map((delegate) => ({ delegate, liveUrl: null })),
      ),
    ).map(flat);
    const erikPages = pages.filter((p) => p.includes("Erik Åström · Crowded visit"));
    const jorgPages = pages.filter((p) => p.includes("Jörg Weiß · Crowded visit"));
    expect(erikPages.length).toBeGreaterThan(3);
    expect(erikPages.length + jorgPages.length).toBe(pages.length);
    expect(pages.slice(0, erikPages.length)).toEqual(erikPages);
    erikPages.forEach((p, n) => expect(p).toContain(`Page ${n + 1} of ${erikPages.length}`));
    expect(jorgPages).toHaveLength(1);
    expect(jorgPages[0]).toContain("Seite 1 von 1");
    expect(jorgPages[0]).toContain("Session 1");
    expect(jorgPages[0]).not.toContain("Session 2");
  });
});
