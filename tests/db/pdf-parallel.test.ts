import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { outlineOf } from "@/lib/export/pdf/combine";
import { renderInWorkers, splitByWork, workersFor } from "@/lib/export/pdf/parallel";
import { renderItineraries } from "@/lib/export/pdf/render";
import type { Publication } from "@/lib/schedule/types";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { useTestDatabase } from "@/tests/setup/db";
import { flat, fontsOf, pagesOf, pdfInfo, publishedVisit } from "./pdf-helpers";

// "Download all" on several cores: the delegates cut into runs, each run rendered in a worker
// thread, the PDFs joined. What staff get must be the very PDF one thread would make.
useTestDatabase();

describe("all itineraries rendered on two worker threads and joined", () => {
  let pub: Publication;
  let delegates: Publication["itinerary"]["delegates"];
  let joined: Buffer;
  let single: Buffer;
  beforeAll(async () => {
    ({ pub } = await publishedVisit(leipzigVisit()));
    delegates = [...pub.itinerary.delegates].sort((a, b) => a.name.localeCompare(b.name, "de"));
    const requests = delegates.map((delegate) => ({ delegate, liveUrl: null }));
    [joined, single] = await Promise.all([renderInWorkers(pub, requests, 2), renderItineraries(pub, requests)]);
  }, 60_000);

  it("has the same pages, in the same order, with the same text as the one-thread PDF", () => {
    expect(pdfInfo(joined).pages).toBe(pdfInfo(single).pages);
    expect(pdfInfo(joined).sizes.every((size) => size === "595.28 x 841.89")).toBe(true);
    expect(pagesOf(joined)).toEqual(pagesOf(single));
  });

  it("numbers each delegate's pages on their own and keeps them together, in name order", () => {
    const pages = pagesOf(joined).map(flat);
    const owners = pages.map((p) => delegates.find((d) => p.includes(`${d.name} · Leipzig delegation`))?.name);
    expect(owners).toEqual(delegates.flatMap((d) => [d.name, d.name, d.name]));
    const numbers = pages.map((p) => /(Page|Seite) \d+ (of|von) \d+/.exec(p)?.[0]);
    expect(numbers).toEqual(delegates.flatMap((d) => [1, 2, 3].map((n) => (d.language === "de" ? `Seite ${n} von 3` : `Page ${n} of 3`))));
  });

  it("bookmarks every delegate by name at their first page, and keeps the title and fonts", async () => {
    const doc = await PDFDocument.load(joined, { updateMetadata: false });
    const pageRefs = doc.getPages().map((p) => p.ref);
    const marks = outlineOf(doc).map((b) => ({ title: b.title, page: pageRefs.indexOf(b.page) + 1 }));
    expect(marks).toEqual(delegates.map((d, n) => ({ title: d.name, page: 1 + 3 * n })));
    const one = await PDFDocument.load(single, { updateMetadata: false });
    expect(doc.getTitle()).toBe(one.getTitle());
    expect(doc.getTitle()).toContain(pub.itinerary.visit.title);
    expect(doc.getProducer()).toBe("Itinera");
    expect(new Set(fontsOf(joined).map((f) => f.replace(/^[A-Z]{6}\+/, "")))).toEqual(new Set(fontsOf(single).map((f) => f.replace(/^[A-Z]{6}\+/, ""))));
  });
});

describe("how the work is shared out", () => {
  it("cuts the delegates, in order, into runs of about equal work, none empty", () => {
    const weights = [10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 10];
    const runs = splitByWork(weights.map((w, n) => ({ n, w })), 2, (x) => x.w);
    expect(runs.flat().map((x) => x.n)).toEqual(weights.map((_, n) => n));
    expect(runs.map((r) => r.reduce((a, x) => a + x.w, 0))).toEqual([15, 15]);
    expect(splitByWork([1, 2, 3], 3, () => 1)).toEqual([[1], [2], [3]]);
    expect(splitByWork([1, 2], 3, () => 1)).toEqual([[1], [2]]);
    expect(splitByWork([5, 1, 1], 2, (x) => x)).toEqual([[5], [1, 1]]);
  });

  it("keeps a small visit's export in one thread and uses the cores for a large one", () => {
    const before = process.env.ITINERA_PDF_WORKERS;
    try {
      process.env.ITINERA_PDF_WORKERS = "2";
      expect(workersFor(3)).toBe(0);
      expect(workersFor(200)).toBe(2);
      process.env.ITINERA_PDF_WORKERS = "0";
      expect(workersFor(200)).toBe(0);
    } finally {
      if (before === undefined) delete process.env.ITINERA_PDF_WORKERS;
      else process.env.ITINERA_PDF_WORKERS = before;
    }
  });
});
