// npm run bench -- import: a visit file with 10,000 and with 50,000 slots (one attendee
// each), imported into a fresh embedded PostgreSQL. Prints the time to check the file and
// the time to write it (one transaction, inserts in chunks of 1,000), and both per 10,000
// slots. Targets are printed, not asserted. BENCH_PG_PORT picks the database port.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { ensureDatabase, startEmbedded } from "../../scripts/pg.mjs";
import { bigVisitFile } from "@/tests/factories/big-visit";

const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55616);
const SIZES = [10_000, 50_000];

async function main() {
  const dir = `tmp/bench-postgres-${PG_PORT}`;
  fs.rmSync(dir, { recursive: true, force: true });
  const { pg, url } = await startEmbedded({ dir, port: PG_PORT, log: false, fast: true });
  try {
    await ensureDatabase(pg, "itinera");
    process.env.DATABASE_URL = url("itinera");
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: ["ignore", "ignore", "inherit"] });
    const { db } = await import("@/lib/db");
    const { readVisitJson, importVisit } = await import("@/lib/visits/import");
    const { validateVisitFile } = await import("@/lib/visits/file-validate");
    console.log("slots    file MB   check s   write s   check per 10k   write per 10k");
    for (const n of SIZES) {
      const text = JSON.stringify(bigVisitFile(n));
      const t0 = performance.now();
      const read = readVisitJson(text);
      const v = read.ok ? validateVisitFile(read.json) : null;
      if (!v?.ok) throw new Error("the bench file is not valid");
      const t1 = performance.now();
      await importVisit(v.file);
      const t2 = performance.now();
      const [check, write] = [(t1 - t0) / 1000, (t2 - t1) / 1000];
      const per = (s: number) => `${((s * 10_000) / n).toFixed(2)} s`.padStart(15);
      console.log(
        `${String(n).padEnd(8)} ${(text.length / 1e6).toFixed(1).padStart(7)} ${check.toFixed(2).padStart(9)} ${write.toFixed(2).padStart(9)} ${per(check)} ${per(write)}`,
      );
    }
    console.log("target: 50,000 slots in one transaction; no figure asserted");
    await db().$disconnect();
  } finally {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
