import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Publication } from "@/lib/schedule/types";
import { combinePdfs } from "./combine";
import { slotsOf } from "./model";
import { type ItineraryRequest, itinerariesMeta, renderItineraries } from "./render";

// "Download all" for a large visit: the delegates, in order, cut into a few runs of about the
// same work, each run rendered as its own PDF in a worker thread, the PDFs joined in order
// (combine.ts). react-pdf is single-threaded and costs tens of milliseconds per page, so a
// summit's 1,500 pages are CPU-bound: workers use the other cores and leave the server's own
// thread free for other requests meanwhile. Small exports stay in this thread (a worker
// costs about a second to start).

/** Fewer delegates than this are rendered in this thread. */
export const PARALLEL_FROM = 12;
/** Each worker gets at least this many delegates (starting one costs about a second). */
const PER_WORKER = 6;
const MAX_WORKERS = 4;

/** How many workers an export of `n` itineraries gets: ITINERA_PDF_WORKERS=0 turns them off. */
export function workersFor(n: number): number {
  const configured = process.env.ITINERA_PDF_WORKERS;
  const cores = configured !== undefined && configured !== "" ? Number(configured) : Math.min(os.availableParallelism(), MAX_WORKERS);
  if (!Number.isFinite(cores) || n < PARALLEL_FROM) return 0;
  const k = Math.min(Math.floor(cores), Math.floor(n / PER_WORKER));
  return k >= 2 ? k : 0;
}

/**
 * Every requested itinerary in one PDF, like renderItineraries (each delegate's pages
 * numbered on their own and bookmarked), rendered on several cores when there are many.
 */
export async function renderAllItineraries(pub: Publication, requests: ItineraryRequest[]): Promise<Buffer> {
  const k = workersFor(requests.length);
  return k === 0 ? renderItineraries(pub, requests) : renderInWorkers(pub, requests, k);
}

/** The itineraries cut into `k` runs of about equal work, each rendered in a worker thread, joined in order. */
export async function renderInWorkers(pub: Publication, requests: ItineraryRequest[], k: number): Promise<Buffer> {
  const parts = splitByWork(requests, k, (r) => 4 + slotsOf(pub.itinerary, r.delegate.id).length);
  const pdfs = await Promise.all(parts.map((part) => inWorker(pub, part)));
  return combinePdfs(pdfs, itinerariesMeta(pub, requests));
}

/** `items` cut, in order, into `k` runs of about equal total weight (none empty). */
export function splitByWork<T>(items: T[], k: number, weight: (x: T) => number): T[][] {
  const weights = items.map(weight);
  const total = weights.reduce((a, b) => a + b, 0);
  const runs: T[][] = [];
  let run: T[] = [];
  let done = 0;
  k = Math.min(k, items.length);
  items.forEach((x, n) => {
    run.push(x);
    done += weights[n];
    const left = items.length - n - 1;
    const runsLeft = k - runs.length - 1;
    if (runsLeft > 0 && left >= runsLeft && (done >= (total * (runs.length + 1)) / k || left === runsLeft)) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs;
}

// The worker is lib/export/pdf/worker.ts and what it imports from the app, bundled once per
// process by esbuild into node_modules/.cache (packages stay external, so Node loads
// react-pdf from node_modules as usual). Sources are found from the working directory like
// the fonts (fonts.ts): the app, the tests and the bench all run from the repository root.
let script: Promise<string> | null = null;

function workerScript(): Promise<string> {
  script ??= (async () => {
    const { build } = await import("esbuild");
    const root = process.cwd();
    const outfile = path.join(root, "node_modules/.cache/itinera-pdf", `worker-${process.pid}.mjs`);
    await build({
      entryPoints: [path.join(root, "lib/export/pdf/worker.ts")],
      outfile,
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      jsx: "automatic",
      tsconfig: path.join(root, "tsconfig.json"),
      logLevel: "silent",
    });
    return outfile;
  })();
  script.catch(() => (script = null));
  return script;
}

async function inWorker(pub: Publication, requests: ItineraryRequest[]): Promise<Uint8Array> {
  const file = await workerScript();
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: { pub, requests },
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" },
    });
    let result: Uint8Array | null = null;
    worker.once("message", (bytes: Uint8Array) => (result = bytes));
    worker.once("error", reject);
    worker.once("exit", (code) => (result ? resolve(result) : reject(new Error(`PDF worker stopped (exit code ${code}) without a PDF`))));
  });
}
