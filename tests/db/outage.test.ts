import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase, startEmbedded } from "../../scripts/pg.mjs";

// A database of its own (not the shared test server), so it can be stopped and started.
const port = 56000 + (process.pid % 400);
const dir = `tmp/outage-postgres-${port}`;
let pg: Awaited<ReturnType<typeof startEmbedded>>["pg"];

beforeAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  const started = await startEmbedded({ dir, port, log: false, fast: true });
  pg = started.pg;
  await ensureDatabase(pg, "itinera");
  process.env.DATABASE_URL = started.url("itinera");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

// Fails on the old code: the driver's error ("… Can't reach database server at 127.0.0.1:<port>")
// went to the sign-in form as it was.
describe("sign-in while the database is down", () => {
  it("shows a plain message without host or port, and works again once the database is back", async () => {
    const { createStaff } = await import("@/tests/factories/staff");
    const { checkCredentials, SIGN_IN_UNAVAILABLE } = await import("@/lib/auth/sign-in");
    const staff = await createStaff({ email: "outage@example.org" });
    const input = { email: staff.email, password: "correct horse battery" };
    expect((await checkCredentials(input, "203.0.113.1")).ok).toBe(true);

    await pg.stop();
    const down = await checkCredentials(input, "203.0.113.1");
    expect(down).toEqual({ ok: false, message: SIGN_IN_UNAVAILABLE });
    expect(JSON.stringify(down)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port}|prisma|ECONNREFUSED`, "i"));

    await pg.start();
    expect((await checkCredentials(input, "203.0.113.1")).ok).toBe(true);
  });
});
