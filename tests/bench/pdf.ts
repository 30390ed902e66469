// npm run bench -- pdf: the seeded 4-day programme (warm) and 200 personal itineraries of a
// synthetic summit, beside a one-line PDF rendered in the same run. Targets are printed,
// never asserted. Wall time and CPU time are both shown: on a busy machine the CPU time is
// the steadier figure, and the ratio to the baseline the one to compare between machines.
//
// Every timed render gets a publication of its own (built before the clock starts), so no
// per-publication memo carries over from the warm-up; the shaping caches are emptied when an
// export ends (lib/export/pdf/fonts.ts inExport). "Warm" means only: fonts
// parsed, code compiled and optimised — what a running server has after some exports.
//
// The 200 itineraries are timed twice: as the app makes them ("download all": worker threads,
// one per core up to 4, already started and warmed by two 24-delegate exports, as a server
// has them after an export; the parts joined with pdf-lib) and in this one thread (one
// react-pdf document, as the single-itinerary routes make it). CPU time is the whole
// process's, workers included. The two warm-up exports are printed too: the first one's
// figure is what an export costs when no worker is waiting.
// BENCH_PDF_ONE_THREAD=0 skips the one-thread run (it takes minutes).
import fs from "node:fs";
import os from "node:os";
import React from "react";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { PDFDocument } from "pdf-lib";
import { FONT_FAMILY, registerFonts } from "@/lib/export/pdf/fonts";
import { renderAllItineraries, renderInWorkers, workersFor } from "@/lib/export/pdf/parallel";
import { renderItineraries, renderProgramme } from "@/lib/export/pdf/render";
import { leipzigItinerary, publicationOf } from "@/tests/factories/itinerary";
import { summitItinerary } from "@/tests/factories/summit";

type Figure = { wall: number; cpu: number };

async function time(run: () => Promise<unknown>): Promise<Figure> {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  await run();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

/** Median of n runs after `warm` warm-ups; `input(k)` is built before run k's clock starts. */
async function median<T>(input: (k: number) => T, run: (x: T) => Promise<unknown>, n: number, warm = 1): Promise<Figure> {
  for (let k = 0; k < warm; k++) await run(input(-1));
  const runs: Figure[] = [];
  for (let k = 0; k < n; k++) {
    const x = input(k);
    runs.push(await time(() => run(x)));
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: mid(runs.map((r) => r.wall)), cpu: mid(runs.map((r) => r.cpu)) };
}

const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(9);
const pagesOf = (pdf: Buffer) => Number(/\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1] ?? 0);
const version = JSON.parse(fs.readFileSync("node_modules/@react-pdf/renderer/package.json", "utf8")).version;

registerFonts();
const oneLine = () =>
  renderToBuffer(
    React.createElement(
      Document,
      null,
      React.createElement(
        Page,
        { size: "A4", style: { fontFamily: FONT_FAMILY, padding: 40 } },
        React.createElement(Text, null, "Itinera baseline: one line of text."),
      ),
    ),
  );

const summitOf = () => publicationOf(summitItinerary({ people: 300, slots: 2000, venues: 60 }));
const requestsOf = (pub: ReturnType<typeof summitOf>, n: number) => pub.itinerary.delegates.slice(0, n).map((delegate) => ({ delegate, liveUrl: null }));

const baseline = await median(() => null, oneLine, 9);
let programmePages = 0;
const programme = await median(
  () => publicationOf(leipzigItinerary()),
  async (pub) => (programmePages = pagesOf(await renderProgramme(pub))),
  7,
  12, // V8 needs about a dozen programmes before the times settle (measured: 1.4 s → 0.7 s cpu)
);
await renderItineraries(summitOf(), requestsOf(summitOf(), 2)); // warm-up: the itinerary code paths
// Warm-up of the workers, timed: the first export starts them (cold code), the second finds
// them waiting, as a server does after an export (they stay 2 minutes).
const k24 = Math.max(2, workersFor(24));
const cold24Pub = summitOf();
const cold24 = await time(() => renderInWorkers(cold24Pub, requestsOf(cold24Pub, 24), k24));
const warm24Pub = summitOf();
const warm24 = await time(() => renderInWorkers(warm24Pub, requestsOf(warm24Pub, 24), k24));
const summit = summitOf();
const delegates200 = requestsOf(summit, 200);
let all: Buffer = Buffer.alloc(0);
const itineraries = await time(async () => {
  all = await renderAllItineraries(summit, delegates200);
});
const pages = (await PDFDocument.load(all, { updateMetadata: false })).getPageCount(); // pdf-lib packs the page tree out of a regex's reach
let onePages = 0;
const oneSummit = summitOf();
const oneThread = process.env.BENCH_PDF_ONE_THREAD === "0" ? null : await time(async () => {
  onePages = pagesOf(await renderItineraries(oneSummit, requestsOf(oneSummit, 200)));
});

const slotsEach = (delegates200.reduce((n, r) => n + summit.itinerary.slots.filter((s) => s.attendees.some((a) => a.personId === r.delegate.id)).length, 0) / 200).toFixed(0);
const ratio = (f: Figure) => `${(f.wall / baseline.wall).toFixed(1)}× baseline wall, ${(f.cpu / baseline.cpu).toFixed(1)}× cpu`;
console.log(`engine       @react-pdf/renderer ${version}, new pagination engine (<Page layout>: content measured once, packed into pages); "download all" on ${workersFor(200)} worker threads, joined with pdf-lib`);
console.log(`machine      ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} at the end`);
console.log(`baseline     one-line A4 PDF (median of 9, warm)          ${ms(baseline.wall)} wall ${ms(baseline.cpu)} cpu`);
console.log(`programme    Leipzig, 4 days, ${programmePages} pages (median of 7, warm) ${ms(programme.wall)} wall ${ms(programme.cpu)} cpu  ${ratio(programme)}  target ≤ 300 ms`);
console.log(`itineraries  200 delegates, ~${slotsEach} slots each, ${pages} pages, one PDF, ${workersFor(200)} workers ${ms(itineraries.wall)} wall ${ms(itineraries.cpu)} cpu  ${ratio(itineraries)}  target ≤ 10,000 ms`);
console.log(`             per itinerary ${ms(itineraries.wall / 200)} wall ${ms(itineraries.cpu / 200)} cpu; per page ${ms(itineraries.wall / Math.max(pages, 1))} wall ${ms(itineraries.cpu / Math.max(pages, 1))} cpu`);
console.log(`  24 delegates on ${k24} workers: first export (workers started, cold code) ${ms(cold24.wall)} wall ${ms(cold24.cpu)} cpu; next export (workers waiting) ${ms(warm24.wall)} wall ${ms(warm24.cpu)} cpu`);
if (oneThread) {
  console.log(`  one thread 200 delegates, ${onePages} pages, one react-pdf document  ${ms(oneThread.wall)} wall ${ms(oneThread.cpu)} cpu  ${ratio(oneThread)}`);
  console.log(`             workers vs one thread: ${(oneThread.wall / itineraries.wall).toFixed(2)}× faster wall, ${(itineraries.cpu / oneThread.cpu).toFixed(2)}× the cpu`);
}
