// npm run bench -- schedule-page
// The Schedule tab of one day, signed in as the demo admin, on its own embedded PostgreSQL and
// production build: the conference summit (tests/factories/summit.ts: 2,000 slots, 300
// delegates), unpublished and published with one slot changed since, beside the Leipzig visit
// in the same run. Prints the document's size (HTML with
// the RSC payload inline; gzip), the RSC payload of a client navigation, server time per
// request at one connection (median), and first-load JS of the Schedule tab beside a bare
// server-component page. Targets are printed, not asserted. BENCH_KEEP=1 keeps the build.
import os from "node:os";
import zlib from "node:zlib";
import { buildWithBarePage, firstLoadJs, processCpuMs, runBench, seededDatabase, startNext } from "./_app";

const PORT = Number(process.env.BENCH_PORT ?? 3214);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55714);
// BENCH_DIST=<folder> reuses a production build that already holds app/bench-bare-schedule.
const DIST = process.env.BENCH_DIST ?? ".next-bench-schedule";
const BARE_DIR = "app/bench-bare-schedule";
const KEEP = process.env.BENCH_KEEP === "1";
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const DAY = "2025-06-11";

async function main() {
  const env = await seededDatabase({ pgPort: PG_PORT, port: PORT, dist: DIST, extra: { ITINERA_DEMO: "1" } });
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

  // BENCH_DIST names a build that already holds the bare page: used as it is.
  buildWithBarePage(env, { bareDir: BARE_DIR, reuse: KEEP || !!process.env.BENCH_DIST });
  const { base, pid } = await startNext(env, PORT, "/signin");
  const cookie = await signIn(base, "admin@example.org", "itinera-demo");

  const summit = await measure(pid, base, `/visits/${summitId}?day=${DAY}`, cookie, "Session 1 in Hall 1:");
  const published = await measure(pid, base, `/visits/${publishedId}?day=${DAY}`, cookie, "Draft has unpublished changes");
  const small = await measure(pid, base, `/visits/${leipzig.id}?day=${DAY}`, cookie, "Lunch with Aston researchers");
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

async function measure(pid: number, base: string, p: string, cookie: string, expect: string) {
  const first = await fetch(base + p, { headers: { cookie } });
  const html = await first.text();
  if (first.status !== 200 || !html.includes(expect)) throw new Error(`${p} did not render (${first.status})`);
  const rsc = Buffer.from(await (await fetch(base + p, { headers: { cookie, RSC: "1" } })).arrayBuffer());
  const times: number[] = [];
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

runBench(main);
