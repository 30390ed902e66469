import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";

const t = useTestDatabase();
const seed = () => promisify(execFile)("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: t.url } });
const counts = async () => ({
  visits: await t.prisma.visit.count(),
  slots: await t.prisma.timeSlot.count(),
  staff: await t.prisma.staffUser.count(),
  publications: await t.prisma.publication.count(),
});

it("seeds the published Leipzig visit and the demo admin once, and leaves a database with data alone", async () => {
  const first = await seed();
  expect(first.stdout).toMatch(/^Seeded the Leipzig visit \(.+\) and admin@example\.org\.$/m);
  expect(await counts()).toEqual({ visits: 1, slots: 10, staff: 1, publications: 1 });
  const second = await seed();
  expect(second.stdout).toContain("Database already has data: seed skipped.");
  expect(await counts()).toEqual({ visits: 1, slots: 10, staff: 1, publications: 1 });
}, 120_000);
