import { parentPort, workerData } from "node:worker_threads";
import type { Publication } from "@/lib/schedule/types";
import { type ItineraryRequest, renderItineraries } from "./render";

// A worker thread's one job: some delegates' itineraries as one PDF (see parallel.ts).
// Bundled by parallel.ts (esbuild), so it runs the same TypeScript as the app.

const { pub, requests } = workerData as { pub: Publication; requests: ItineraryRequest[] };
const bytes = await renderItineraries(pub, requests);
const copy = new Uint8Array(bytes); // its own ArrayBuffer, handed over without copying again
parentPort!.postMessage(copy, [copy.buffer]);
