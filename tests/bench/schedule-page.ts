// npm run bench -- schedule-page
// The Schedule tab of one day, signed in as the demo admin, on its own embedded PostgreSQL and
// production build: the conference summit (tests/factories/summit.ts: 2,000 slots, 300
// delegates), unpublished and published with one slot changed since, beside the Leipzig visit
// in the same run. Prints the document's size (HTML with
// the RSC payload inline; gzip), the RSC payload of a client navigation, server time per
// request at one connection (median), and first-load JS of the Schedule tab beside a bare
// server-component page. Targets are printed, not asserted. BENCH_KEEP=1 keeps the build.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { ensureDatabase, startEmbedded } from "../../scripts/pg.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 3214);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55714);
// BENCH_DIST=<folder> reuses a production build that already holds app/bench-bare-schedule.
const DIST = process.env.BENCH_DIST ?? ".next-bench-schedule";
const BARE_DIR = "app/bench-bare-schedule";
const KEEP = process.env.BENCH_KEEP === "1";
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const DAY = "2025-06-11";

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
    ITINERA_DEMO: "1",
  };
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  run("npx", ["prisma", "migrate", "deploy"]);
  run("npx", ["tsx", "prisma/seed.ts"]);
  process.env.DATABASE_URL = env.DATABASE_URL;
  const { db } = await import("@/lib/db");
  const { validateVisitFile } = await import("@/lib/visits/file-validate");
  const { importVisit } = await import("@/lib/visits/import");
  const { conferenceSummitFile } = await import("@/tests/factories/summit");
  const file = validateVisitFile(conferenceSummitFile());
  if (!file.ok) throw new Error("the summit file does not validate");
  const summitId = await importVisit(file.file);
  // The same summit as staff usually have it: published, then one slot changed since.
  const publishedFile = validateVisitFile(conferenceSummitFile("Cities summit Birmingham (published)"));
  if (!publishedFile.ok) throw new Error("the summit file does not validate");
  const publishedId = await importVisit(publishedFile.file);
  const { publishVisit } = await import("@/lib/publications/mutations");
  await publishVisit(publishedId, null);
  const edited = await db().timeSlot.findFirstOrThrow({ where: { visitId: publishedId }, orderBy: { startsAt: "asc" } });
  await db().timeSlot.update({ where: { id: edited.id }, data: { title: `${edited.title} (moved)`, version: { increment: 1 } } });
  const leipzig = await db().visit.findFirstOrThrow({ where: { title: { contains: "Leipzig" } } });
  // The imports just wrote 64,000 attendances: let PostgreSQL's housekeeping of them happen
  // now rather than (as autovacuum would) in the middle of the first page's timing.
  await db().$executeRawUnsafe("VACUUM ANALYZE");
  await db().$disconnect();

  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  cleanups.push(() => fs.writeFileSync("tsconfig.json", tsconfig));
  if (!KEEP && !process.env.BENCH_DIST) cleanups.push(() => fs.rmSync(DIST, { recursive: true, force: true }));
  if (!process.env.BENCH_DIST) cleanups.push(() => fs.rmSync(BARE_DIR, { recursive: true, force: true }));
  if ((KEEP || process.env.BENCH_DIST) && fs.existsSync(path.join(DIST, "BUILD_ID"))) {
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

  const server = spawn(
    process.execPath,
    [createRequire(import.meta.url).resolve("next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(PORT)],
    { env, stdio: ["ignore", "ignore", "inherit"], detached: true },
  );
  children.push(server);
  const base = `http://127.0.0.1:${PORT}`;
  await waitFor(`${base}/signin`);
  const cookie = await signIn(base, "admin@example.org", "itinera-demo");

  const summit = await measure(base, `/visits/${summitId}?day=${DAY}`, cookie, "Session 1 in Hall 1:");
  const published = await measure(base, `/visits/${publishedId}?day=${DAY}`, cookie, "Draft has unpublished changes");
  const small = await measure(base, `/visits/${leipzig.id}?day=${DAY}`, cookie, "Lunch with Aston researchers");
  const js = await firstLoadJs(base, `/visits/${leipzig.id}?day=${DAY}`, cookie);
  const bare = await firstLoadJs(base, "/bench-bare-schedule", cookie);

  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `\nSchedule tab, one day (${DAY}), timeline view, signed in as an admin (Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
  );
  console.table([
    {
      page: "summit (2,000 slots, 300 delegates)",
      "document raw": kb(summit.raw),
      "document gzip": kb(summit.gzip),
      "RSC payload gzip": kb(summit.rscGzip),
      "server time (median)": ms(summit.median),
      "server CPU/request": ms(summit.cpu),
    },
    {
      page: "summit, published, 1 slot changed since",
      "document raw": kb(published.raw),
      "document gzip": kb(published.gzip),
      "RSC payload gzip": kb(published.rscGzip),
      "server time (median)": ms(published.median),
      "server CPU/request": ms(published.cpu),
    },
    {
      page: "Leipzig (10 slots, 3 delegates)",
      "document raw": kb(small.raw),
      "document gzip": kb(small.gzip),
      "RSC payload gzip": kb(small.rscGzip),
      "server time (median)": ms(small.median),
      "server CPU/request": ms(small.cpu),
    },
  ]);
  const ratio = summit.median / small.median;
  console.log(
    `first-load JS (gzip): Schedule tab ${kb(js.gzip)} in ${js.scripts} files; bare page ${kb(bare.gzip)} in ${bare.scripts} files (+${kb(js.gzip - bare.gzip)})`,
  );
  console.log(
    `The published summit's day takes ${(published.median / small.median).toFixed(1)}× Leipzig's server time (${(published.cpu / small.cpu).toFixed(1)}× its CPU); the unpublished one ${(summit.cpu / small.cpu).toFixed(1)}× its CPU.`,
  );
  console.log(
    `Targets: summit day document ≤ 300 kB gzip: ${kb(summit.gzip)} — ${summit.gzip <= 300 * 1024 ? "met" : "missed"}; server time ≤ 10× Leipzig's: ${ratio.toFixed(1)}× — ${ratio <= 10 ? "met" : "missed"}`,
  );
}

async function measure(base: string, p: string, cookie: string, expect: string) {
  const first = await fetch(base + p, { headers: { cookie } });
  const html = await first.text();
  if (first.status !== 200 || !html.includes(expect)) throw new Error(`${p} did not render (${first.status})`);
  const rsc = Buffer.from(await (await fetch(base + p, { headers: { cookie, RSC: "1" } })).arrayBuffer());
  const times: number[] = [];
  const pid = children[0].pid!;
  const cpu0 = processCpuMs(pid);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await (await fetch(base + p, { headers: { cookie } })).arrayBuffer();
    times.push(performance.now() - t0);
  }
  const cpu = (processCpuMs(pid) - cpu0) / RUNS;
  times.sort((a, b) => a - b);
  return {
    raw: Buffer.byteLength(html),
    gzip: zlib.gzipSync(html).length,
    rscGzip: zlib.gzipSync(rsc).length,
    median: times[Math.floor(times.length / 2)],
    cpu,
  };
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (r: Response) =>
    r.headers.getSetCookie().forEach((c) => {
      const [kv] = c.split(";");
      const i = kv.indexOf("=");
      jar.set(kv.slice(0, i), kv.slice(i + 1));
    });
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(r);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error("sign-in failed");
  return header();
}

async function firstLoadJs(base: string, p: string, cookie: string) {
  const html = await (await fetch(base + p, { headers: { cookie } })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  let gzip = 0;
  for (const src of srcs) gzip += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return { gzip, scripts: srcs.length };
}

async function waitFor(url: string, ms = 120_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ([11, 12, 13, 14].reduce((n, i) => n + Number(f[i]), 0) * 1000) / 100;
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
