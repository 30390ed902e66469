// Direct database access for Playwright tests that need their own data (a viewer account, a
// fresh visit): the same PostgreSQL the e2e server started (playwright.config.ts).
import { E2E_DATABASE_URL } from "../../playwright.config";

process.env.DATABASE_URL = E2E_DATABASE_URL;
// Links issued here must derive with the e2e server's key (scripts/e2e-server.mjs).
process.env.NEXTAUTH_SECRET ??= "e2e-only-secret-not-for-production-use-000000";

export async function e2eDb() {
  const { db } = await import("@/lib/db");
  return db();
}

/** A staff account with a known password ("correct horse battery" unless given). */
export async function createE2eStaff(over: Parameters<typeof import("../factories/staff").createStaff>[0] = {}) {
  const { createStaff } = await import("../factories/staff");
  return createStaff(over);
}

/** Imports a visit file (tests/factories/visit-file.ts builders) and returns its id. */
export async function createE2eVisit(file: import("@/lib/visits/file-schema").VisitFileInput) {
  const { validateVisitFile } = await import("@/lib/visits/file-validate");
  const { importVisit } = await import("@/lib/visits/import");
  const v = validateVisitFile(file);
  if (!v.ok) throw new Error(`invalid e2e visit: ${JSON.stringify(v.problems)}`);
  return importVisit(v.file);
}
