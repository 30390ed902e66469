// npm run bench -- delegate: the seeded delegate page (Manuela Blum, published Leipzig visit)
// on its own embedded PostgreSQL and production build, served by plain `next start`. Prints
// Lighthouse mobile performance and accessibility, bytes on the wire (gzip) and first-load JS
// beside a bare server-component page built in the same run, and requests/s + p99 at 50
// connections beside the same HTML served as a static file by a plain node http server, beside
// an empty App Router route handler answering as many bytes from memory (Next's own floor for
// any route: no database, no rendering) and beside the bare page, all in the same run, the
// median of BENCH_ROUNDS (3) interleaved rounds; also latency at one connection and the
// server's CPU time per request (less distorted by other load on the machine). Targets are
// printed, not asserted. BENCH_KEEP=1 keeps and reuses the build.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { buildWithBarePage, firstLoadJs, keepChild, processCpuMs, runBench, seededDatabase, startNext, waitFor } from "./_app";

type Cannon = (o: { url: string; connections: number; duration: number; timeout: number }) => Promise<{
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
}>;
const autocannon = require("autocannon") as Cannon;

const PORT = Number(process.env.BENCH_PORT ?? 3204);
const STATIC_PORT = Number(process.env.BENCH_STATIC_PORT ?? PORT + 1000);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55584);
const DIST = ".next-bench";
const BARE_DIR = "app/bench-bare-page";
// Under /d/ like the delegate page, so the proxy (proxy.ts) skips both alike.
const BARE_ROUTE_DIR = "app/d/bench-bare-route";
// Rounds of the 50-connection loads, taken in turn (page, static, empty route, bare page) so
// that a busy spell on the machine falls on all of them; each figure is the median round.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
// BENCH_KEEP=1 keeps the build folder and reuses it on the next run (delete it to rebuild).
const KEEP = process.env.BENCH_KEEP === "1";
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);

