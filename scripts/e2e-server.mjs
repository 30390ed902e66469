// The app as Playwright sees it: a fresh embedded PostgreSQL (its own folder and port),
// migrated and seeded with the Leipzig visit, and a production build served on E2E_PORT.
import fs from "node:fs";
import { ensureDatabase, startEmbedded } from "./pg.mjs";
import { run, spawnServer, supervise } from "./prepare.mjs";

const port = process.env.E2E_PORT ?? "3100";
const pgPort = Number(process.env.E2E_PG_PORT ?? 55480);
const dir = `tmp/e2e-postgres-${pgPort}`;
fs.rmSync(dir, { recursive: true, force: true });
const { pg, url: urlFor } = await startEmbedded({ dir, port: pgPort, log: false, fast: true });
await ensureDatabase(pg, "itinera");
const env = {
  DATABASE_URL: urlFor("itinera"),
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-use-000000",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  ITINERA_DEMO: "1",
  ITINERA_PUBLIC_URL: `http://127.0.0.1:${port}`,
};
const stop = async () => {
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
};
try {
  run("npx", ["prisma", "migrate", "deploy"], env);
  run("npx", ["tsx", "prisma/seed.ts"], env);
  if (process.env.E2E_SKIP_BUILD !== "1") run("npm", ["run", "build"], env);
} catch (e) {
  await stop();
  throw e;
}
supervise(spawnServer(port, env), stop);
