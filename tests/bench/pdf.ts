// npm run bench -- pdf: the seeded 4-day programme (warm) and 200 personal itineraries of a
// synthetic summit, beside a one-line PDF rendered in the same run. Targets are printed,
// never asserted. Wall time and CPU time are both shown: on a busy machine the CPU time is
// the steadier figure.
import React from "react";
import { Document, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { FONT_FAMILY, registerFonts } from "@/lib/export/pdf/fonts";
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

async function median(run: () => Promise<unknown>, n: number): Promise<Figure> {
  await run(); // warm-up: fonts parsed, code compiled
  const runs: Figure[] = [];
  for (let k = 0; k < n; k++) runs.push(await time(run));
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: mid(runs.map((r) => r.wall)), cpu: mid(runs.map((r) => r.cpu)) };
}

const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(9);

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

const leipzig = publicationOf(leipzigItinerary());
const summit = publicationOf(summitItinerary({ people: 300, slots: 2000, venues: 60 }));
const delegates200 = summit.itinerary.delegates.slice(0, 200).map((delegate) => ({ delegate, liveUrl: null }));

const baseline = await median(oneLine, 9);
const programme = await median(() => renderProgramme(leipzig), 7);
await renderItineraries(summit, delegates200.slice(0, 2)); // warm-up
let pages = 0;
const itineraries = await time(async () => {
  const pdf = await renderItineraries(summit, delegates200);
  pages = Number(/\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1] ?? 0);
});

const slotsEach = (delegates200.reduce((n, r) => n + summit.itinerary.slots.filter((s) => s.attendees.some((a) => a.personId === r.delegate.id)).length, 0) / 200).toFixed(0);
console.log(`baseline     one-line A4 PDF (median of 9, warm)        ${ms(baseline.wall)} wall ${ms(baseline.cpu)} cpu`);
console.log(`programme    Leipzig, 4 days, 6 pages (median of 7)     ${ms(programme.wall)} wall ${ms(programme.cpu)} cpu  ${(programme.wall / baseline.wall).toFixed(1)}× baseline  target ≤ 300 ms`);
console.log(`itineraries  200 delegates, ~${slotsEach} slots each, ${pages} pages  ${ms(itineraries.wall)} wall ${ms(itineraries.cpu)} cpu  ${(itineraries.wall / baseline.wall).toFixed(0)}× baseline  target ≤ 10,000 ms`);
console.log(`             per itinerary ${ms(itineraries.wall / 200)} wall`);
