// npm run bench -- delegate: the seeded delegate page (Manuela Blum, published Leipzig visit)
// on its own embedded PostgreSQL and production build, served by plain `next start`. Prints
// Lighthouse mobile performance and accessibility, bytes on the wire (gzip) and first-load JS
// beside a bare server-component page built in the same run, and requests/s + p99 at 50
// connections beside the same HTML served as a static file by a plain node http server and
// beside the bare page, all in the same run; also latency at one
// connection and the server's CPU time per request (less distorted by other load on the
// machine). Targets are printed, not asserted. BENCH_KEEP=1 keeps and reuses the build.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureDatabase, startEmbedded } from "../../scripts/pg.mjs";

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
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
// BENCH_KEEP=1 keeps the build folder and reuses it on the next run (delete it to rebuild).
const KEEP = process.env.BENCH_KEEP === "1";
const LH_RUNS = Number(process.env.LH_RUNS ?? 3);

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

async function main() {
  const pgDir = `tmp/bench-postgres-${PG_PORT}`;
  fs.rmSync(pgDir, { recursive: true, force: true });
  const { pg, url } = await startEmbedded({ dir: pgDir, port: PG_PORT, log: false, fast: true });
  cleanups.push(async () => {
    await pg.stop();
    fs.rmSync(pgDir, { recursive: true, force: true });
  });
  await ensureDatabase(pg, "itinera");
  const env = {
    ...process.env,
    DATABASE_URL: url("itinera"),
    NEXTAUTH_SECRET: "bench-only-secret-not-for-production-use-0000",
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  run("npx", ["prisma", "migrate", "deploy"]);
  run("npx", ["tsx", "prisma/seed.ts"]);
  process.env.DATABASE_URL = env.DATABASE_URL;
  process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
  const { db } = await import("@/lib/db");
  const { issueLink } = await import("@/lib/delegate-links/mutations");
  const blum = await db().delegate.findFirstOrThrow({ where: { email: "manuela.blum@example.de" } });
  const { token } = await issueLink({ visitId: blum.visitId, delegateId: blum.id, actorId: null });
  await db().$disconnect();

  // The baseline: a server-component page with no client code of its own, in the same build.
  // next build with another distDir adds that folder to tsconfig.json: put the file back after.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  cleanups.push(() => fs.writeFileSync("tsconfig.json", tsconfig));
  // The build folder goes too: its generated types name the temporary page.
  if (!KEEP) cleanups.push(() => fs.rmSync(DIST, { recursive: true, force: true }));
  cleanups.push(() => fs.rmSync(BARE_DIR, { recursive: true, force: true }));
  if (KEEP && fs.existsSync(path.join(DIST, "BUILD_ID"))) {
    console.log(`reusing the build in ${DIST} (BENCH_KEEP=1; delete the folder to rebuild)`);
  } else {
    fs.mkdirSync(BARE_DIR, { recursive: true });
    fs.writeFileSync(
      `${BARE_DIR}/page.tsx`,
      `export const dynamic = "force-dynamic";\nexport default function Bare() { return <main><h1>Bare</h1><p>{new Date().toISOString()}</p></main>; }\n`,
    );
    console.log("building (production, Turbopack)…");
    const t0 = Date.now();
    run("npm", ["run", "build"]);
    console.log(`build took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    fs.rmSync(BARE_DIR, { recursive: true, force: true });
  }

  // Plain `next start`, run by node directly (no npx in between), so the server's own CPU time
  // can be read.
  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    env,
    stdio: "ignore",
    detached: true,
  });
  children.push(server);
  const base = `http://127.0.0.1:${PORT}`;
  await waitFor(`${base}/d/icon.svg`);
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
  children.push(staticServer);
  staticServer.stdin!.end(html);
  await waitFor(`http://127.0.0.1:${STATIC_PORT}/`);
  // Warm up both (JIT, connection pools, the snapshot cache), then measure each alone.
  await load(base + pagePath, 3, 50);
  await load(`http://127.0.0.1:${STATIC_PORT}/`, 2, 50);
  const loadBefore = os.loadavg()[0];
  const one = await load(base + pagePath, Math.min(DURATION, 5), 1);
  const oneStatic = await load(`http://127.0.0.1:${STATIC_PORT}/`, Math.min(DURATION, 5), 1);
  const cpu0 = processCpuMs(server.pid!);
  const app = await load(base + pagePath, DURATION, 50);
  const appCpuPerRequest = (processCpuMs(server.pid!) - cpu0) / Math.max(1, app.ok);
  const plain = await load(`http://127.0.0.1:${STATIC_PORT}/`, DURATION, 50);
  // Next's own floor: the bare server-rendered page at the same concurrency, same server.
  await load(`${base}/bench-bare-page`, 2, 50);
  const cpuBare0 = processCpuMs(server.pid!);
  const bareLoad = await load(`${base}/bench-bare-page`, DURATION, 50);
  const bareCpuPerRequest = (processCpuMs(server.pid!) - cpuBare0) / Math.max(1, bareLoad.ok);

  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const rows: [string, string, string, string][] = [
    ["Lighthouse mobile performance", String(lh.performance), `bare page ${lhBare.performance}`, "≥ 98"],
    ["Lighthouse mobile accessibility", String(lh.accessibility), `bare page ${lhBare.accessibility}`, "100"],
    ["bytes on the wire (page + its files, gzip)", kb(wire + js.gzip), `bare page ${kb(wireBare + bare.gzip)}`, "< 15 kB"],
    ["client JS from React (gzip)", kb(js.gzip), `bare page ${kb(bare.gzip)}`, "0 kB"],
    [
      "requests/s at 50 connections",
      app.rps.toFixed(0),
      `static ${plain.rps.toFixed(0)}; bare Next page ${bareLoad.rps.toFixed(0)}`,
      "(≈5/s for a 300-delegate summit)",
    ],
    ["p99 latency at 50 connections", `${app.p99} ms`, `static ${plain.p99} ms; bare Next page ${bareLoad.p99} ms`, "≤ 100 ms"],
    [
      "errors / non-2xx at 50 connections",
      `${app.errors} / ${app.non2xx}`,
      `static ${plain.errors} / ${plain.non2xx}; bare ${bareLoad.errors} / ${bareLoad.non2xx}`,
      "0",
    ],
    ["latency at 1 connection (mean)", `${one.mean.toFixed(1)} ms`, `static ${oneStatic.mean.toFixed(1)} ms`, "(server time per request)"],
    [
      "server CPU per request at 50 connections",
      `${appCpuPerRequest.toFixed(1)} ms`,
      `bare Next page ${bareCpuPerRequest.toFixed(1)} ms`,
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
  for (const [name, r] of [
    ["app, 1 connection", one],
    ["app, 50 connections", app],
    ["static, 1 connection", oneStatic],
    ["static, 50 connections", plain],
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

async function waitFor(url: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

/** Sum of the gzip sizes of the page's own <script src> files, as a browser would load them. */
async function firstLoadJs(base: string, p: string) {
  const html = await (await fetch(base + p)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  let gzip = 0;
  for (const src of srcs) gzip += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  // Inline scripts: React's flight data (the page's content again) and the SW registration.
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  return { gzip, scripts: srcs.length, inlineGzip: zlib.gzipSync(inline).length };
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
      .filter((r: { route?: string; page?: string }) => routes.some((x) => (r.route ?? r.page ?? "").includes(x.replace("/[token]", ""))))
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

async function load(url: string, seconds: number, connections: number) {
  const r = await autocannon({ url, connections, duration: seconds, timeout: 30 });
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    mean: r.latency.average,
    ok: r["2xx"],
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

/** User + system CPU time of a process and its children that have ended, in ms (Linux /proc). */
function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14-17 (utime, stime, cutime, cstime), counted from after the command name.
  const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(f[i]), 0);
  return (ticks * 1000) / 100;
}

function staticServerSource(port: number) {
  return `let body="";process.stdin.on("data",d=>body+=d).on("end",()=>{const b=Buffer.from(body);require("http").createServer((q,s)=>{s.writeHead(200,{"content-type":"text/html; charset=utf-8","content-length":b.length,"cache-control":"private, no-store"});s.end(b)}).listen(${port},"127.0.0.1")});`;
}

async function shutdown() {
  for (const c of children) {
    try {
      if (c.pid) process.kill(-c.pid, "SIGTERM");
    } catch {}
  }
  for (const f of cleanups.reverse()) await f();
}

process.on("SIGINT", () => void shutdown().then(() => process.exit(130)));
main()
  .then(shutdown)
  .then(() => process.exit(0))
  .catch(async (e) => {
    console.error(e);
    await shutdown();
    process.exit(1);
  });
