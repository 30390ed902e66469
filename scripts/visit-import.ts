// npm run visit:import -- <file.json>
// Creates a visit from a visit file. Checks the whole file first and prints every problem as
// `path: message`; writes nothing unless the file is valid (one transaction). Prints the new id.
import fs from "node:fs";
import { db } from "@/lib/db";
import { importVisitText } from "@/lib/visits/import";
import { withVisitDatabase } from "./visit-db";

const USAGE = "Usage: npm run visit:import -- <file.json>";

async function main(argv: string[]): Promise<number> {
  if (argv.length !== 1) {
    console.error(argv.length === 0 ? "Give the visit file to import." : `Give one file, not ${argv.length}.`);
    console.error(USAGE);
    return 1;
  }
  const path = argv[0];
  let text: string;
  try {
    text = fs.readFileSync(path, "utf8");
  } catch (e) {
    console.error(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}.`);
    return 1;
  }
  return withVisitDatabase(async () => {
    const r = await importVisitText(text);
    if (!r.ok) {
      console.error(`${path} has ${r.problems.length === 1 ? "1 problem" : `${r.problems.length} problems`}; nothing was imported.`);
      for (const p of r.problems) console.error(`${p.path}: ${p.message}`);
      return 1;
    }
    console.error(`Imported ${path}.`);
    console.log(r.visitId);
    return 0;
  });
}

const code = await main(process.argv.slice(2)).catch((e) => {
  console.error(`Import failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`);
  return 1;
});
await db().$disconnect();
// Exit explicitly: the embedded server's exit hooks would otherwise end the process with 0.
process.exit(code);
