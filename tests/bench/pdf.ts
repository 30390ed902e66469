// npm run bench -- pdf: the seeded 4-day Leipzig programme (warm) and 200 personal
// itineraries of a synthetic summit in one PDF, beside a one-line PDF set by the same Typst
// compiler in the same run. Typst runs on this one thread (no workers). Targets are printed,
// never asserted. Wall time and CPU time are both shown: on a busy machine the CPU time is the
// steadier figure, and the ratio to the baseline the one to compare between machines.
//
// Every timed render gets a publication of its own (built before the clock starts), so no
// per-publication memo carries over. "Warm" means what a running server has after a few
// exports: fonts loaded, templates parsed, Typst's layout caches filled by earlier documents.
// Each itinerary carries a QR code (every delegate has a live link), as staff copies do.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { renderItineraries } from "@/lib/export/pdf/itinerary";
import { renderProgramme } from "@/lib/export/pdf/programme";
import { renderPdf } from "@/lib/export/typst/compile";
import { leipzigItinerary, publicationOf } from "@/tests/factories/itinerary";
import { summitItinerary } from "@/tests/factories/summit";

type Figure = { wall: number; cpu: number };

function time(run: () => unknown): Figure {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  run();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

/** Median of n runs after `warm` warm-ups; `input(k)` is built before run k's clock starts. */
function median<T>(input: (k: number) => T, run: (x: T) => unknown, n: number, warm = 3): Figure {
  for (let k = 0; k < warm; k++) run(input(-1));
  const runs: Figure[] = [];
  for (let k = 0; k < n; k++) {
    const x = input(k);
    runs.push(time(() => run(x)));
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: mid(runs.map((r) => r.wall)), cpu: mid(runs.map((r) => r.cpu)) };
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`.padStart(9);
const pagesOf = (pdf: Uint8Array) => Number(/\/Count (\d+)/.exec(Buffer.from(pdf).toString("latin1"))?.[1] ?? 0);
const version = JSON.parse(fs.readFileSync("node_modules/@myriaddreamin/typst-ts-node-compiler/package.json", "utf8")).version;

// The baseline: a template of one line of text, through the same compiler.
fs.mkdirSync("lib/export/typst/templates", { recursive: true });
const baselineTemplate = "lib/export/typst/templates/bench-baseline.typ";
fs.writeFileSync(baselineTemplate, '#set page(paper: "a4")\n#set text(font: "Noto Sans")\n#json(bytes(sys.inputs.data)).line\n');
let baseline: Figure;
try {
  baseline = median(
    () => ({ line: "Itinera baseline: one line of text." }),
    (d) => renderPdf("bench-baseline", d),
    15,
  );
} finally {
  fs.rmSync(baselineTemplate, { force: true });
}

let programmePages = 0;
const programme = median(
  () => publicationOf(leipzigItinerary()),
  (pub) => (programmePages = pagesOf(renderProgramme(pub))),
  15,
  5,
);

const summitOf = () => publicationOf(summitItinerary({ people: 300, slots: 2000, venues: 60 }));
const requestsOf = (pub: ReturnType<typeof summitOf>, n: number) =>
  pub.itinerary.delegates
    .slice(0, n)
    .map((delegate, k) => ({ delegate, liveUrl: `https://itinera.example.org/d/${String(k).padStart(43, "x")}` }));

// "On one thread": Typst lays out page runs on a pool of its own (rayon, one thread per core),
// so the summit is also set in a child process whose pool has one thread (RAYON_NUM_THREADS=1).
if (process.env.PDF_BENCH_ONE_THREAD === "1") {
  const pub = summitOf();
  renderItineraries(pub, requestsOf(pub, 20));
  const summit = summitOf();
  const delegates = requestsOf(summit, 200);
  let n = 0;
  const f = time(() => (n = pagesOf(renderItineraries(summit, delegates))));
  console.log(JSON.stringify({ ...f, pages: n }));
  process.exit(0);
}

const warmPub = summitOf();
renderItineraries(warmPub, requestsOf(warmPub, 20)); // warm-up: the itinerary template and its paths
const summit = summitOf();
const delegates200 = requestsOf(summit, 200);
let pages = 0;
let bytes = 0;
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
const itineraries = time(() => {
  const pdf = renderItineraries(summit, delegates200);
  bytes = pdf.length;
  pages = pagesOf(pdf);
});
clearInterval(sampler);
// The render is synchronous, so the sampler cannot run during it: read the kernel's high-water mark too.
const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) * 1024;
peakRss = Math.max(peakRss, hwm);

// The same summit with Typst's layout pool cut to one thread (a process of its own: the pool is
// made once per process).
const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]], {
  env: { ...process.env, PDF_BENCH_ONE_THREAD: "1", RAYON_NUM_THREADS: "1" },
  encoding: "utf8",
});
const oneThread = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as Figure & { pages: number };

const slotsEach = (
  delegates200.reduce((n, r) => n + summit.itinerary.slots.filter((s) => s.attendees.some((a) => a.personId === r.delegate.id)).length, 0) /
  200
).toFixed(0);
const ratio = (f: Figure) => `${(f.wall / baseline.wall).toFixed(1)}× baseline wall`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`engine       Typst via @myriaddreamin/typst-ts-node-compiler ${version}, one thread`);
console.log(
  `machine      ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")} at the end`,
);
console.log(`baseline     one-line A4 PDF (median of 15, warm)              ${ms(baseline.wall)} wall ${ms(baseline.cpu)} cpu`);
console.log(
  `programme    Leipzig, 4 days, ${programmePages} pages (median of 15, warm)     ${ms(programme.wall)} wall ${ms(programme.cpu)} cpu  ${ratio(programme)}  target ≤ 30 ms`,
);
console.log(
  `itineraries  200 delegates, ~${slotsEach} slots each, ${pages} pages, one PDF ${ms(itineraries.wall)} wall ${ms(itineraries.cpu)} cpu  ${ratio(itineraries)}  target ≤ 2,000 ms`,
);
console.log(
  `  one thread 200 delegates, ${oneThread.pages} pages, Typst's layout pool at one thread ${ms(oneThread.wall)} wall ${ms(oneThread.cpu)} cpu  ${ratio(oneThread)}; per page ${ms(oneThread.wall / Math.max(oneThread.pages, 1))}`,
);
console.log(
  `             per page ${ms(itineraries.wall / Math.max(pages, 1))} wall ${ms(itineraries.cpu / Math.max(pages, 1))} cpu (target ≤ 2 ms); ${(pages / (itineraries.wall / 1000)).toFixed(0)} pages/s; peak memory ${mb(peakRss)} (rss before ${mb(rssBefore)}); PDF ${mb(bytes)}`,
);
