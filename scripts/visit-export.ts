// npm run -s visit:export -- <visitId> [--out visit.json]
// A whole visit as JSON (lib/visits/file-schema.ts) on stdout, or in the file given by --out.
import fs from "node:fs";
import { db } from "@/lib/db";
import { listVisits } from "@/lib/visits/data";
import { exportVisit } from "@/lib/visits/export";
import { withVisitDatabase } from "./visit-db";

const USAGE = "Usage: npm run -s visit:export -- <visitId> > visit.json   (or: … -- <visitId> --out visit.json)";

async function knownVisits(): Promise<string> {
  const visits = await listVisits("all");
  if (visits.length === 0) return "There are no visits in this database.";
  return ["Visits in this database:", ...visits.map((v) => `  ${v.id}  ${v.title} (${v.firstDay} to ${v.lastDay})`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const ids = [...argv];
  const outAt = ids.indexOf("--out");
  const out = outAt >= 0 ? ids.splice(outAt, 2)[1] : undefined;
  if (outAt >= 0 && !out) {
    console.error(`--out needs a file name.\n${USAGE}`);
    return 1;
  }
  if (ids.length !== 1) {
    console.error(ids.length === 0 ? "Give the id of the visit to export." : `Give one visit id, not ${ids.length}.`);
    console.error(USAGE);
    console.error(await withVisitDatabase(knownVisits));
    return 1;
  }
  return withVisitDatabase(async () => {
    const file = await exportVisit(ids[0]);
    if (!file) {
      console.error(`No visit with id "${ids[0]}".\n${await knownVisits()}`);
      return 1;
    }
    const json = `${JSON.stringify(file, null, 2)}\n`;
    if (out) {
      fs.writeFileSync(out, json);
      console.error(
        `Wrote "${file.visit.title}" to ${out}: ${file.slots.length} slots, ${file.delegates.length} delegates, ${file.venues.length} venues.`,
      );
    } else process.stdout.write(json);
    return 0;
  });
}

const code = await main(process.argv.slice(2)).catch((e) => {
  console.error(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
  return 1;
});
await db().$disconnect();
// Exit explicitly: the embedded server's exit hooks would otherwise end the process with 0.
process.exit(code);