async function main() {
  const env = await seededDatabase({ pgPort: PG_PORT, port: PORT, dist: DIST });
  const { db } = await import("@/lib/db");
  const { issueLink } = await import("@/lib/delegate-links/mutations");
  const blum = await db().delegate.findFirstOrThrow({ where: { email: "manuela.blum@example.de" } });
  const { token } = await issueLink({ visitId: blum.visitId, delegateId: blum.id, actorId: null });
  await db().$disconnect();

  // The baseline: a server-component page with no client code of its own, in the same build.
  buildWithBarePage(env, { bareDir: BARE_DIR, bareRouteDir: BARE_ROUTE_DIR, reuse: KEEP });
  const { base, pid } = await startNext(env, PORT, "/d/icon.svg");
  const pagePath = `/d/${token}?lang=en`;
  const html = await (await fetch(base + pagePath)).text();
  if (!html.includes("Programme for Ms Manuela Blum")) throw new Error("the delegate page did not render");

  const wire = await wireBytes(base + pagePath);
  const wireBare = await wireBytes(`${base}/bench-bare-page`);
  const js = await firstLoadJs(base, pagePath);
  const bare = await firstLoadJs(base, "/bench-bare-page");
  const stats = routeStats(["/d/[token]", "/bench-bare-page"]);

  // Lighthouse varies from run to run (more so on a shared machine): the median of LH_RUNS
  // runs (3 unless set), interleaved with the bare page's, as Lighthouse's docs advise.
  const lhRuns: Awaited<ReturnType<typeof runLighthouse>>[] = [];
  const lhBareRuns: Awaited<ReturnType<typeof runLighthouse>>[] = [];
  for (let i = 0; i < LH_RUNS; i++) {
    lhRuns.push(await runLighthouse(base + pagePath));
    lhBareRuns.push(await runLighthouse(`${base}/bench-bare-page`));
  }
  const lh = medianRun(lhRuns);
  // The same audit of the bare page says how much of any shortfall is this machine's load.
  const lhBare = medianRun(lhBareRuns);

  const staticServer = spawn(process.execPath, ["-e", staticServerSource(STATIC_PORT)], {
    stdio: ["pipe", "ignore", "inherit"],
    detached: true,
  });
  keepChild(staticServer);
  staticServer.stdin!.end(html);
  await waitFor(`http://127.0.0.1:${STATIC_PORT}/`);
  const bareRoute = `${base}/d/bench-bare-route?bytes=${Buffer.byteLength(html)}`;
  // Warm up all three (JIT, connection pools, the snapshot cache), then measure each alone.
  await load(base + pagePath, 3, 50);
  await load(`http://127.0.0.1:${STATIC_PORT}/`, 2, 50);
  await load(bareRoute, 2, 50);
  await load(`${base}/bench-bare-page`, 2, 50);
  const loadBefore = os.loadavg()[0];
  const one = await load(base + pagePath, Math.min(DURATION, 5), 1);
  const oneStatic = await load(`http://127.0.0.1:${STATIC_PORT}/`, Math.min(DURATION, 5), 1);
  const rounds: Record<"app" | "plain" | "route" | "bare", Loaded[]> = { app: [], plain: [], route: [], bare: [] };
  for (let r = 0; r < ROUNDS; r++) {
    rounds.app.push(await load(base + pagePath, DURATION, 50, pid));
    rounds.plain.push(await load(`http://127.0.0.1:${STATIC_PORT}/`, DURATION, 50));
    rounds.route.push(await load(bareRoute, DURATION, 50, pid));
    rounds.bare.push(await load(`${base}/bench-bare-page`, DURATION, 50, pid));
  }
  const [app, plain, routeLoad, bareLoad] = [rounds.app, rounds.plain, rounds.route, rounds.bare].map(medianLoad);
  const p99s = (xs: Loaded[]) => xs.map((x) => x.p99).join(", ");

  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const rows: [string, string, string, string][] = [
    ["Lighthouse mobile performance", String(lh.performance), `bare page ${lhBare.performance}`, "≥ 98"],
    ["Lighthouse mobile accessibility", String(lh.accessibility), `bare page ${lhBare.accessibility}`, "100"],
    ["bytes on the wire (page + its files, gzip)", kb(wire + js.gzip), `bare page ${kb(wireBare + bare.gzip)}`, "< 15 kB"],
    ["client JS from React (gzip)", kb(js.gzip), `bare page ${kb(bare.gzip)}`, "0 kB"],
    [
      "requests/s at 50 connections",
      app.rps.toFixed(0),
      `static ${plain.rps.toFixed(0)}; empty route ${routeLoad.rps.toFixed(0)}; bare Next page ${bareLoad.rps.toFixed(0)}`,
      "(≈5/s for a 300-delegate summit)",
    ],
    [
      "p99 latency at 50 connections",
      `${app.p99} ms (${(app.p99 / routeLoad.p99).toFixed(2)}× empty route)`,
      `static ${plain.p99} ms; empty route ${routeLoad.p99} ms; bare Next page ${bareLoad.p99} ms`,
      "≤ 100 ms",
    ],
    [
      "errors / non-2xx at 50 connections",
      `${app.errors} / ${app.non2xx}`,
      `static ${plain.errors} / ${plain.non2xx}; empty route ${routeLoad.errors} / ${routeLoad.non2xx}; bare ${bareLoad.errors} / ${bareLoad.non2xx}`,
      "0",
    ],
    ["latency at 1 connection (mean)", `${one.mean.toFixed(1)} ms`, `static ${oneStatic.mean.toFixed(1)} ms`, "(server time per request)"],
    [
      "server CPU per request at 50 connections",
      `${app.cpu.toFixed(2)} ms`,
      `empty route ${routeLoad.cpu.toFixed(2)} ms; bare Next page ${bareLoad.cpu.toFixed(2)} ms`,
      "(server process only)",
    ],
  ];
  console.log(
    `\nDelegate page ${pagePath.replace(token, "<token>")}: ${js.scripts} script files (bare page ${bare.scripts}); HTML ${kb(html.length)} raw, ${kb(zlib.gzipSync(html).length)} gzip; inline scripts ${kb(js.inlineGzip)} gzip (bare ${kb(bare.inlineGzip)})`,
  );
  if (stats) console.log(`route-bundle-stats.json: ${stats}`);
  console.log(
    `Lighthouse performance, each run: ${lhRuns.map((r) => r.performance).join(", ")} (bare page ${lhBareRuns.map((r) => r.performance).join(", ")}); the table shows the median run`,
  );
  console.log(
    `Lighthouse: FCP ${lh.fcp}, LCP ${lh.lcp}, TBT ${lh.tbt}, CLS ${lh.cls} (bare page: FCP ${lhBare.fcp}, LCP ${lhBare.lcp}, TBT ${lhBare.tbt})`,
  );
  console.log(
    `machine load average: ${loadBefore.toFixed(1)} before the throughput runs, ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")} after, on ${os.cpus().length} cores (this run's own load counts: autocannon, next, postgres)`,
  );
  console.table(rows.map(([figure, value, baseline, target]) => ({ figure, value, baseline, target })));
  console.log(
    `p99 of each round (ms): page ${p99s(rounds.app)}; static ${p99s(rounds.plain)}; empty route ${p99s(rounds.route)}; bare page ${p99s(rounds.bare)}`,
  );
  for (const [name, r] of [
    ["app, 1 connection", one],
    ["app, 50 connections", app],
    ["static, 1 connection", oneStatic],
    ["static, 50 connections", plain],
    ["empty route handler, 50 connections", routeLoad],
    ["bare Next page, 50 connections", bareLoad],
  ] as const) {
    console.log(`${name}: ${r.ok} × 2xx, ${r.non2xx} non-2xx, ${r.errors} errors (${r.timeouts} timeouts)`);
  }
}

