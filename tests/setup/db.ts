import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject, beforeAll, afterAll } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Gives this test file its own database, copied from the migrated template, and points
 * lib/db.ts at it (db() is created lazily, after DATABASE_URL is set).
 * Usage: `const t = useTestDatabase();` then `t.prisma` inside tests.
 */
export function useTestDatabase() {
  const state = {} as { prisma: PrismaClient; url: string };
  beforeAll(async () => {
    const template = new URL(inject("templateDatabaseUrl"));
    const name = `test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: template.toString().replace(/\/[^/]*$/, "/postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.pathname.slice(1)}"`);
    await admin.end();
    template.pathname = `/${name}`;
    state.url = template.toString();
    process.env.DATABASE_URL = state.url;
    const { db } = await import("@/lib/db");
    state.prisma = db();
  });
  afterAll(async () => {
    await state.prisma?.$disconnect();
  });
  return state;
}
