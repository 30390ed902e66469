import { db } from "@/lib/db";
import { validateVisitFile } from "@/lib/visits/file-validate";
import { importVisit } from "@/lib/visits/import";
import { publishVisit } from "@/lib/publications/mutations";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { createStaff } from "@/tests/factories/staff";

// Demo seed: the Leipzig visit, published once, and the demo admin. Runs only on an empty
// database, so restarting the demo keeps whatever was changed in it.
export const DEMO_ADMIN = { email: "admin@example.org", password: "itinera-demo" };

async function main() {
  if ((await db().visit.count()) > 0) {
    console.log("Database already has data: seed skipped.");
    return;
  }
  const v = validateVisitFile(leipzigVisit());
  if (!v.ok) throw new Error(`The Leipzig seed is invalid: ${JSON.stringify(v.problems)}`);
  const admin = await createStaff({ ...DEMO_ADMIN, name: "Demo Admin", role: "ADMIN" });
  const visitId = await importVisit(v.file);
  // Whom a delegate with a switched-off link is told to ask (Links page).
  await db().visit.update({
    where: { id: visitId },
    data: {
      contactName: "International Affairs team, Birmingham City Council",
      contactPhone: "+44 121 496 0100",
      contactEmail: "international.affairs@example.org",
    },
  });
  await publishVisit(visitId, admin.id);
  console.log(`Seeded the Leipzig visit (${visitId}) and ${DEMO_ADMIN.email}.`);
}

main()
  .then(() => db().$disconnect())
  .catch(async (e) => {
    console.error(e);
    await db().$disconnect();
    process.exit(1);
  });
