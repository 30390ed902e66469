import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Publication } from "@/lib/schedule/types";
import { combinePdfs } from "./combine";
import { slotsOf } from "./model";
import { type ItineraryRequest, itinerariesMeta, renderItineraries } from "./render";
import type { WorkerReply } from "./worker";

// "Download all" for a large visit: the delegates, in order, cut into a few runs of about the
// same work, each run rendered as its own PDF in a worker thread, the PDFs joined in order
// (combine.ts). react-pdf is single-threaded and costs tens of milliseconds per page, so a
// summit's 1,500 pages are CPU-bound: workers use the other cores and leave the server's own
// thread free for other requests meanwhile. Small exports stay in this thread (a worker
// costs a second or two to start).

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
  if (k === 0) return renderItineraries(pub, requests);
  try {
    return await renderInWorkers(pub, requests, k);
  } catch (e) {
    // A worker that cannot start (no sources or esbuild where the app runs) or dies: the
    // same PDF in this thread, only slower.
    console.error("PDF workers failed, rendering in the server's own thread", e);
    return renderItineraries(pub, requests);
  }
}

/** The itineraries cut into `k` runs of about equal work, each rendered in a worker thread, joined in order. */
export async function renderInWorkers(pub: Publication, requests: ItineraryRequest[], k: number): Promise<Buffer> {
  const parts = splitByWork(requests, k, (r) => 4 + slotsOf(pub.itinerary, r.delegate.id).length);
  const file = await workerScript();
  const taken = parts.map(() => idle.pop() ?? startWorker(file));
  let failed = false;
  try {
    const pdfs = await Promise.all(parts.map((part, n) => job(taken[n], pub, part)));
    return await combinePdfs(pdfs, itinerariesMeta(pub, requests));
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    // After a failure every worker of this export goes (the others may still be busy).
    for (const w of taken) if (failed) void w.terminate(); else release(w);
  }
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

// The worker is lib/export/pdf/worker.ts and what it imports from the app, bundled by esbuild
// when first needed (once per process) and written to node_modules/.cache/itinera-pdf under
// a hash of its code. Packages stay external: Node loads react-pdf from node_modules as usual. Sources are found from the working directory like
// the fonts (fonts.ts): the app, the tests and the bench all run from the repository root.
let script: Promise<string> | null = null;

function workerScript(): Promise<string> {
  script ??= (async () => {
    const { build } = await import("esbuild");
    const root = process.cwd();
    const out = await build({
      entryPoints: [path.join(root, "lib/export/pdf/worker.ts")],
      write: false,
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      jsx: "automatic",
      tsconfig: path.join(root, "tsconfig.json"),
      logLevel: "silent",
    });
    const code = out.outputFiles[0].contents;
    const file = path.join(root, "node_modules/.cache/itinera-pdf", `worker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(`${file}.${process.pid}`, code);
      fs.renameSync(`${file}.${process.pid}`, file);
    }
    return file;
  })();
  script.catch(() => (script = null));
  return script;
}

// Workers stay after an export, idle and unreferenced, for the next one: starting one costs
// 1–2 s, and its code runs at about half speed until V8 has optimised it. An idle worker
// ends after IDLE_MS; at most MAX_WORKERS wait.
const IDLE_MS = 120_000;
const idle: Worker[] = [];
const timers = new WeakMap<Worker, NodeJS.Timeout>();

function startWorker(file: string): Worker {
  const worker = new Worker(file, { env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" } });
  worker.on("error", () => undefined); // reported to the job that is running (job below)
  worker.once("exit", () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}

function release(worker: Worker): void {
  if (idle.length >= MAX_WORKERS) {
    void worker.terminate();
    return;
  }
  idle.push(worker);
  worker.unref(); // an idle worker keeps no script (the bench, a test) from ending
  const timer = setTimeout(() => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  timers.set(worker, timer);
}

function job(worker: Worker, pub: Publication, requests: ItineraryRequest[]): Promise<Uint8Array> {
  clearTimeout(timers.get(worker));
  worker.ref();
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (reply: WorkerReply) => {
      done();
      if (reply.ok) resolve(reply.bytes);
      else reject(new Error(`PDF worker: ${reply.message}`));
    };
    const onError = (e: Error) => (done(), reject(e));
    const onExit = (code: number) => (done(), reject(new Error(`PDF worker stopped (exit code ${code}) without a PDF`)));
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage({ pub, requests });
  });
}
