// The database for the visit:* commands, with no setup: DATABASE_URL when set; otherwise the
// demo's embedded PostgreSQL (data/postgres), used as it is when `npm run demo` or
// `npm run db:start` is running, or started (migrated, seeded when empty) for this one
// command and stopped after. Everything but the command's own output goes to stderr, so
// `npm run -s visit:export -- <id> > visit.json` gives a clean file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { db } from "@/lib/db";
import { ensureDatabase, startEmbedded, EMBEDDED_URL_BASE } from "./pg.mjs";

const say = (line: string) => process.stderr.write(`${line}\n`);

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Whether a committed migration is not applied yet, and whether the database has no visit. */
async function databaseState(url: string): Promise<{ pendingMigrations: boolean; empty: boolean }> {
  const wanted = fs.readdirSync("prisma/migrations").filter((d) => fs.existsSync(path.join("prisma/migrations", d, "migration.sql")));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const applied = await client
      .query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`)
      .then(
        (r) => new Set(r.rows.map((row) => row.migration_name)),
        () => new Set<string>(),
      );
    if (wanted.some((m) => !applied.has(m))) return { pendingMigrations: true, empty: true };
    const visits = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Visit"`);
    return { pendingMigrations: false, empty: Number(visits.rows[0].n) === 0 };
  } finally {
    await client.end();
  }
}

/** Runs a setup step; its output is shown (on stderr) only when it fails. */
function runQuietly(args: string[], url: string) {
  const r = spawnSync("npx", args, { encoding: "utf8", env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ""}${r.stderr ?? ""}`);
    throw new Error(`npx ${args.join(" ")} failed`);
  }
}

export async function withVisitDatabase<T>(work: () => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work();
  const port = Number(process.env.ITINERA_PG_PORT ?? 55432);
  const url = `${EMBEDDED_URL_BASE}:${port}/itinera`;
  process.env.DATABASE_URL = url;
  if (await reachable(url)) return work();

  say(`Starting the demo database (data/postgres, port ${port}) for this command…`);
  const server = await startEmbedded({ dir: "data/postgres", port, log: false });
  try {
    await ensureDatabase(server.pg, "itinera");
    // Each step costs seconds of CLI start-up, so it runs only when there is work for it.
    const state = await databaseState(url);
    if (state.pendingMigrations) runQuietly(["prisma", "migrate", "deploy"], url);
    if (state.pendingMigrations || state.empty) runQuietly(["tsx", "prisma/seed.ts"], url);
    return await work();
  } finally {
    await db().$disconnect();
    await server.pg.stop();
  }
}
