import { parentPort, workerData } from "node:worker_threads";
import type { Publication } from "@/lib/schedule/types";
import { type ItineraryRequest, renderItineraries } from "./render";

// A worker thread's one job: some delegates' itineraries as one PDF (see parallel.ts).
// Bundled by parallel.ts (esbuild), so it runs the same TypeScript as the app.

const { pub, requests } = workerData as { pub: Publication; requests: ItineraryRequest[] };
const t0 = performance.now();
const bytes = await renderItineraries(pub, requests);
if (process.env.PDF_DEBUG) console.error(`worker: ${requests.length} itineraries in ${(performance.now() - t0).toFixed(0)} ms, started ${t0.toFixed(0)} ms after thread start`);
const copy = new Uint8Array(bytes); // its own ArrayBuffer, handed over without copying again
parentPort!.postMessage(copy, [copy.buffer]);
