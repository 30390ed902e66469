// Shared by demo, dev, test and bench: a database that is migrated (and seeded if empty).
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { startEmbedded, ensureDatabase } from "./pg.mjs";

export const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });

/**
 * With DATABASE_URL set, uses that PostgreSQL; otherwise starts the embedded server with its
 * data in data/postgres (kept between runs). Applies migrations; seeds when `seed` is set and
 * the database is empty.
 */
export async function prepareDatabase({ seed = true, dir = "data/postgres", port = 55432, database = "itinera" } = {}) {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const { pg, url: urlFor } = await startEmbedded({ dir, port });
    await ensureDatabase(pg, database);
    url = urlFor(database);
    stop = () => pg.stop();
  }
  const env = { DATABASE_URL: url };
  run("npx", ["prisma", "migrate", "deploy"], env);
  if (seed) run("npx", ["tsx", "prisma/seed.ts"], env);
  return { url, stop };
}

/** A stable secret for signing demo sessions, kept beside the demo data. */
export function demoSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = "data/nextauth-secret";
  if (!fs.existsSync(file)) {
    fs.mkdirSync("data", { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Runs a long-lived child; stops it and then the database on Ctrl-C or SIGTERM. */
export function supervise(child, stop) {
  let stopping = false;
  const shutdown = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    // The child leads its own process group: npx, next and next-server all get the signal.
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM"); // not a group leader (e2e server)
    }
    await stop();
    console.log("Stopped the app and the database.");
    process.exit(code);
  };
  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));
  child.on("exit", (code) => shutdown(code ?? 0));
}

/**
 * `ownGroup` (demo, dev): next runs in a process group of its own that shutdown signals as a
 * whole, since npx does not pass SIGTERM on to next-server. The e2e server stays in its
 * parent's group so that Playwright's kill reaches everything.
 */
export function spawnNext(args, env, { ownGroup = false } = {}) {
  return spawn("npx", ["next", ...args], {
    stdio: "inherit",
    detached: ownGroup,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
}

/**
 * The production server: `next start` (run by node directly, without npx in between, so that
 * a signal to the child reaches the server itself).
 */
export function spawnServer(port, env, { ownGroup = false } = {}) {
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  return spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: "inherit",
    detached: ownGroup,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
}
