import { parentPort } from "node:worker_threads";
import type { Publication } from "@/lib/schedule/types";
import { type ItineraryRequest, renderItineraries } from "./render";

// A PDF worker thread (see parallel.ts): renders the itineraries it is sent, one job at a
// time, and stays for the next job until the server lets it go. Bundled by parallel.ts
// (esbuild), so it runs the same TypeScript as the app.

export type WorkerReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

parentPort!.on("message", async ({ pub, requests }: { pub: Publication; requests: ItineraryRequest[] }) => {
  try {
    const bytes = new Uint8Array(await renderItineraries(pub, requests)); // its own ArrayBuffer, handed over without copying again
    parentPort!.postMessage({ ok: true, bytes } satisfies WorkerReply, [bytes.buffer]);
  } catch (e) {
    parentPort!.postMessage({ ok: false, message: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply);
  }
});
