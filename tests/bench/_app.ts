// What the benchmarks that run the app share (tests/bench/delegate-page.ts, schedule-page.ts):
// an embedded PostgreSQL of their own with the migrated, seeded demo, a production build with
// a bare page added for the run as the baseline, plain `next start`, and tidying up after.
// The leading underscore keeps scripts/bench.mjs from running this file as a benchmark.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import zlib from "node:zlib";
import { ensureDatabase, startEmbedded } from "../../scripts/pg.mjs";

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

/** Runs `fn` after the benchmark (or on Ctrl-C), last registered first. */
export const onCleanup = (fn: () => Promise<void> | void) => cleanups.push(fn);

export type AppEnv = NodeJS.ProcessEnv & { DATABASE_URL: string };

/**
 * A fresh embedded PostgreSQL on `pgPort` with the schema migrated and the demo seeded, and
 * the environment the app runs with (build folder `dist`, served on `port`).
 */
export async function seededDatabase(o: { pgPort: number; port: number; dist: string; extra?: Record<string, string> }): Promise<AppEnv> {
  const pgDir = `tmp/bench-postgres-${o.pgPort}`;
  fs.rmSync(pgDir, { recursive: true, force: true });
  const { pg, url } = await startEmbedded({ dir: pgDir, port: o.pgPort, log: false, fast: true });
  onCleanup(async () => {
    await pg.stop();
    fs.rmSync(pgDir, { recursive: true, force: true });
  });
  await ensureDatabase(pg, "itinera");
  const env: AppEnv = {
    ...process.env,
    DATABASE_URL: url("itinera"),
    NEXTAUTH_SECRET: "bench-only-secret-not-for-production-use-0000",
    NEXTAUTH_URL: `http://127.0.0.1:${o.port}`,
    NEXT_DIST_DIR: o.dist,
    NEXT_TELEMETRY_DISABLED: "1",
    ...o.extra,
  };
  run(env, "npx", ["prisma", "migrate", "deploy"]);
  run(env, "npx", ["tsx", "prisma/seed.ts"]);
  // The benchmark's own reads and writes (through lib/db) go to the same database.
  process.env.DATABASE_URL = env.DATABASE_URL;
  process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
  return env;
}

const run = (env: NodeJS.ProcessEnv, cmd: string, args: string[]) =>
  execFileSync(cmd, args, { env, stdio: ["ignore", "ignore", "inherit"] });

/**
 * `npm run build` into env.NEXT_DIST_DIR with a bare server-component page at `/<bareDir>` (the
 * baseline, in the same build), taken out again afterwards. With `reuse`, an existing build in
 * that folder is used as it is (and kept); otherwise the folder goes after the run.
 */
export function buildWithBarePage(env: AppEnv, o: { bareDir: string; reuse: boolean; bareRouteDir?: string }) {
  const dist = env.NEXT_DIST_DIR!;
  // next build with another distDir adds that folder to tsconfig.json: put the file back after.
  const tsconfig = fs.readFileSync("tsconfig.json", "utf8");
  onCleanup(() => fs.writeFileSync("tsconfig.json", tsconfig));
  // The build folder goes too: its generated types name the temporary page.
  if (!o.reuse) onCleanup(() => fs.rmSync(dist, { recursive: true, force: true }));
  onCleanup(() => fs.rmSync(o.bareDir, { recursive: true, force: true }));
  if (o.bareRouteDir) onCleanup(() => fs.rmSync(o.bareRouteDir!, { recursive: true, force: true }));
  if (o.reuse && fs.existsSync(path.join(dist, "BUILD_ID"))) {
    console.log(`reusing the build in ${dist} (delete the folder to rebuild)`);
    return;
  }
  fs.mkdirSync(o.bareDir, { recursive: true });
  fs.writeFileSync(
    `${o.bareDir}/page.tsx`,
    `export const dynamic = "force-dynamic";\nexport default function Bare() { return <main><h1>Bare</h1><p>{new Date().toISOString()}</p></main>; }\n`,
  );
  if (o.bareRouteDir) {
    // Next's own floor for a route handler: `?bytes=N` answers N bytes of HTML kept in memory,
    // with no database, no rendering and no proxy (the folder sits where the proxy skips it).
    fs.mkdirSync(o.bareRouteDir, { recursive: true });
    fs.writeFileSync(
      `${o.bareRouteDir}/route.ts`,
      `export const dynamic = "force-dynamic";
const bodies = new Map<number, Uint8Array<ArrayBuffer>>();
export function GET(req: Request) {
  const n = Math.min(Number(new URL(req.url).searchParams.get("bytes")) || 1000, 1_000_000);
  let body = bodies.get(n);
  if (!body) bodies.set(n, (body = new TextEncoder().encode("<!doctype html><title>Bare</title><p>".padEnd(n, "x"))));
  return new Response(body, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" } });
}
`,
    );
  }
  console.log("building (production, Turbopack)…");
  const t0 = Date.now();
  run(env, "npm", ["run", "build"]);
  console.log(`build took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  fs.rmSync(o.bareDir, { recursive: true, force: true });
  if (o.bareRouteDir) fs.rmSync(o.bareRouteDir, { recursive: true, force: true });
}

/** Plain `next start`, run by node directly (no npx in between), so its CPU time can be read. */
export async function startNext(env: AppEnv, port: number, readyPath: string): Promise<{ base: string; pid: number }> {
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const server = spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  children.push(server);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(base + readyPath);
  return { base, pid: server.pid! };
}

/** A helper process of the benchmark's own, stopped with the rest. */
export function keepChild(child: ChildProcess) {
  children.push(child);
}

export async function waitFor(url: string, ms = 120_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

/**
 * Sum of the gzip sizes of the page's own <script src> files, as a browser would load them,
 * and of its inline scripts (React's flight data: the page's content again).
 */
export async function firstLoadJs(base: string, p: string, cookie?: string) {
  const headers = cookie ? { cookie } : undefined;
  const html = await (await fetch(base + p, { headers })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  let gzip = 0;
  for (const src of srcs) gzip += zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
  return { gzip, scripts: srcs.length, inlineGzip: zlib.gzipSync(inline).length };
}

/** User + system CPU time of a process and its children that have ended, in ms (Linux /proc). */
export function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // Fields 14-17 (utime, stime, cutime, cstime), counted from after the command name.
  const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(f[i]), 0);
  return (ticks * 1000) / 100;
}

async function shutdown() {
  for (const c of children) {
    try {
      if (c.pid) process.kill(-c.pid, "SIGTERM");
    } catch {}
  }
  for (const f of cleanups.reverse()) await f();
}

/** Runs the benchmark, then stops its processes and tidies up, also after an error or Ctrl-C. */
export function runBench(main: () => Promise<void>) {
  process.on("SIGINT", () => void shutdown().then(() => process.exit(130)));
  main()
    .then(shutdown)
    .then(() => process.exit(0))
    .catch(async (e) => {
      console.error(e);
      await shutdown();
      process.exit(1);
    });
}