/** The response body's size as sent with gzip (Next compresses route responses itself). */
async function wireBytes(url: string) {
  const res = await new Promise<import("node:http").IncomingMessage>((resolve, reject) =>
    require("node:http")
      .get(url, { headers: { "Accept-Encoding": "gzip" } }, resolve)
      .on("error", reject),
  );
  let n = 0;
  for await (const chunk of res) n += (chunk as Buffer).length;
  if (res.headers["content-encoding"] !== "gzip") console.log(`note: ${url} came uncompressed`);
  return n;
}

function routeStats(routes: string[]): string | null {
  const file = path.join(DIST, "diagnostics/route-bundle-stats.json");
  if (!fs.existsSync(file)) return null;
  const text = fs.readFileSync(file, "utf8");
  try {
    const data = JSON.parse(text) as unknown;
    const list = Array.isArray(data)
      ? data
      : Object.entries(data as Record<string, unknown>).map(([route, v]) => ({ route, ...(v as object) }));
    return list
      .filter((r: { route?: string; page?: string }) => routes.includes(r.route ?? r.page ?? ""))
      .map((r) => JSON.stringify(r).slice(0, 200))
      .join(" | ");
  } catch {
    return null;
  }
}

function medianRun<T extends { performance: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
}

async function runLighthouse(url: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    const lhr = result!.lhr;
    const a = (id: string) => lhr.audits[id]?.displayValue ?? "?";
    return {
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
      fcp: a("first-contentful-paint"),
      lcp: a("largest-contentful-paint"),
      tbt: a("total-blocking-time"),
      cls: a("cumulative-layout-shift"),
    };
  } finally {
    await chrome.kill();
  }
}

type Loaded = Awaited<ReturnType<typeof load>>;

/** The round with the median p99 (its other figures with it). */
const medianLoad = (xs: Loaded[]) => [...xs].sort((a, b) => a.p99 - b.p99)[Math.floor(xs.length / 2)];

/** One load run; with `pid`, also that server's CPU time per 2xx answer. */
async function load(url: string, seconds: number, connections: number, pid?: number) {
  const cpu0 = pid ? processCpuMs(pid) : 0;
  const r = await autocannon({ url, connections, duration: seconds, timeout: 30 });
  return {
    cpu: pid ? (processCpuMs(pid) - cpu0) / Math.max(1, r["2xx"]) : 0,
    rps: r.requests.average,
    p99: r.latency.p99,
    mean: r.latency.average,
    ok: r["2xx"],
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

function staticServerSource(port: number) {
  return `let body="";process.stdin.on("data",d=>body+=d).on("end",()=>{const b=Buffer.from(body);require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":b.length,"cache-control":"private, no-store"});s.end(b)}).listen(${port},"127.0.0.1")});`;
}

runBench(main);
